import { nothing } from 'lit';
import type { EditorController } from './editor-controller.js';
import { nextWorkday } from '../model/calendar.js';
import { moveItemTo, removeItem, setIfYes, unlink, updateItem } from '../model/commands.js';
import { linkAfter } from '../model/if-yes.js';
import { formatShortDate } from '../model/dates.js';
import type { Edit } from '../model/edit.js';
import { PlanError } from '../model/errors.js';
import { moveParty, removeParty, updateParty } from '../model/party-commands.js';
import { updatePlan } from '../model/plan-commands.js';
import { doneToday } from '../model/status.js';
import type { Item, ItemStatus, Plan, Side } from '../model/types.js';
import { indexPlan } from '../render/describe.js';
import { snapText } from '../render/duration.js';
import { refusalText } from '../render/refusals.js';
import { partyInspector } from '../render/inspector/party-inspector.js';
import { planInspector } from '../render/inspector/plan-inspector.js';
import { stepInspector } from '../render/inspector/step-inspector.js';

export type InspectorTarget = { kind: 'step'; id: string } | { kind: 'party'; id: string } | { kind: 'plan' };

/** What the panel's code, loaded on first use, reads from and asks of the controller that keeps the panel's state. */
export interface InspectorSession {
  readonly editor: EditorController;
  readonly target: InspectorTarget;
  /** Refusals by field, shown under the field they came from. */
  readonly errors: Map<string, string>;
  /** Fields whose refused entry the plan has moved past: they show the plan's value again. */
  readonly outdated: ReadonlySet<string>;
  /** Whether the step panel lists every step it could wait for (filled once the list is used). */
  readonly choosingDependency: boolean;
  chooseDependency(): void;
  /** Shows `message` under the field; an empty message takes the field's refusal back. */
  refuse(field: string, message: string): void;
  /** Closes the panel and gives focus back to where it was opened from. */
  close(): void;
  /** Closes the panel without moving focus (its step is gone). */
  dismiss(): void;
  /** Scrolls the step the panel edits into what the panel leaves of the timeline, once it is drawn again. */
  reveal(): void;
}

/** The panel that edits a step, a lane or the plan: its template with the commands wired to its fields. */
export function inspectorPanel(session: InspectorSession): unknown {
  const { editor, target } = session;
  const plan = editor.visiblePlan;
  if (!plan) return nothing;
  if (target.kind === 'step') {
    const item = indexPlan(plan).byId.get(target.id);
    return item
      ? stepInspector({
          item,
          plan,
          errors: session.errors,
          outdated: session.outdated,
          choosingDependency: session.choosingDependency,
          canMarkInternal: session.editor.rights.mayMarkInternal,
          sharedLive: session.editor.settings.live() !== undefined,
          actions: stepActions(session, item),
        })
      : nothing;
  }
  const run = (field: string, command: (plan: Plan) => Edit) => runCommand(session, field, command);
  if (target.kind === 'party') {
    const party = plan.parties.find((candidate) => candidate.id === target.id);
    if (!party) return nothing;
    return partyInspector({
      party,
      plan,
      sideColor: sideColor(editor.element, party.side),
      errors: session.errors,
      locked: editor.rights.laneRefusal(party),
      actions: {
        update: (patch) => run('name' in patch ? 'name' : 'party', (current) => updateParty(current, party.id, patch)),
        refuse: (field, message) => session.refuse(field, message),
        move: (index) => run('party', (current) => moveParty(current, party.id, index)),
        remove: (moveStepsTo) => {
          if (
            run('party', (current) => removeParty(current, party.id, moveStepsTo === undefined ? {} : { moveStepsTo }))
          )
            session.close();
        },
        close: () => session.close(),
      },
    });
  }
  return planInspector({
    plan: editor.plan,
    errors: session.errors,
    agreementLocked: editor.rights.agreementRefusal,
    outdated: session.outdated,
    actions: {
      update: (patch) => {
        for (const field of Object.keys(patch)) session.errors.delete(field);
        run(Object.keys(patch)[0] ?? 'plan', (current) => updatePlan(current, patch));
      },
      refuse: (field, message) => session.refuse(field, message),
      close: () => session.close(),
    },
  });
}

/** Runs a command from the panel; a refusal is shown under the field it came from. */
function runCommand(
  session: InspectorSession,
  field: string,
  command: (plan: Plan) => Edit,
  coalesceKey?: string,
  again = false,
): boolean {
  const { editor } = session;
  let edit: Edit;
  try {
    edit = command((again && coalesceKey !== undefined && editor.document.reopened(coalesceKey)) || editor.plan);
  } catch (error) {
    if (!(error instanceof PlanError)) throw error;
    session.refuse(field, refusalText(error, editor.visiblePlan));
    return false;
  }
  session.errors.delete(field);
  return editor.applyUser(() => edit, coalesceKey, again);
}

