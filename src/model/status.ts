import type { Item } from './types.js';

/** A step that still has work to do: not done and not cancelled. */
export const isOpen = (item: Item): boolean => item.status !== 'done' && item.status !== 'cancelled';
