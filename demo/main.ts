import '../src/index.js';
import { html } from 'lit';
import type { Audience, ZoomPreset } from '../src/index.js';
import { EventLog, brief } from './event-log.js';
import { wireExportMenu } from './export-menu.js';
import { wireImport } from './import-plan.js';
import { wireLivePanel } from './live-panel.js';
import { PlanPicker } from './plan-picker.js';
import type { PlanChoice } from './plans.js';
import { wirePresentation } from './presentation.js';
import { readSettings, rememberPlan, writeSetting } from './settings.js';
import {
  endSharing,
  liveAccess,
  newRoom,
  sharedPlans,
  sharedRoom,
  wireShareLive,
  type LiveAccess,
} from './share-live.js';
import { applyTheme } from './theme.js';
import { TimelineHost } from './timeline-host.js';
import { toast } from './toast.js';
import { wireToolbar } from './toolbar.js';

const settings = readSettings();
applyTheme(settings.theme);

const byId = <T extends HTMLElement>(id: string): T => document.getElementById(id) as T;
const stage = byId('stage');
const picker = byId<HTMLSelectElement>('plan-picker');
const resetButton = byId<HTMLButtonElement>('reset-plan');
const deleteButton = byId<HTMLButtonElement>('delete-plan');
const plans = new PlanPicker(picker, () => settings.today);
const host = new TimelineHost(stage);
const log = new EventLog(byId('event-log'));
// A sample opens at once; one of the user's own plans needs the stored list first.
plans.showSamples(settings.plan);
if (!plans.isSample(settings.plan)) await plans.refresh(settings.plan);
let choice: PlanChoice = plans.find(settings.plan);
let zoom: ZoomPreset | undefined = settings.zoom;
let audience: Audience = settings.audience;
log.audience = audience;

function chooseZoom(preset: ZoomPreset): void {
  const element = host.element;
  if (!element) return;
  zoom = preset;
  element.zoom = preset;
  // Re-applies the preset after Fit or wheel zoom, which change the scale but not `zoom` itself.
  element.requestUpdate('zoom', undefined);
  void element.updateComplete.then(() => element.scrollToDate(settings.today));
  writeSetting('zoom', preset);
}

const toolbar = wireToolbar({
  current: () => host.element,
  zoom: chooseZoom,
  fit: () => {
    zoom = undefined;
    void host.fit();
    writeSetting('zoom', undefined);
  },
  audience: (value) => setAudience(value),
});

function setAudience(value: Audience): void {
  audience = value;
  log.audience = value;
  writeSetting('audience', value === 'buyer' ? 'buyer' : undefined);
  const element = host.element;
  if (!element) return;
  element.audience = value;
  toolbar.sync(element, zoom);
  panel.refresh();
}

const panel = wireLivePanel({
  stage,
  log,
  summary: byId('summary'),
  today: () => settings.today,
  current: () => host.element,
  onPlanChanged: (element) => toolbar.sync(element, zoom),
});

async function open(next: PlanChoice): Promise<void> {
  // The log tells of the plan on the screen: another plan starts it afresh.
  if (choice.id !== next.id) log.clear();
  const left = choice;
  choice = next;
  if (left.id !== next.id && host.element) {
    await host.element.flush().catch(() => undefined);
    await plans.leave(left, host.element.getPlan());
  }
  // The picker catches up with what is stored while the plan is drawn: nothing waits on the list.
  void plans.refresh(next.id);
  resetButton.hidden = next.own;
  deleteButton.hidden = !next.own;
  writeSetting('plan', next.id === 'enterprise' ? undefined : next.id);
  rememberPlan(next.id);
  const room = sharedPlans.roomOf(next.storageKey);
  const access = room ? await rejoin(room) : undefined;
  const element = await host.mount(next, {
    ...(settings.pinnedToday ? { today: settings.today } : {}),
    audience,
    ...(zoom ? { zoom } : {}),
    ...(settings.theme ? { theme: settings.theme } : {}),
    ...(room && access ? { live: { room, access, side: 'seller' as const } } : {}),
  });
  if (element !== host.element) return; // another plan was picked meanwhile
  log.add('demo', [
    room && access
      ? html`Opened <b>${brief(next.label)}</b> live, as shared before: edits go to the shared plan <b>${room}</b>`
      : html`Opened <b>${brief(next.label)}</b>: edits are saved in this browser under <b>${next.storageKey}</b>`,
  ]);
  panel.refresh();
}

/** A token to rejoin a plan this browser shared; without one, the plan opens from this browser's copy. */
async function rejoin(room: string): Promise<LiveAccess | undefined> {
  return liveAccess(room, 'seller').catch((error: Error) => {
    toast(`${error.message} The plan opens from this browser's copy, which lacks the edits made live.`, {
      tone: 'error',
      title: 'Could not rejoin the shared plan',
    });
    return undefined;
  });
}

picker.addEventListener('change', () => void open(plans.find(picker.value)));

