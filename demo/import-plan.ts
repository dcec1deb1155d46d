import type { MapTimeline } from '../src/index.js';
import { toast } from './toast.js';

/**
 * The Import button (file picker) and dropping a file anywhere on the page: both open the element's import preview,
 * where the user checks the plan read from the file and confirms it. A drop on the timeline itself is the element's.
 */
export function wireImport(options: {
  button: HTMLButtonElement;
  input: HTMLInputElement;
  dropZone: HTMLElement;
  current: () => MapTimeline | undefined;
}): void {
  const { button, input, dropZone, current } = options;
  const preview = async (file: File | undefined): Promise<void> => {
    const element = current();
    if (!file || !element) return;
    try {
      await element.importFile(file, { preview: true });
    } catch (error) {
      toast((error as Error).message, { tone: 'error', title: `Could not read "${file.name}"` });
    }
  };

  button.addEventListener('click', () => input.click());
  input.addEventListener('change', () => {
    void preview(input.files?.[0]);
    input.value = '';
  });

  const carriesFiles = (event: DragEvent): boolean => event.dataTransfer?.types.includes('Files') ?? false;
  const overTimeline = (event: DragEvent): boolean => {
    const element = current();
    return element !== undefined && event.composedPath().includes(element);
  };
  let depth = 0; // dragenter/dragleave fire for every child crossed
  document.addEventListener('dragenter', (event) => {
    if (!carriesFiles(event)) return;
    depth += 1;
    dropZone.hidden = overTimeline(event);
  });
  document.addEventListener('dragleave', (event) => {
    if (!carriesFiles(event)) return;
    depth = Math.max(0, depth - 1);
    if (depth === 0) dropZone.hidden = true;
  });
  document.addEventListener('dragover', (event) => {
    if (!carriesFiles(event) || event.defaultPrevented) return;
    dropZone.hidden = overTimeline(event);
    event.preventDefault();
    event.dataTransfer!.dropEffect = 'copy';
  });
  document.addEventListener('drop', (event) => {
    if (!carriesFiles(event)) return;
    depth = 0;
    dropZone.hidden = true;
    if (event.defaultPrevented) return; // the timeline took it
    event.preventDefault();
    void preview(event.dataTransfer!.files[0]);
  });
}
