/**
 * A `<select>` whose choice is an action ("add this step"), not a setting. A closed select changes its value on each
 * arrow key or typed letter, and fires `change` each time: acting on that would act on every option a keyboard user
 * passes while looking. So a choice made by browsing the closed list waits for Enter, and is dropped when focus
 * leaves; a choice made in the open list (a click, or Alt + ↓ / Space and then Enter) acts at once.
 */
const browsing = new WeakSet<HTMLSelectElement>();

/** Keys with which a closed select steps through its options without opening. */
const BROWSE_KEYS = new Set(['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'Home', 'End', 'PageUp', 'PageDown']);

const browses = (event: KeyboardEvent): boolean =>
  !event.altKey &&
  !event.ctrlKey &&
  !event.metaKey &&
  (BROWSE_KEYS.has(event.key) || (event.key.length === 1 && event.key !== ' '));

/** Keys with which a focused select opens its list. */
const opens = (event: KeyboardEvent): boolean =>
  event.key === ' ' || event.key === 'F4' || (event.altKey && (event.key === 'ArrowDown' || event.key === 'ArrowUp'));

/** The listeners for such a select: `act` gets the chosen option's value, and the select shows its prompt again. */
export function actionSelect(act: (value: string) => void) {
  const choose = (select: HTMLSelectElement) => {
    const value = select.value;
    browsing.delete(select);
    select.value = '';
    if (value) act(value);
  };
  return {
    keydown: (event: KeyboardEvent) => {
      const select = event.currentTarget as HTMLSelectElement;
      if (browses(event)) {
        browsing.add(select);
      } else if (event.key === 'Enter') {
        if (!browsing.has(select)) return;
        event.preventDefault();
        choose(select);
      } else if (opens(event)) {
        browsing.delete(select); // what is picked in the open list acts on its own change
      }
    },
    change: (event: Event) => {
      const select = event.currentTarget as HTMLSelectElement;
      if (!browsing.has(select)) choose(select);
    },
    /** A press opens the list, where a pick acts at once. */
    pointerdown: (event: Event) => {
      browsing.delete(event.currentTarget as HTMLSelectElement);
    },
    blur: (event: Event) => {
      const select = event.currentTarget as HTMLSelectElement;
      if (!browsing.has(select)) return;
      browsing.delete(select);
      select.value = '';
    },
  };
}
