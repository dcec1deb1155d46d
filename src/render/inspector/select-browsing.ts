/**
 * A closed `<select>` changes its value on each arrow key or typed letter, and fires `change` each time: acting on
 * that would act on every option a keyboard user passes while looking (a step moved to each lane in turn, one undo
 * step and one log entry each). So a choice made by browsing the closed list waits: for Enter, or, in a setting,
 * for focus to leave, as a typed title does. A choice made in the open list (a click, or Alt + ↓ / Space and then
 * Enter) counts at once.
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

/**
 * The listeners of a select whose options are browsed as above. `decide` is called with the select once its choice
 * counts (Enter after browsing, or a pick in the open list); `left` when focus leaves it while browsing.
 */
function browsable(decide: (select: HTMLSelectElement) => void, left: (select: HTMLSelectElement) => void) {
  return {
    keydown: (event: KeyboardEvent) => {
      const select = event.currentTarget as HTMLSelectElement;
      if (browses(event)) {
        browsing.add(select);
      } else if (event.key === 'Enter') {
        if (!browsing.has(select)) return;
        event.preventDefault();
        browsing.delete(select);
        decide(select);
      } else if (opens(event)) {
        browsing.delete(select); // what is picked in the open list counts on its own change
      }
    },
    change: (event: Event) => {
      const select = event.currentTarget as HTMLSelectElement;
      if (!browsing.has(select)) decide(select);
    },
    /** A press opens the list, where a pick counts at once. */
    pointerdown: (event: Event) => {
      browsing.delete(event.currentTarget as HTMLSelectElement);
    },
    blur: (event: Event) => {
      const select = event.currentTarget as HTMLSelectElement;
      if (!browsing.delete(select)) return;
      left(select);
    },
  };
}

/**
 * A select whose choice is an action ("add this step"), not a setting: `act` gets the chosen option's value, and the
 * select shows its prompt again. A choice browsed to and left without Enter is dropped.
 */
export function actionSelect(act: (value: string) => void) {
  return browsable(
    (select) => {
      const value = select.value;
      select.value = '';
      if (value) act(value);
    },
    (select) => {
      select.value = '';
    },
  );
}

/**
 * A select that sets a value the plan holds (`held`): `commit` gets a new choice once it counts, or when focus leaves
 * a choice browsed to, which is kept as leaving a text field keeps its text.
 */
export function settingSelect(held: string, commit: (value: string) => void) {
  const decide = (select: HTMLSelectElement) => {
    if (select.value !== held) commit(select.value);
  };
  return browsable(decide, decide);
}
