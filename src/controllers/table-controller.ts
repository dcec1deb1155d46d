import type { Plan } from '../model/types.js';
import type { TableState } from '../render/table.js';
import { sortRows, type SortedRows, type TableColumn, type TableSort } from '../render/table-sort.js';
import type { Scene } from '../render/view-model.js';
import { TableWindow, type TableWindowHost } from './table-window.js';

/**
 * The table view's sort order (one click sorts by a column, a second click on it reverses) and the rows in that
 * order, sorted once per plan and sort and shared by the table and the arrow keys; only the rows near the scroll
 * position are drawn.
 */
export class TableController {
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

  /** What the table template draws for the scene. */
  state(scene: Scene): TableState {
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