byId('new-plan').addEventListener('click', async () => {
  await open(plans.create());
  toast(
    'A new plan: name it from its title, add lanes with “+ Lane”, double-click a lane (or press N) to add steps, and click a step for its dates and details.',
  );
});

deleteButton.addEventListener('click', async () => {
  const current = choice;
  if (
    !current.own ||
    !confirm(`Delete "${host.element?.getPlan().title ?? current.label}" from this browser? This cannot be undone.`)
  )
    return;
  await host.element?.flush().catch(() => undefined);
  await plans.remove(current);
  sharedPlans.stop(current.storageKey);
  await open(plans.afterDeleting(current));
  toast('Plan deleted.');
});

resetButton.addEventListener('click', () => {
  const element = host.element;
  const fresh = choice.fresh(settings.today);
  if (!element || !fresh) return;
  if (element.collab) {
    // The element keeps the room's plan: a reset here would reach neither the buyer nor the shared plan.
    toast('This plan is shared live with the buyer: a fresh sample would not replace the plan you both edit.', {
      tone: 'error',
      title: 'A shared plan cannot be reset',
    });
    return;
  }
  if (
    element.getPlan().log?.length &&
    !confirm(`Replace "${element.getPlan().title}" with a fresh copy of the sample? Your edits to it are lost.`)
  )
    return;
  element.plan = fresh;
  void host.fit();
  void element.saved.then(() => plans.refresh(choice.id));
  toast('Sample reset: a fresh copy replaces the stored plan.');
});

wireExportMenu(byId('export-button'), byId('export-menu'), () => host.element);

wireImport({
  button: byId('import-plan'),
  input: byId('import-file'),
  dropZone: byId('drop-zone'),
  current: () => host.element,
});

let presentedFromSeller = false;
let zoomBeforePresenting: ZoomPreset | undefined;
let presentationWired = false;
wirePresentation({
  buttons: [byId('present'), byId('exit-present')],
  initial: settings.present,
  onChange: (presenting) => {
    writeSetting('present', presenting ? '1' : undefined);
    // A meeting is held with the buyer: presenting shows the buyer's view, so no internal step reaches the screen
    // by accident. The seller's view is one click away, and comes back when the presentation ends.
    // An address that starts in presentation does too, unless it names the seller's view (?present=1&audience=seller).
    // Said by the View buttons alone (Buyer pressed): a message on the screen would tell the buyer that there are
    // steps they are not shown.
    if (presenting && audience === 'seller' && (presentationWired || !settings.audienceNamed)) {
      setAudience('buyer');
      presentedFromSeller = true;
    } else if (!presenting && presentedFromSeller) {
      presentedFromSeller = false;
      if (audience === 'buyer') setAudience('seller');
    }
    // A presentation opens on the whole plan, none of it dimmed: what was selected (and its details) is let go.
    if (presenting && host.element) host.element.selectedIds = [];
    // A meeting sees the whole plan: presenting fits it to the screen (the type scale comes from CSS, read on render).
    // The zoom chosen before comes back when the presentation ends.
    if (presenting && zoom) {
      zoomBeforePresenting = zoom;
      zoom = undefined;
      writeSetting('zoom', undefined);
      if (host.element) toolbar.sync(host.element, zoom);
    } else if (!presenting && zoomBeforePresenting && !zoom) {
      chooseZoom(zoomBeforePresenting);
      if (host.element) toolbar.sync(host.element, zoom);
    }
    if (!presenting) zoomBeforePresenting = undefined;
    if (!zoom) void host.fit();
    else host.element?.requestUpdate();
  },
});
presentationWired = true;

// A fitted plan stays fitted when its room changes: entering full screen (which resizes after the mode is set), a
// rotated tablet, a window dragged narrower. A zoom the user chose stays as it is.
// Only a change of size counts: the observer's first report, as the page starts, would fit a second time.
let refit = 0;
let stageSize = '';
new ResizeObserver(([entry]) => {
  const size = `${Math.round(entry!.contentRect.width)}×${Math.round(entry!.contentRect.height)}`;
  const first = stageSize === '';
  if (size === stageSize) return;
  stageSize = size;
  if (first) return;
  cancelAnimationFrame(refit);
  refit = requestAnimationFrame(() => {
    if (!zoom) void host.fit();
  });
}).observe(stage);

