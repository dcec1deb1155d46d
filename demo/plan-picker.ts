import { IdbPlanStore, newPlan, type ISODate, type Plan } from '../src/index.js';
import { SAMPLE_CHOICES, ownChoice, storedChoices, untouched, type PlanChoice } from './plans.js';

/** The store the element uses by default: the picker lists and deletes the user's plans in it. */
const store = new IdbPlanStore();
const NEW_PLAN_TITLE = 'New mutual action plan';

const option = (choice: PlanChoice): HTMLOptionElement => {
  const node = document.createElement('option');
  node.value = choice.id;
  // A plan's title may be of any length: the list shows its start, the tooltip all of it.
  node.textContent = choice.label.length > 80 ? `${choice.label.slice(0, 79).trimEnd()}…` : choice.label;
  node.title = choice.label;
  return node;
};

const group = (label: string, choices: readonly PlanChoice[]): HTMLOptGroupElement => {
  const node = document.createElement('optgroup');
  node.label = label;
  node.append(...choices.map(option));
  return node;
};

/**
 * The plan picker: the samples, then the user's own plans stored in this browser (each under an id of its
 * own). New creates a plan under a fresh id; Delete removes the open one of the user's plans.
 */
export class PlanPicker {
  #own: PlanChoice[] = [];
  #samples: readonly PlanChoice[] = SAMPLE_CHOICES;
  /** Plans created in this page that may not be stored yet. */
  readonly #pending = new Map<string, PlanChoice>();
  /** Showing a shared plan (see `showShared`): the list stays as it is. */
  #shared = false;

  constructor(
    private readonly select: HTMLSelectElement,
    private readonly today: () => ISODate,
  ) {}

  /** The choice for a picker value; the first sample when there is none by that id. */
  find(id: string): PlanChoice {
    return (
      this.#samples.find((choice) => choice.id === id) ??
      this.#own.find((choice) => choice.id === id) ??
      this.#pending.get(id) ??
      SAMPLE_CHOICES[0]!
    );
  }

  isSample(id: string): boolean {
    return SAMPLE_CHOICES.some((choice) => choice.id === id);
  }

  /** Fills the list with the samples alone (before the stored plans are read). */
  showSamples(current: string): void {
    this.select.replaceChildren(group('Samples', SAMPLE_CHOICES));
    this.select.value = current;
  }

  /** Reads the stored plans again and redraws the list, keeping `current` selected. */
  async refresh(current: string): Promise<void> {
    if (this.#shared) return;
    const stored = await storedChoices(store, this.today());
    const storedIds = new Set(stored.own.map((choice) => choice.id));
    const pending = [...this.#pending.values()].filter((choice) => !storedIds.has(choice.id));
    this.#own = [...pending, ...stored.own];
    this.#samples = stored.samples;
    this.select.replaceChildren(
      group('Samples', this.#samples),
      ...(this.#own.length ? [group('Your plans', this.#own)] : []),
    );
    this.select.value = current;
  }

  /**
   * The buyer's window of a shared plan: the picker names that plan alone and cannot be changed, since every plan
   * control of this window (picking, resetting, deleting) would act on a plan of this browser, not on the room's.
   */
  showShared(room: string, label: string): void {
    this.#shared = true;
    const node = document.createElement('option');
    node.value = room;
    node.textContent = label;
    this.select.replaceChildren(node);
    this.select.disabled = true;
  }

  /**
   * A new, empty plan with an id of its own (never a shared slot), named apart from the user's other new plans whose
   * names were kept: "New mutual action plan 2", and so on.
   */
  create(): PlanChoice {
    const taken = new Set([...this.#own, ...this.#pending.values()].map((choice) => choice.label));
    let title = NEW_PLAN_TITLE;
    for (let number = 2; taken.has(title); number += 1) title = `${NEW_PLAN_TITLE} ${number}`;
    return this.#add(newPlan({ title }));
  }

  /**
   * A plan of the user's own, a copy of `plan` (a sample, as it was left) under a new id, stored at once: it may go
   * live before any edit of its own would have stored it, and it has to be there to pick after a reload.
   */
  async copy(plan: Plan): Promise<PlanChoice> {
    const copy = { ...plan, id: newPlan().id };
    await store.save(copy.id, copy);
    return this.#add(copy);
  }

  /** Where Delete goes once `removed` is gone: the newest of the user's other plans, else the first sample. */
  afterDeleting(removed: PlanChoice): PlanChoice {
    return this.#own.find((choice) => choice.id !== removed.id) ?? SAMPLE_CHOICES[0]!;
  }

  async remove(choice: PlanChoice): Promise<void> {
    this.#pending.delete(choice.id);
    await store.remove(choice.storageKey);
  }

  /**
   * Leaving one of the user's plans: a new plan left as it was made is not kept, or each "New" would list one more
   * "New mutual action plan" for good. `plan` is the plan as it was left, already saved.
   */
  async leave(choice: PlanChoice, plan: Plan | undefined): Promise<void> {
    if (choice.own && plan && untouched(plan)) await this.remove(choice);
  }

  #add(plan: Plan): PlanChoice {
    const choice = ownChoice({ id: plan.id, title: plan.title }, plan);
    this.#pending.set(choice.id, choice);
    return choice;
  }
}
