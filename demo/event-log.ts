import { html, render, type TemplateResult } from 'lit';
import type { Audience } from '../src/index.js';

/** A title or name as the log shows it: its start when long (the plan shows it whole). */
export const brief = (text: string, length = 80): string =>
  text.length > length ? `${text.slice(0, length - 1).trimEnd()}…` : text;

export type LogSource = 'user' | 'api' | 'undo' | 'redo' | 'remote' | 'load' | 'error' | 'demo';

interface Row {
  at: Date;
  source: LogSource;
  lines: TemplateResult[];
  /** What the buyer view shows of the row: nothing about internal steps (no row at all when that is all it had). */
  buyerLines: TemplateResult[];
}

const LIMIT = 200;
/** A drag can cascade to many steps: the first lines show, the rest fold away. */
const SHOWN_LINES = 3;

/** The side panel's live log, newest first. */
export class EventLog {
  #rows: Row[] = [];
  #audience: Audience = 'seller';

  constructor(private readonly list: HTMLElement) {
    this.paint();
  }

  /** Who is looking: switching to the buyer view hides what earlier rows said about internal steps. */
  set audience(audience: Audience) {
    this.#audience = audience;
    this.paint();
  }

  add(source: LogSource, lines: TemplateResult[], buyerLines = lines): void {
    this.#rows = [{ at: new Date(), source, lines, buyerLines }, ...this.#rows].slice(0, LIMIT);
    this.paint();
  }

  clear(): void {
    this.#rows = [];
    this.paint();
  }

  private paint(): void {
    const shown = this.#rows
      .map((row) => ({ ...row, lines: this.#audience === 'buyer' ? row.buyerLines : row.lines }))
      .filter((row) => row.lines.length > 0);
    const rows = shown.map(
      (row) => html`<li>
      <div class="log-meta"><span class="src ${row.source}">${row.source}</span><time>${clock(row.at)}</time></div>
      <ul class="log-lines">${row.lines.slice(0, SHOWN_LINES).map((line) => html`<li>${line}</li>`)}</ul>
      ${
        row.lines.length > SHOWN_LINES
          ? html`<details class="log-more">
        <summary>${row.lines.length - SHOWN_LINES} more ${row.lines.length - SHOWN_LINES === 1 ? 'change' : 'changes'}</summary>
        <ul class="log-lines">${row.lines.slice(SHOWN_LINES).map((line) => html`<li>${line}</li>`)}</ul>
      </details>`
          : null
      }
    </li>`,
    );
    render(
      rows.length > 0
        ? rows
        : html`<li class="log-empty">Drag, resize or edit a step: every committed change shows up here.</li>`,
      this.list,
    );
  }
}

const clock = (at: Date): string => at.toTimeString().slice(0, 8);
