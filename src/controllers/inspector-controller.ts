import { nothing, type ReactiveController } from 'lit';
import type { EditorController } from './editor-controller.js';
import type { InspectorSession, InspectorTarget, inspectorPanel } from './inspector-panel.js';
import { LazyPart, sayLoadFailure, type PartModule } from './lazy-part.js';
import { OffscreenRehearsal } from './offscreen-rehearsal.js';
import { onPageHidden } from '../io/page-lifecycle.js';
import { addParty, completeParty } from '../model/party-commands.js';
import type { Plan } from '../model/types.js';
import type { PlanEditing } from '../render/header.js';

/** The panel's chunk: its template and commands, and its styles. */
export interface InspectorPart extends PartModule {
  inspectorPanel: typeof inspectorPanel;
}

/** A workspace wide enough for the panel at its widest (26% of it, up to 340 px: see the inspector styles). */
const REHEARSAL_SIZE = { width: 1300, height: 720 };

/**
 * The side panel that edits a step, a lane or the plan itself. It shrinks the timeline instead of covering it,
 * closes on Escape from anywhere inside (keeping what was typed), and gives focus back to what opened it. The panel's
 * code is loaded when a panel first opens; this controller keeps what is open, so nothing the user does meanwhile is
 * lost.
 */
export class InspectorController implements ReactiveController {
  private target?: InspectorTarget;
  private readonly errors = new Map<string, string>();
  /** What the refusals shown were made against: the step, lane or plan edited, as it stood then. */
  #refusedAgainst?: unknown;
  /** Fields whose refusal went out of date: drawn next with the plan's value in place of the entry refused. */
  readonly #outdated = new Set<string>();
  /** Whether the step panel's list of steps to wait for is filled: only once it is used, since it names every step. */
  private choosingDependency = false;
  readonly #part: LazyPart<InspectorPart>;

