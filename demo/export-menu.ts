import type { MapTimeline } from '../src/index.js';
import { exportNote, fileName, saveFile } from './files.js';
import { imageExports } from './image-export.js';
import { toast } from './toast.js';

type ExportKind = 'png' | 'png-full' | 'clipboard' | 'svg' | 'csv' | 'ics' | 'json';

/** A 16:9 slide at 1920 px wide, drawn at twice the resolution for crisp projection. */
/** A 16:9 slide: the whole plan laid into the frame with type readable at slide size. */
const SLIDE = { scale: 2, width: 1920, aspect: '16:9' } as const;
/** The whole plan at 1,920 px wide, as tall as it is. */
const FULL = { scale: 2, width: 1920 } as const;

/**
 * The Export menu, a menu button: opens on click (focus on the first item), or with ↓ / ↑ on the button (focus on the
 * first / last item); inside, ↓ ↑ Home End move, Escape closes back to the button, and Tab, an outside click or an
 * action close it.
 */
export function wireExportMenu(
  button: HTMLButtonElement,
  menu: HTMLElement,
  current: () => MapTimeline | undefined,
): void {
  const items = (): HTMLButtonElement[] => [...menu.querySelectorAll<HTMLButtonElement>('button[data-export]')];
  const enabled = (): HTMLButtonElement[] => items().filter((item) => !item.disabled);
  const open = (isOpen: boolean, focus: 'first' | 'last' = 'first'): void => {
    menu.hidden = !isOpen;
    button.setAttribute('aria-expanded', String(isOpen));
    if (isOpen) {
      refreshAvailability(items(), current());
      const choices = enabled();
      (focus === 'first' ? choices[0] : choices.at(-1))?.focus();
    }
  };

  button.addEventListener('click', () => open(menu.hidden === true));
  button.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    event.preventDefault();
    open(true, event.key === 'ArrowDown' ? 'first' : 'last');
  });
  document.addEventListener('pointerdown', (event) => {
    if (!menu.hidden && !menu.parentElement!.contains(event.target as Node)) open(false);
  });
  menu.addEventListener('keydown', (event) => {
    const choices = enabled();
    const index = choices.indexOf(document.activeElement as HTMLButtonElement);
    if (event.key === 'Escape') {
      open(false);
      button.focus();
    } else if (event.key === 'Tab') {
      // From the button, Tab's own move goes on to the control after it (or before it, with Shift).
      button.focus();
      open(false);
    } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      choices[(index + step + choices.length) % choices.length]?.focus();
    } else if (event.key === 'Home' || event.key === 'End') {
      event.preventDefault();
      (event.key === 'Home' ? choices[0] : choices.at(-1))?.focus();
    }
  });
  menu.addEventListener('click', (event) => {
    const item = (event.target as Element).closest<HTMLButtonElement>('button[data-export]');
    const element = current();
    if (!item || !element) return;
    open(false);
    button.focus(); // the item that had focus is hidden now
    void runExport(item.dataset['export'] as ExportKind, element);
  });
}

function refreshAvailability(items: HTMLButtonElement[], element: MapTimeline | undefined): void {
  const images = element ? imageExports(element) : {};
  for (const item of items) {
    const kind = item.dataset['export'];
    const missing =
      kind === 'png' || kind === 'png-full' || kind === 'clipboard'
        ? !images.exportPNG
        : kind === 'svg'
          ? !images.exportSVG
          : false;
    const noClipboard = kind === 'clipboard' && typeof ClipboardItem === 'undefined';
    item.disabled = !element || missing || noClipboard;
    item.title = missing
      ? 'This version of <map-timeline> has no image export yet'
      : noClipboard
        ? 'This browser cannot copy images'
        : '';
  }
}

async function runExport(kind: ExportKind, element: MapTimeline): Promise<void> {
  const plan = element.getPlan();
  const audience = element.audience;
  const images = imageExports(element);
  const note = exportNote(plan, audience);
  try {
    switch (kind) {
      case 'png':
        saveFile(fileName(plan, audience, 'png', 'slide'), await images.exportPNG!(SLIDE));
        break;
      case 'png-full':
        saveFile(fileName(plan, audience, 'png', 'full'), await images.exportPNG!(FULL));
        break;
      case 'clipboard':
        // The promise goes straight into the ClipboardItem so the browser still sees the click as the gesture.
        await navigator.clipboard.write([new ClipboardItem({ 'image/png': images.exportPNG!(SLIDE) })]);
        toast(`The plan image is on the clipboard: paste it into your slides.${note ? ` ${note}` : ''}`);
        return;
      case 'svg':
        saveFile(fileName(plan, audience, 'svg'), images.exportSVG!(), 'image/svg+xml');
        break;
      case 'csv':
        saveFile(fileName(plan, audience, 'csv'), element.exportCSV({ bom: true }), 'text/csv');
        break;
      case 'ics':
        saveFile(fileName(plan, audience, 'ics'), element.exportICS(), 'text/calendar');
        break;
      case 'json':
        saveFile(fileName(plan, audience, 'json'), element.exportJSON(), 'application/json');
        break;
    }
    if (note) toast(note);
  } catch (error) {
    toast((error as Error).message ?? String(error), {
      tone: 'error',
      title: `The ${kind.toUpperCase()} export failed`,
    });
  }
}
