import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Width the print copy is laid out at: a landscape A4 or Letter page at 96 dpi, less the default margins. */
export const PRINT_WIDTH = 1040;

/**
 * The browser's Print shows the whole plan, not the scrolled (and partly unrendered) view: just before printing,
 * the export SVG is put at the start of the shadow root, where the print stylesheet shows it instead of the live
 * view; after printing it is removed. If it cannot be drawn, the live view prints as it is.
 */
export class PrintController implements ReactiveController {
  private copy?: Element;

  constructor(
    private readonly host: ReactiveControllerHost & Element,
    private readonly draw: (width: number) => string,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('beforeprint', this.before);
    window.addEventListener('afterprint', this.after);
  }

  hostDisconnected(): void {
    window.removeEventListener('beforeprint', this.before);
    window.removeEventListener('afterprint', this.after);
    this.after();
  }

  private readonly before = (): void => {
    this.after();
    const root = this.host.shadowRoot;
    if (!root) return;
    let svg: Element;
    try {
      const parsed = new DOMParser().parseFromString(this.draw(PRINT_WIDTH), 'image/svg+xml');
      if (parsed.querySelector('parsererror')) return;
      svg = document.importNode(parsed.documentElement, true);
    } catch {
      return;
    }
    const copy = document.createElement('div');
    copy.className = 'print-copy';
    copy.setAttribute('aria-hidden', 'true');
    copy.append(svg);
    // First in the shadow root, so the arrowheads and hatching its ids name are the ones that print (the live
    // view's copies of them are hidden while printing).
    root.prepend(copy);
    this.copy = copy;
  };

  private readonly after = (): void => {
    this.copy?.remove();
    this.copy = undefined;
  };
}
