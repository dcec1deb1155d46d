import type { ISODate, Plan } from '../model/types.js';
import type { SelectionView } from '../render/frame.js';
import { tableTemplate, type TableState } from '../render/table.js';
import { sortRows, type SortedRows, type TableColumn, type TableSort } from '../render/table-sort.js';
import type { Scene } from '../render/view-model.js';
import { TableWindow, type TableWindowHost } from './table-window.js';

/**
 * The table view, loaded the first time the element shows it: its sort order (one click sorts by a column, a second click on it reverses) and the rows in that
 * order, sorted once per plan and sort and shared by the table and the arrow keys; only the rows near the scroll
 * position are drawn.
 */
export class TableView {
  #sort: TableSort = { column: 'start', descending: false };
  #sorted?: { plan: Plan; sort: TableSort; rows: SortedRows; ids?: string[] };
  readonly #window: TableWindow;

  constructor(private readonly host: TableWindowHost) {
    this.#window = new TableWindow(host);
  }

  get sort(): TableSort {
    return this.#sort;
  }

  readonly sortBy = (column: TableColumn): void => {
    this.#sort = { column, descending: this.#sort.column === column && !this.#sort.descending };
    this.host.requestUpdate();
  };

  /** The table of the scene's steps. */
  content(scene: Scene, selection: SelectionView, today: ISODate): unknown {
    const table = this.#state(scene);
    return tableTemplate({ plan: scene.plan, table, selection: selection.ids, focusedId: selection.focused, today });
  }

  #state(scene: Scene): TableState {
    const rows = this.#rows(scene);
    return { sort: this.#sort, sortBy: this.sortBy, rows, range: this.#window.range(rows.items.length) };
  }

  /** The steps' ids in table order, which arrow keys follow there. */
  order(scene: Scene | undefined): string[] | undefined {
    if (!scene) return undefined;
    this.#rows(scene);
    const sorted = this.#sorted!;
    return (sorted.ids ??= sorted.rows.items.map((item) => item.id));
  }

  #rows(scene: Scene): SortedRows {
    const known = this.#sorted;
    if (known && known.plan === scene.plan && known.sort === this.#sort) return known.rows;
    const rows = sortRows(scene.items, scene.plan, this.#sort);
    this.#sorted = { plan: scene.plan, sort: this.#sort, rows };
    return rows;
  }
}
