import type { ReactiveControllerHost } from 'lit';
import type { Plan } from '../model/types.js';
import { sortedItems, type TableColumn, type TableSort } from '../render/table.js';
import type { Scene } from '../render/view-model.js';

/** The table view's sort order: one click sorts by a column, a second click on it reverses. */
export class TableController {
  #sort: TableSort = { column: 'start', descending: false };

  constructor(private readonly host: ReactiveControllerHost) {}

  get sort(): TableSort {
    return this.#sort;
  }

  readonly sortBy = (column: TableColumn): void => {
    this.#sort = { column, descending: this.#sort.column === column && !this.#sort.descending };
    this.host.requestUpdate();
  };

  /** The steps in table order, which arrow keys follow there. */
  order(scene: Scene | undefined, plan: Plan): string[] | undefined {
    return scene ? sortedItems(scene.items, plan, this.#sort).map((item) => item.id) : undefined;
  }
}
