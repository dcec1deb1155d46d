import type { ReactiveControllerHost } from 'lit';
import type { Audience } from '../model/audience.js';
import type { ISODate } from '../model/types.js';
import type { LivePlan } from './collab-controller.js';
import type { ShortcutsPart } from './shortcut-list.js';

export interface EditorHost extends ReactiveControllerHost, HTMLElement {
  readonly renderRoot: HTMLElement | DocumentFragment;
}

/** The element's settings an editor reads; functions, so they are read when needed. */
export interface EditorSettings {
  readonly(): boolean;
  today(): ISODate;
  audience(): Audience;
  /** The plan shared live, where new steps need ids no one else can pick, with this page's side once it joins. */
  live(): LivePlan | undefined;
  /** Row order when the steps are shown as a table; arrows follow it there. */
  tableOrder(): string[] | undefined;
  toggleView(): void;
  /** The shortcut list's code, fetched when the list is first opened. */
  shortcuts(): Promise<ShortcutsPart>;
}