byId('clear-log').addEventListener('click', () => log.clear());
// A renamed plan is listed under its new title once it is stored.
stage.addEventListener('map-change', (event) => {
  if (!event.detail.changes.some((change) => change.op === 'plan' && change.after?.title !== undefined)) return;
  void host.element?.saved.then(() => plans.refresh(choice.id));
});
// An import fits the timeline to the imported plan: the zoom bar says Fit, not the preset chosen before it.
stage.addEventListener('map-change', (event) => {
  const imported = event.detail.changes.some((change) => change.op === 'plan' && change.note?.startsWith('Imported'));
  if (event.detail.source !== 'user' || !imported || !host.element) return;
  zoom = undefined;
  writeSetting('zoom', undefined);
  toolbar.sync(host.element, zoom);
});
// While presenting, the whole plan stays on the screen: a change that makes it longer or shorter (a step dragged past
// the end, the buyer's edit) fits it again, so the projected close is never cut off at the edge. An undo or a redo
// in a fitted view fits it again too: after a Fit or a resize since the edit, it brings back the picture as well as
// the dates (the element draws a plan it drew before at that zoom in the rows it had).
stage.addEventListener('map-change', (event) => {
  const backOrForth = event.detail.source === 'undo' || event.detail.source === 'redo';
  if ((document.body.classList.contains('presenting') || backOrForth) && !zoom) void host.fit();
});
// The stored plan (or the shared plan, rejoined) replaces the fresh copy shown meanwhile: fit that one.
stage.addEventListener('map-load', (event) => {
  if ((event.detail.from === 'storage' || event.detail.from === 'room') && !zoom) void host.fit();
});

wireShareLive(
  byId('share-live'),
  async () => {
    // A sample is the same in every browser, and so would its room be: others sharing it would replace each other's
    // edits. It is shared as a copy of the user's own, under an id of its own.
    if (!choice.own && host.element && !host.element.collab) {
      const sample = choice.label;
      await host.element.flush().catch(() => undefined);
      await open(await plans.copy(host.element.getPlan()));
      toast(`Shared as a copy of your own: the sample “${sample}” stays as it was.`);
    }
    const live = host.element?.collab ? host.element.planId : undefined;
    return { ...(host.element ? { element: host.element } : {}), room: live ?? newRoom(choice.storageKey) };
  },
  stopSharing,
);

/**
 * Stop sharing: the plan opens again from this browser's store. While live, the room held the edits, not the store:
 * the plan as the room has it is stored first, so nothing made live is lost.
 */
async function stopSharing(): Promise<void> {
  const element = host.element;
  if (!element?.collab) return;
  const latest = element.getPlan();
  const [room, token] = [element.planId, element.collabToken];
  sharedPlans.stop(choice.storageKey);
  await open(choice);
  // Once this page has left the room: a buyer's page still in it is told that the plan is no longer shared.
  if (room && token)
    await endSharing(room, token).catch((error: Error) =>
      toast(`${error.message}. A buyer's page still open may not know.`, {
        tone: 'error',
        title: 'Could not close the shared room',
      }),
    );
  const mine = host.element;
  if (!mine || mine.collab) return;
  await mine.flush().catch(() => undefined); // the stored copy is read, then replaced
  mine.plan = latest;
  await mine.flush().catch(() => undefined);
  // Named as the room left it: a title changed while live is the plan's title now, in the log and the plan list.
  void plans.refresh(choice.id);
  log.add('demo', [html`Stopped sharing <b>${brief(latest.title)}</b>: edits are saved in this browser again`]);
  toast(
    'Stopped sharing: the plan is yours alone again. The buyer keeps what they have and no longer sees your changes.',
  );
}

const room = sharedRoom();
if (room) await openShared(room);
else await open(choice);

/** The buyer's window of "Share live": the room's plan as the buyer sees it, live. */
async function openShared(room: string): Promise<void> {
  audience = 'buyer';
  log.audience = audience;
  document.title = `Buyer view — ${document.title}`;
  const access = await liveAccess(room, 'buyer').catch((error: Error) => {
    toast(error.message, { tone: 'error', title: 'Could not join the shared plan' });
    return undefined;
  });
  const shared: PlanChoice = { id: room, label: 'Shared plan', storageKey: room, fresh: () => undefined, own: false };
  choice = shared;
  plans.showShared(room, 'Shared plan (live)');
  // The seller stopped sharing: the plan stays shown as it was, read-only, and the picker no longer says it is live.
  stage.addEventListener('map-error', (event) => {
    const { code, cause } = event.detail;
    if (code === 'access-refused' && typeof cause === 'string' && cause.startsWith('sharing-ended:'))
      plans.showShared(room, 'Shared plan (sharing ended)');
  });
  // The buyer's window shows the buyer's view only; sharing, replacing and agreeing the plan are the seller's (the
  // buyer's page holds only the shared steps, so it could not agree the seller's internal ones).
  const buyerHides = [
    resetButton,
    deleteButton,
    byId('new-plan'),
    byId('import-plan'),
    byId('share-live'),
    byId('audience').closest('.group'),
    byId('agreement').closest('.group'),
  ];
  for (const control of buyerHides) if (control instanceof HTMLElement) control.hidden = true;
  await host.mount(shared, {
    ...(settings.pinnedToday ? { today: settings.today } : {}),
    audience,
    ...(zoom ? { zoom } : {}),
    ...(access ? { live: { room, access, side: 'buyer' as const } } : {}),
  });
  // The buyer reads this: no room id, and no word of steps this window is not given.
  log.add('demo', [html`Joined the shared plan as the buyer: edits here and in the seller's window reach both`]);
  panel.refresh();
}
