// Attribute values the element does not know: shown with a fallback, and worth a word to the developer who typed them.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { isISODate } from '../model/dates.js';
import { ZOOM_PRESETS } from '../render/scale.js';

/** The values each choice attribute takes, and what the element shows for any other. */
const CHOICES: Record<string, { values: readonly string[]; shown: string }> = {
  zoom: { values: Object.keys(ZOOM_PRESETS), shown: 'week' },
  // Anything but `seller` hides the internal steps: a typo must never show them to a buyer.
  audience: { values: ['seller', 'buyer'], shown: 'buyer (internal steps hidden)' },
  view: { values: ['timeline', 'table'], shown: 'timeline' },
  theme: { values: ['light', 'dark', 'auto'], shown: 'auto' },
};

/** Why an attribute's value is not one the element knows, with what it shows instead; undefined when it is fine. */
export function attributeProblem(name: string, value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (name === 'today') {
    if (isISODate(value)) return undefined;
    const text = String(value);
    const why = /^\d{4}-\d{2}-\d{2}$/.test(text) ? 'is not a day of the calendar' : 'is not a date (YYYY-MM-DD)';
    return `today="${text}" ${why}; showing the computer's date`;
  }
  const choice = CHOICES[name];
  if (!choice || choice.values.includes(value as string)) return undefined;
  return `${name}="${String(value)}" is not one of ${choice.values.join(', ')}; showing ${choice.shown}`;
}

const CHECKED_ATTRIBUTES = ['today', ...Object.keys(CHOICES)];

/** Says in the console, once per value, which attribute values the element does not know. */
export class UnknownValueReport implements ReactiveController {
  readonly #reported = new Set<string>();

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostUpdate(): void {
    for (const name of CHECKED_ATTRIBUTES) {
      const problem = attributeProblem(name, (this.host as unknown as Record<string, unknown>)[name]);
      if (!problem || this.#reported.has(problem)) continue;
      this.#reported.add(problem);
      console.warn(`<${this.host.localName}>: ${problem}`);
    }
  }
}
