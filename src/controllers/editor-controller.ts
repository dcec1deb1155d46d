import { completeItem } from '../model/new-item.js';
import { html, nothing, type ReactiveController } from 'lit';
import { MapErrorEvent } from '../events.js';
import type { DocumentEvent, PlanDocument } from '../document/plan-document.js';
import type { Audience } from '../model/audience.js';
import { updateItem } from '../model/commands.js';
import type { Edit } from '../model/edit.js';
import { PlanError } from '../model/errors.js';
import type { ISODate, Item, Plan } from '../model/types.js';
import { announceFor, deletedUnderYouText, takenAwayText, passedOverText } from '../render/announce.js';
import { inlineEditor } from '../render/editing.js';
import { HostEvents } from './host-events.js';
import { NoticeLine, type NoticeTone } from './notice-line.js';
import { OutOfOrderNotice } from './out-of-order-notice.js';
import { PageRights } from './page-rights.js';
import { refusalText } from '../render/refusals.js';
import type { Scene } from '../render/view-model.js';
import type { EditorHost, EditorSettings } from './editor-settings.js';
import type { SceneController } from './scene-controller.js';
import type { SelectionController } from './selection-controller.js';
import { ShortcutList } from './shortcut-list.js';
import { stepAfterUndo } from './undo-focus.js';

/**
 * The user's side of editing: gestures and keys hand it a command; it commits it to the document (refusals become a
 * message and `map-error`, never an exception), and shows what happened: the message line, the live-region
 * announcement, the title editor in place and the shortcut list.
 */
export class EditorController implements ReactiveController {
  readonly #notices = new NoticeLine(() => this.element.requestUpdate());
  /** What the message line said of the last plan the host gave and the element refused. */
  #refusal?: string;
  readonly #outOfOrder = new OutOfOrderNotice(this.#notices);
  #announcement = '';
  /** The audience the message line and the announcement spoke to. */
  #spokeTo?: Audience;
  /** The step whose title editor is open, the undo step it joins, and whether a double-click opened it. */
  #editing?: { id: string; coalesceKey: string | undefined; byPointer: boolean };
  /** Set when a title editor opens, until the update that draws it. */
  #focusEditor = false;
  readonly #shortcuts: ShortcutList;
  /** Every event the element fires for the page about its plan: change, load and error. */
  readonly events: HostEvents;
  readonly rights: PageRights;

  constructor(
    readonly element: EditorHost,
    readonly document: PlanDocument,
    readonly selection: SelectionController,
    readonly scenes: SceneController,
    readonly settings: EditorSettings,
  ) {
    element.addController(this);
    this.events = new HostEvents(element);
    this.rights = new PageRights(settings, document);
    this.#shortcuts = new ShortcutList(
      element,
      () => settings.shortcuts(),
      (text, tone) => this.say(text, tone),
      (id) => this.focusStep(id),
    );
    document.subscribe((event) => this.#committed(event));
  }

  hostDisconnected(): void {
    this.#notices.stop();
  }

  /** What was said of the plan as one audience sees it is not left for another to read: it may name an internal step. */
  hostUpdate(): void {
    const audience = this.settings.audience();
    if (this.#spokeTo !== undefined && audience !== this.#spokeTo) {
      this.#announcement = '';
      this.#notices.clearInUpdate();
    }
    this.#spokeTo = audience;
  }