  constructor(
    private readonly editor: EditorController,
    load: () => Promise<InspectorPart>,
  ) {
    editor.element.addController(this);
    this.#rehearsal = new OffscreenRehearsal(
      editor.element,
      {
        worthRehearsing: () =>
          this.#part.module !== undefined &&
          !this.target &&
          !editor.readonly &&
          editor.visiblePlan?.items[0] !== undefined,
        draw: () => this.#part.module?.inspectorPanel(rehearsalSession(editor, editor.visiblePlan!.items[0]!.id)),
      },
      REHEARSAL_SIZE,
    );
    editor.selection.watch((ids, details) => this.selectionChanged(ids, details));
    this.#part = new LazyPart(
      editor.element,
      load,
      sayLoadFailure((text, tone) => editor.say(text, tone), 'the editing panel'),
    );
  }

  /** What the title bar, lane headers and empty state offer while the plan may be edited. */
  readonly planEditing: PlanEditing = {
    editPlan: (field) => this.openPlan(field),
    editParty: (id) => this.openParty(id),
    addParty: () => {
      const party = completeParty(this.editor.plan);
      if (this.editor.applyUser((plan) => addParty(plan, party))) this.openParty(party.id);
    },
  };

  #stopWatchingPage?: () => void;

  /** The step panel of the first step, drawn once unseen while nothing is open (see `OffscreenRehearsal`). */
  readonly #rehearsal: OffscreenRehearsal;

  hostConnected(): void {
    this.editor.element.renderRoot.addEventListener('keydown', this.onKey as EventListener);
    // A reload or a closed tab keeps what a field holds, committed before the saves are flushed.
    this.#stopWatchingPage = onPageHidden(() => this.#leaveField(), { first: true });
  }

  hostDisconnected(): void {
    this.editor.element.renderRoot.removeEventListener('keydown', this.onKey as EventListener);
    this.#stopWatchingPage?.();
  }

  hostUpdated(): void {
    // Selecting a step opens the panel: once there is a plan to edit, its code is fetched ahead of the first click.
    if (this.editor.visiblePlan && !this.editor.readonly) this.#part.preloadWhenIdle(() => this.#rehearsal.arm());
    this.#rehearsal.arm();
  }

  get open(): boolean {
    return this.target !== undefined;
  }

  /**
   * One selected step shows its details; another selection closes them. A selection that opens no details by itself
   * (a dropped step's: the panel would narrow the timeline after every move) only follows into a panel already open.
   */
  selectionChanged(ids: readonly string[], details = true): void {
    if (ids.length === 1 && (details || this.target?.kind === 'step')) this.show({ kind: 'step', id: ids[0]! });
    else if (this.target?.kind === 'step') this.show(undefined);
  }

  openParty(id: string): void {
    this.show({ kind: 'party', id }, 'input[name="name"]');
  }

  openPlan(field = 'planTitle'): void {
    this.show({ kind: 'plan' }, `[name="${field}"]`);
  }

  /** Closes the panel and puts focus back where the panel was opened from. */
  close(): void {
    const target = this.target;
    this.show(undefined);
    if (target?.kind === 'step') this.editor.focusStep(target.id);
    else if (target) void this.editor.element.updateComplete.then(() => this.returnFocus(target));
  }

  private returnFocus(target: InspectorTarget): void {
    const selector =
      target.kind === 'party' ? `[data-party-head="${CSS.escape(target.id)}"] .party-name` : '.plan-title button';
    (
      this.editor.element.renderRoot.querySelector<HTMLElement>(selector) ??
      this.editor.element.renderRoot.querySelector<HTMLElement>('.add-lane')
    )?.focus();
  }

  private show(target: InspectorTarget | undefined, focus?: string): void {
    const same =
      target?.kind === this.target?.kind &&
      (target as { id?: string })?.id === (this.target as { id?: string } | undefined)?.id;
    if (!same) {
      this.errors.clear();
      this.choosingDependency = false;
    }
    const wasOpen = this.target !== undefined;
    this.target = target;
    if (target && !this.editor.readonly) void this.#part.get().catch(() => undefined);
    this.editor.element.requestUpdate();
    // The panel takes its room from the timeline: the step it edits is scrolled back into what is left (the table
    // view keeps its rows where they are).
    if (target?.kind === 'step' && !same) this.#revealAfterUpdate(target, true, wasOpen);
    // `updateComplete` also waits for the panel's code, the first time.
    // The field opened for is focused with its text selected, as a rename field is: the first key typed replaces a
    // default name ("Partner") instead of adding to it.
    if (focus)
      void this.editor.element.updateComplete.then(() => {
        const field = this.editor.element.renderRoot.querySelector<HTMLElement>(`.inspector ${focus}`);
        field?.focus();
        if (field instanceof HTMLInputElement && field.type === 'text') field.select();
      });
  }

  private readonly onKey = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape' || !this.target) return;
    if (!event.composedPath().some((node) => node instanceof HTMLElement && node.classList.contains('inspector')))
      return;
    event.preventDefault();
    event.stopPropagation();
    // What was typed is kept, as leaving the field keeps it (Ctrl/⌘+Z takes it back); an unfinished date is dropped.
    this.#leaveField();
    this.close();
  };

  /** Leaves the panel's field that has focus, which commits what was typed in it, as a click elsewhere does. */
  #leaveField(): void {
    const active = (this.editor.element.renderRoot as ShadowRoot).activeElement;
    if (active instanceof HTMLElement && active.closest('.inspector')) active.blur();
  }

  readonly #session = (target: InspectorTarget): InspectorSession => ({
    editor: this.editor,
    target,
    errors: this.errors,
    choosingDependency: this.choosingDependency,
    chooseDependency: () => {
      if (this.choosingDependency) return;
      this.choosingDependency = true;
      this.editor.element.requestUpdate();
    },
    outdated: this.#outdated,
    refuse: (field, message) => {
      if (message === '') this.errors.delete(field);
      else this.errors.set(field, message);
      this.#refusedAgainst = subjectOf(target, this.editor.plan);
      this.editor.element.requestUpdate();
    },
    close: () => this.close(),
    dismiss: () => this.show(undefined),
    reveal: () => {
      if (target.kind === 'step') this.#revealAfterUpdate(target);
    },
  });

  /**
   * Once the update has drawn it, the panel's step is scrolled into view (the table view keeps its rows where they
   * are). A step opened under the pointer (a click) only keeps its bar in view, so the bar stays where the pointer
   * is, ready to be dragged; its label may go under the panel, which shows its title.
   */
  #revealAfterUpdate(target: InspectorTarget & { kind: 'step' }, opening = false, sizeKept = false): void {
    const withLabel = !opening || this.editor.selection.hovered !== target.id;
    void this.editor.element.updateComplete.then(() => {
      if (this.target === target && !this.editor.settings.tableOrder())
        this.editor.scenes.reveal(target.id, withLabel, sizeKept);
    });
  }

  render(): unknown {
    const target = this.target;
    if (!target || !this.editor.visiblePlan || this.editor.readonly) return nothing;
    const part = this.#part.request();
    if (!part) return nothing;
    this.#dropOutdatedRefusals(target);
    const panel = part.inspectorPanel(this.#session(target));
    this.#outdated.clear();
    return panel;
  }

  /**
   * A refusal speaks of what it was refused against ("the end cannot be before the start, 17 Dec"). Once that changed
   * (an undo, another field, a drag, the other side's edit), the message is out of date and so is the entry it
   * refused: both give way to what the plan now holds.
   */
  #dropOutdatedRefusals(target: InspectorTarget): void {
    if (this.errors.size === 0 || subjectOf(target, this.editor.plan) === this.#refusedAgainst) return;
    for (const field of this.errors.keys()) this.#outdated.add(field);
    this.errors.clear();
  }
}

/** What a panel edits, as the plan holds it now: unchanged steps and lanes keep their objects from edit to edit. */
function subjectOf(target: InspectorTarget, plan: Plan): unknown {
  if (target.kind === 'step') return plan.items.find((item) => item.id === target.id);
  if (target.kind === 'party') return plan.parties.find((party) => party.id === target.id);
  return plan;
}

/** A session that draws the step's panel as a first opening would, and changes nothing anywhere. */
function rehearsalSession(editor: EditorController, id: string): InspectorSession {
  const nothingToDo = () => undefined;
  return {
    editor,
    target: { kind: 'step', id },
    errors: new Map(),
    outdated: new Set(),
    choosingDependency: false,
    chooseDependency: nothingToDo,
    refuse: nothingToDo,
    close: nothingToDo,
    dismiss: nothingToDo,
    reveal: nothingToDo,
  };
}
