import {
  findViolations,
  slipDays,
  type AgreementStatus,
  type Audience,
  type MapTimeline,
  type ZoomPreset,
} from '../src/index.js';
import { toast } from './toast.js';

export interface ToolbarActions {
  current(): MapTimeline | undefined;
  zoom(preset: ZoomPreset): void;
  fit(): void;
  audience(audience: Audience): void;
}

const pressed = (container: HTMLElement, attribute: string, value: string | undefined): void => {
  for (const button of container.querySelectorAll<HTMLButtonElement>(`button[${attribute}]`)) {
    button.setAttribute('aria-pressed', String(button.getAttribute(attribute) === value));
  }
};

/** Zoom, audience, agreement, "Agree plan", undo and redo. `sync` mirrors the element's state into the buttons. */
export function wireToolbar(actions: ToolbarActions) {
  const byId = <T extends HTMLElement>(id: string): T => document.getElementById(id) as T;
  const zoom = byId('zoom');
  const audience = byId('audience');
  const agreement = byId('agreement');

  const fit = byId('fit');
  // A fitted plan stays fitted as its room changes (see main.ts): Fit shows pressed while it holds.
  const showZoom = (preset: ZoomPreset | undefined) => {
    pressed(zoom, 'data-zoom', preset);
    fit.setAttribute('aria-pressed', String(preset === undefined));
  };

  zoom.addEventListener('click', (event) => {
    const preset = (event.target as Element).closest('button')?.dataset['zoom'] as ZoomPreset | undefined;
    if (!preset) return;
    showZoom(preset);
    actions.zoom(preset);
  });
  fit.addEventListener('click', () => {
    showZoom(undefined);
    actions.fit();
  });
  audience.addEventListener('click', (event) => {
    const value = (event.target as Element).closest('button')?.dataset['audience'] as Audience | undefined;
    if (!value) return;
    pressed(audience, 'data-audience', value);
    actions.audience(value);
  });
  agreement.addEventListener('click', (event) => {
    const status = (event.target as Element).closest('button')?.dataset['status'] as AgreementStatus | undefined;
    const element = actions.current();
    if (!status || !element || element.getPlan().status === status) return;
    // GREEN for a plan never agreed is its first written agreement: it records the dates slips are measured from
    // (a plan with no step yet has none to record).
    const { items } = element.getPlan();
    if (status === 'written' && items.length > 0 && !items.some((item) => item.baseline)) agreePlan(element);
    else setStatus(element, status);
  });
  byId('agree').addEventListener('click', () => {
    const element = actions.current();
    if (element) agreePlan(element);
  });
  byId('undo').addEventListener('click', () => {
    const element = actions.current();
    if (!element?.undo()) toast('Nothing to undo.');
    else syncUndo(element);
  });
  byId('redo').addEventListener('click', () => {
    const element = actions.current();
    if (!element?.redo()) toast('Nothing to redo.');
    else syncUndo(element);
  });
  // The toolbar's Undo and Redo name their keys: they work from the page too (the element handles its own focus).
  document.addEventListener('keydown', (event) => {
    const element = actions.current();
    const key = event.key.toLowerCase();
    if (!element || !(event.ctrlKey || event.metaKey) || (key !== 'z' && key !== 'y')) return;
    if (event.defaultPrevented || event.composedPath().includes(element) || isTextField(event.target)) return;
    if (element.readonly) return;
    event.preventDefault();
    if (key === 'y' || event.shiftKey) element.redo();
    else element.undo();
  });

  return {
    sync(element: MapTimeline, zoomPreset: ZoomPreset | undefined): void {
      syncUndo(element);
      showZoom(zoomPreset);
      pressed(audience, 'data-audience', element.audience);
      pressed(agreement, 'data-status', element.getPlan().status ?? 'vague');
    },
  };
}

/**
 * Undo and Redo as the element's history allows (a read-only plan, a buyer's once the seller stopped sharing, takes
 * no undo either). A button switched off while it has focus would drop focus to the page: the last undo hands it to
 * Redo, the last redo to Undo.
 */
function syncUndo(element: MapTimeline): void {
  const [undo, redo] = ['undo', 'redo'].map((id) => document.getElementById(id) as HTMLButtonElement) as [
    HTMLButtonElement,
    HTMLButtonElement,
  ];
  const [noUndo, noRedo] = [element.readonly || !element.canUndo, element.readonly || !element.canRedo];
  const focused = document.activeElement;
  undo.disabled = noUndo;
  redo.disabled = noRedo;
  if (focused === undo && noUndo && !noRedo) redo.focus();
  if (focused === redo && noRedo && !noUndo) undo.focus();
}

const isTextField = (target: EventTarget | null): boolean =>
  target instanceof HTMLElement &&
  (target.isContentEditable || target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement);

/** Agrees the plan in writing once the rep means it: GREEN, with today's dates as the baseline. */
function agreePlan(element: MapTimeline): void {
  if (!agreeingIsMeant(element)) return;
  try {
    // Named after the person when the plan is shared live (the others' logs say who agreed); else no one.
    element.agree(element.user?.name);
    toast(
      "Plan agreed in writing (GREEN): today's dates are the new baseline, so slips are measured from here. Undo takes it back.",
    );
  } catch (error) {
    toast((error as Error).message, { tone: 'error', title: 'Cannot agree the plan' });
  }
}

/** An undoable change that fires map-change like any other edit. */
function setStatus(element: MapTimeline, status: AgreementStatus): void {
  element.setAgreement(status);
}

/**
 * Agreeing makes today's dates everyone's baseline: the slips shown so far are gone, for both sides of a shared plan,
 * and steps out of order would be agreed as they are. When there are any, the rep confirms first (Undo brings the
 * plan before back too).
 */
function agreeingIsMeant(element: MapTimeline): boolean {
  const plan = element.getPlan();
  const slipped = plan.items.filter((item) => (slipDays(item) ?? 0) > 0).length;
  const outOfOrder = new Set(findViolations(plan.items).map((violation) => violation.to)).size;
  if (slipped === 0 && outOfOrder === 0) return true;
  const everyone = element.collab ? ' for everyone in the live plan' : '';
  const lines = [
    slipped > 0
      ? `${slipped === 1 ? '1 step has' : `${slipped} steps have`} slipped since the plan was last agreed: agreeing now makes today's dates the agreed ones and clears those slips${everyone}.`
      : '',
    outOfOrder === 1
      ? '1 step starts before a step it waits for ends (a red arrow): it would be agreed out of order.'
      : outOfOrder > 1
        ? `${outOfOrder} steps start before steps they wait for end (red arrows): they would be agreed out of order.`
        : '',
  ];
  return confirm(`${lines.filter(Boolean).join('\n\n')}\n\nAgree the plan?`);
}
