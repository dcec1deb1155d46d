import { nothing } from 'lit';
import type { ISODate } from '../model/types.js';
import type { SelectionView } from '../render/frame.js';
import type { Scene } from '../render/view-model.js';
import type { EditorController } from './editor-controller.js';
import { LazyPart, sayLoadFailure, type PartModule } from './lazy-part.js';
import type { TableView } from './table-view.js';

/** The table view's chunk: its sorting, windowing and template, and its styles. */
export interface TablePart extends PartModule {
  TableView: typeof TableView;
}

/**
 * The steps as a sortable table, whose code is loaded the first time the element shows it; until it is in, the
 * table view is empty and arrow keys have no rows to move through.
 */
export class TableController {
  #view?: TableView;
  readonly #part: LazyPart<TablePart>;

  constructor(
    private readonly editor: EditorController,
    load: () => Promise<TablePart>,
  ) {
    const say = sayLoadFailure((text, tone) => editor.say(text, tone), 'the table view');
    this.#part = new LazyPart(editor.element, load, say);
  }

  /** The table of the scene's steps, once its code is in. */
  content(scene: Scene, selection: SelectionView, today: ISODate): unknown {
    return this.#loaded()?.content(scene, selection, today) ?? nothing;
  }

  /** The steps' ids in table order, which arrow keys follow there. */
  order(scene: Scene | undefined): string[] | undefined {
    if (!scene) return undefined;
    return this.#loaded()?.order(scene) ?? [];
  }

  #loaded(): TableView | undefined {
    const part = this.#part.request();
    return part && (this.#view ??= new part.TableView(this.editor.element));
  }
}