  /** A title editor just drawn gets focus, its text selected to be typed over, in the next frame (once). */
  hostUpdated(): void {
    if (!this.#focusEditor) return;
    this.#focusEditor = false;
    const input = this.element.renderRoot.querySelector<HTMLInputElement>('.inline-editor');
    if (input)
      requestAnimationFrame(() => {
        input.focus();
        input.select();
      });
  }

  get plan(): Plan {
    return this.document.plan;
  }

  get readonly(): boolean {
    return this.settings.readonly();
  }

  /** A complete new step from the fields given (see `completeItem`), with an id fit for a plan shared live. */
  newStep(partial: Partial<Item>): Item {
    return completeItem(this.plan, partial, this.today, { shared: this.settings.live() !== undefined });
  }

  get today(): ISODate {
    return this.settings.today();
  }

  get scene(): Scene | undefined {
    return this.scenes.scene;
  }

  /** The plan as the current audience sees it. */
  get visiblePlan(): Plan | undefined {
    return this.scenes.scene?.plan;
  }

  /** Runs a command for a user gesture: a refused edit shows a message and fires `map-error` instead of throwing. */
  applyUser(run: (plan: Plan) => Edit, coalesceKey?: string, again = false): boolean {
    if (this.readonly) return false;
    try {
      this.document.apply(run, 'user', coalesceKey, again);
      return true;
    } catch (error) {
      if (!(error instanceof PlanError)) throw error;
      this.say(refusalText(error, this.visiblePlan), 'error');
      this.fail(error.code, error, true);
      return false;
    }
  }

  undo(): boolean {
    return !this.readonly && this.document.undo();
  }

  redo(): boolean {
    return !this.readonly && this.document.redo();
  }

  /** A plan the page gave (the `plan` property) that is not valid: said on the message line and fired as `map-error`. */
  refuseGivenPlan(error: PlanError): void {
    const kept = this.document.hasPlan ? ' The plan shown is unchanged.' : '';
    this.#refusal = `This plan could not be shown: ${error.message.replace(/\.$/, '')}.${kept}`;
    this.say(this.#refusal, 'error');
    this.fail(error.code, error, true);
  }

  /** Fires `map-error`; `shown` when the message line already tells the user, so hosts need not repeat it. */
  fail(code: MapErrorEvent['detail']['code'], cause: unknown, shown = false): void {
    const message = cause instanceof Error ? cause.message : String(cause);
    this.events.dispatch(new MapErrorEvent({ code, message, cause, ...(shown ? { shown } : {}) }));
  }

  /** A short message on the element's message line (see `NoticeLine.say`). */
  say(text: string, tone: NoticeTone = 'info', options: { add?: boolean } = {}): void {
    this.#notices.say(text, tone, options);
  }

  /** Moves the Tab stop and DOM focus to a step once it is rendered, and brings it into view (`withLabel`: whole). */
  focusStep(id: string | undefined, withLabel = true): void {
    this.selection.focus(id);
    if (id === undefined) return;
    // Focus moved by a key, an undo or a new step, not by the pointer: what it moved to is highlighted, not the chain
    // of a step the pointer happens to rest on, until the pointer moves again.
    if (this.selection.hovered !== id) this.selection.hover(undefined);
    void this.element.updateComplete.then(() => {
      const node = this.element.renderRoot.querySelector<HTMLElement | SVGElement>(
        `[data-item-id="${CSS.escape(id)}"]`,
      );
      // The title editor opened on the step meanwhile keeps focus (the update may have waited for a panel's code).
      if (this.#editing?.id !== id && node) this.scenes.focusQuietly(node);
      // On the timeline, clear of the sticky lane heads and axis, which the browser's own scrolling does not know of.
      if (node?.closest('.table-view')) node.scrollIntoView?.({ block: 'nearest', inline: 'nearest' });
      else if (node) this.scenes.reveal(id, withLabel);
    });
  }

  /** Keeps keyboard focus inside the element when no step is left to hold it. */
  focusTimeline(): void {
    this.selection.focus(undefined);
    void this.element.updateComplete.then(() => this.scenes.scroller?.focus({ preventScroll: true }));
  }

  /**
   * Opens the title editor on a step (in the table view: the title field of the details). With `coalesceKey`, the
   * edit that opened it (adding the step) and the title typed are one undo step. Opened `byPointer` (a double-click),
   * it opens no details by itself, only follows into a panel already open (the panel would narrow the timeline, and
   * move it, after every step a rep adds), and naming the step leaves the view where it is while its bar shows.
   */
  startEditing(id: string, coalesceKey?: string, byPointer = false): void {
    if (this.readonly || !this.plan.items.some((item) => item.id === id)) return;
    this.selection.select([id], { details: !byPointer });
    if (this.settings.tableOrder()) {
      void this.element.updateComplete.then(() =>
        this.element.renderRoot.querySelector<HTMLInputElement>('.inspector [name="title"]')?.focus(),
      );
      return;
    }
    this.#editing = { id, coalesceKey, byPointer };
    this.element.requestUpdate();
    this.#focusEditor = true;
  }

  /** Opens or closes the shortcut list; closing it gives focus back to where it was when the list opened. */
  toggleShortcuts(open?: boolean): void {
    this.#shortcuts.toggle(open);
  }

  get shortcutsOpen(): boolean {
    return this.#shortcuts.open;
  }

  toggleView(): void {
    this.settings.toggleView();
    const focused = this.selection.focused;
    if (focused) this.focusStep(focused);
  }

  /** The title bar's buttons. */
  headerTools() {
    const table = this.settings.tableOrder() !== undefined;
    return html`<span class="tools" part="tools">
      <button type="button" class="tool" aria-pressed=${table ? 'true' : 'false'} @click=${() => this.toggleView()}
        title="Switch between timeline and table (T)">${table ? 'Timeline' : 'Table'}</button>
      <button type="button" class="tool" aria-label="Keyboard shortcuts" aria-expanded=${this.#shortcuts.open ? 'true' : 'false'}
        title="Keyboard shortcuts (?)" @click=${() => this.toggleShortcuts()}>?</button>
    </span>`;
  }

  /** The message line, the live region and the shortcut list. */
  messages() {
    return html`${this.#notices.render()}
      <div class="sr-only" role="status" aria-live="polite" aria-atomic="true">${this.#announcement}</div>
      ${this.#shortcuts.render()}`;
  }

  /** The title editor laid over the step being renamed. */
  overlay(scene: Scene) {
    const box = this.#editing ? scene.layout.byId.get(this.#editing.id) : undefined;
    return box ? inlineEditor(box, (title, refusal) => this.#finishEditing(title, refusal)) : nothing;
  }

  #finishEditing(title: string | undefined, refusal?: string): void {
    const editing = this.#editing;
    this.#editing = undefined;
    this.element.requestUpdate();
    if (editing && title !== undefined)
      this.applyUser((plan) => updateItem(plan, editing.id, { title }), editing.coalesceKey);
    if (refusal) this.say(refusal);
    if (editing) this.focusStep(editing.id, !editing.byPointer);
  }

  /** What the user's last change took away, which says it can be undone: the undo takes the message back. */
  #removal?: string | undefined;
  /** Every committed change ends a preview, is announced, and forgets selected steps that are gone. */
  #committed(event: DocumentEvent): void {
    this.scenes.showPreview(undefined);
    if (event.type === 'load') {
      this.scenes.screenFirst();
      // A plan shown in place of the one kept makes the last refusal's message no longer true.
      if (this.#refusal) this.#notices.withdraw(this.#refusal);
    }
    if (event.type === 'change') {
      const audience = this.settings.audience();
      this.#announcement = announceFor(audience, event.previous, event.plan, event, this.settings.today());
      // This page's own edit that puts steps out of order says so where it is seen, not only to screen readers.
      const outOfOrder = this.#outOfOrder.afterChange(event, audience);
      if (outOfOrder) this.#announcement = `${this.#announcement}. ${outOfOrder}`;
      // What the undo did instead is said with it: it reached back past the change the user meant to undo.
      if (event.passedOver)
        this.say(`${passedOverText(event.passedOver, event.source === 'redo')} ${this.#announcement}.`);
    }
    const ids = new Set(event.plan.items.map((item) => item.id));
    const focused = this.selection.focused;
    const lost =
      event.type === 'change' && event.source === 'remote' ? this.selection.list.filter((id) => !ids.has(id)) : [];
    if (lost.length > 0 && event.type === 'change') this.say(deletedUnderYouText(event.changes, lost, event.previous));
    // An undo, or another edit of this user's (which the next undo would take back instead), makes it untrue.
    if (event.type === 'change' && event.source !== 'remote' && this.#removal) this.#notices.withdraw(this.#removal);
    this.#removal =
      event.type === 'change' && event.source === 'user' ? takenAwayText(event.changes, event.previous) : undefined;
    if (this.#removal) this.say(this.#removal);
    this.selection.keepOnly(ids);
    if (this.#editing && !ids.has(this.#editing.id)) this.#editing = undefined;
    if (event.type === 'change' && (event.source === 'undo' || event.source === 'redo')) this.#refocus(event, focused);
  }

  /**
   * Undo and redo keep keyboard focus on the timeline, on the step they changed (see `stepAfterUndo`), when focus was
   * on the timeline. A control that has focus (a lane's name, the side panel, a button of the host page) keeps it,
   * and the step the undo changed is scrolled into view all the same.
   */
  #refocus(event: Extract<DocumentEvent, { type: 'change' }>, focused: string | undefined): void {
    const { changed, focus } = stepAfterUndo(event, this.settings.audience(), focused);
    const active = this.element.renderRoot instanceof ShadowRoot ? this.element.renderRoot.activeElement : null;
    if (!active?.closest('.scroller') || active.closest('button, input, select, textarea')) {
      if (changed) void this.element.updateComplete.then(() => this.scenes.reveal(changed));
    } else if (focus) this.focusStep(focus);
    else this.focusTimeline();
  }
}