/**
 * A run of kind changes to one step with nothing in between (arrow keys through the Kind list change it at each
 * press): the step as it was before the run, and the plan the run's last change made.
 */
const kindRuns = new WeakMap<EditorController, { id: string; before: Item; after: Plan }>();

function stepActions(session: InspectorSession, item: Item) {
  const { editor } = session;
  const { id } = item;
  // An edit can move the step (its dates, its lane): it stays in sight beside the panel.
  const run = (field: string, command: (plan: Plan) => Edit, coalesceKey?: string, again = false) => {
    const done = runCommand(session, field, command, coalesceKey, again);
    if (done) session.reveal();
    return done;
  };
  const snapped = (wanted: string): void => {
    const text = snapText(wanted, nextWorkday(wanted, editor.plan.calendar));
    if (text) editor.say(text);
  };
  return {
    // A refusal is shown under the field changed.
    update: (patch: Partial<Item>) =>
      run(Object.keys(patch)[0] ?? 'fields', (plan: Plan) => updateItem(plan, id, patch)),
    // A step marked done before its planned end ended today: the message line says where it moved from.
    setStatus: (status: ItemStatus) => {
      const current = editor.plan.items.find((candidate) => candidate.id === id);
      if (!current) return;
      const patch = status === 'done' && current.status !== 'done' ? doneToday(current, editor.today) : { status };
      if (!run('status', (plan: Plan) => updateItem(plan, id, patch)) || patch.end === undefined) return;
      editor.say(
        `${current.title} is done: it now ends today, ${formatShortDate(patch.end, true)}, instead of ${formatShortDate(current.end, true)}.`,
      );
    },
    // One undo step for the whole run, worked out from the plan before it: a task that passes through Milestone comes
    // back with its length, and a decision that passes through Task, with the steps that hold only on its yes.
    setKind: (kind: Item['kind']) => {
      const last = kindRuns.get(editor);
      const before = last?.id === id && last.after === editor.plan ? last.before : item;
      const patch: Partial<Item> = { kind, ...(kind === 'task' && before.kind === 'task' ? { end: before.end } : {}) };
      if (run('kind', (plan) => updateItem(plan, id, patch), `kind ${id}`, true))
        kindRuns.set(editor, { id, before, after: editor.plan });
    },
    // A date typed again over the last one, with nothing in between, corrects it: worked out from the plan before the
    // first, so the steps a mistyped date pushed come back, in one undo step.
    moveStart: (date: string) => {
      if (run('start', (plan) => moveItemTo(plan, id, date), `start ${id}`, true)) snapped(date);
    },
    setEnd: (date: string) => {
      const shifted = nextWorkday(date, editor.plan.calendar);
      const current = editor.plan.items.find((candidate) => candidate.id === id);
      if (current && shifted < current.start) {
        // The date as typed, and the working day it became when that is what falls before the start.
        const asTyped = formatShortDate(date, true);
        const end =
          date === shifted ? asTyped : `${asTyped}, moved to the working day ${formatShortDate(shifted, true)}`;
        session.refuse('end', `The end (${end}) cannot be before the start (${formatShortDate(current.start, true)}).`);
        return;
      }
      if (run('end', (plan) => updateItem(plan, id, { end: shifted }), `end ${id}`, true)) snapped(date);
    },
    // A step that holds only on a yes comes after the decision: when that moves it, the message line says where to.
    setIfYes: (decisionId: string | undefined) => {
      const start = editor.plan.items.find((candidate) => candidate.id === id)?.start;
      if (!run('ifYes', (plan) => setIfYes(plan, id, decisionId))) return;
      const moved = editor.plan.items.find((candidate) => candidate.id === id);
      const decision = editor.plan.items.find((candidate) => candidate.id === decisionId);
      if (moved && decision && moved.start !== start)
        editor.say(
          `${moved.title} holds only if ${decision.title} is yes, so it now starts after it, on ${formatShortDate(moved.start, true)}.`,
        );
    },
    refuse: (field: string, message: string) => session.refuse(field, message),
    link: (fromId: string) => run('dependsOn', (plan) => linkAfter(plan, fromId, id)),
    unlink: (fromId: string) => run('dependsOn', (plan) => unlink(plan, fromId, id)),
    chooseDependency: () => session.chooseDependency(),
    remove: () => {
      if (editor.applyUser((plan) => removeItem(plan, id))) session.dismiss();
    },
    close: () => session.close(),
  };
}

function sideColor(element: Element, side: Side): string {
  const value = getComputedStyle(element).getPropertyValue(`--mt-${side}`).trim();
  return /^#[0-9a-f]{6}$/i.test(value) ? value : '#64748b';
}
