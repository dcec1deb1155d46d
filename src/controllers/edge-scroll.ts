import { AXIS_HEIGHT, HEAD_WIDTH } from '../render/geometry.js';

/** How near an edge of the timeline on screen the pointer starts it scrolling, in pixels. */
const EDGE = 36;
/** The fastest it scrolls, with the pointer on or past the edge: pixels per millisecond (about 8 a frame). */
const TOP_SPEED = 0.5;
/**
 * The fastest it scrolls sideways, in days a second: what the pointer held at the edge adds to a step's dates. In
 * pixels alone, a zoomed-out view ran months into the future in a second or two.
 */
const TOP_DAYS_PER_SECOND = 14;

/**
 * Scrolls the timeline while a dragging pointer is held near one of its edges, faster the nearer (and at full speed
 * past it), so a step can be dragged to a date or lane out of view. `scrolled` runs after each step that moved the
 * view: the point under a still pointer is then another day. The timeline's place on the page is read once, when the
 * gesture starts, so following the pointer costs no layout.
 */
export class EdgeScroll {
  #frame = 0;
  #last = 0;
  #velocity: { x: number; y: number } | undefined;
  readonly #view: DOMRect;
  /** Per axis, whether the pointer has been clear of that axis's edge bands since the drag began. */
  readonly #armed = { x: false, y: false };
  /** How far this has scrolled the timeline sideways: the drag adds it to the pointer's own travel. */
  scrolledX = 0;
  #scrolledY = 0;
  readonly #topSpeedX: number;

  /** `dayWidth`: pixels a day at the timeline's zoom. */
  constructor(
    private readonly scroller: HTMLElement,
    dayWidth: number,
    private readonly scrolled: () => void,
  ) {
    this.#view = scroller.getBoundingClientRect();
    this.#topSpeedX = Math.min(TOP_SPEED, (TOP_DAYS_PER_SECOND * dayWidth) / 1000);
  }

  /**
   * Where the pointer is now: starts scrolling near an edge, stops away from them. An edge the drag began inside of
   * (a step in the top row, beside the lane heads) only scrolls once the pointer has left it and come back.
   */
  follow(x: number, y: number): void {
    const view = this.#view;
    const depth = (into: number) => Math.min(1, Math.max(0, into) / EDGE);
    // Negative towards the start (left, up), positive towards the end; the start edges lie past the sticky heads.
    const along = (toStart: number, toEnd: number, top: number) =>
      depth(toStart) > 0 ? -top * depth(toStart) : top * depth(toEnd);
    const velocity = {
      x: along(view.left + HEAD_WIDTH + EDGE - x, x - (view.right - EDGE), this.#topSpeedX),
      y: along(view.top + AXIS_HEIGHT + EDGE - y, y - (view.bottom - EDGE), TOP_SPEED),
    };
    if (velocity.x === 0) this.#armed.x = true;
    if (velocity.y === 0) this.#armed.y = true;
    if (!this.#armed.x) velocity.x = 0;
    if (!this.#armed.y) velocity.y = 0;
    this.#velocity = velocity.x === 0 && velocity.y === 0 ? undefined : velocity;
    if (!this.#velocity) this.stop();
    else if (!this.#frame) {
      this.#last = performance.now();
      this.#frame = requestAnimationFrame(this.#tick);
    }
  }

  stop(): void {
    cancelAnimationFrame(this.#frame);
    this.#frame = 0;
  }

  /** Stops, and scrolls back what this scrolled: a cancelled drag leaves the view where it began. */
  undo(): void {
    this.stop();
    this.scroller.scrollLeft -= this.scrolledX;
    this.scroller.scrollTop -= this.#scrolledY;
    this.scrolledX = this.#scrolledY = 0;
  }

  readonly #tick = (now: number): void => {
    const velocity = this.#velocity;
    if (!velocity) return void (this.#frame = 0);
    const elapsed = Math.min(now - this.#last, 50); // a frame that came late does not jump a week
    this.#last = now;
    // Whole pixels, at least one: a slow scroll near the band's inner side still moves.
    const step = (perMs: number) =>
      perMs === 0 ? 0 : Math.sign(perMs) * Math.max(1, Math.round(Math.abs(perMs) * elapsed));
    const { scroller } = this;
    const { scrollLeft, scrollTop } = scroller;
    scroller.scrollLeft += step(velocity.x);
    scroller.scrollTop += step(velocity.y);
    this.scrolledX += scroller.scrollLeft - scrollLeft;
    this.#scrolledY += scroller.scrollTop - scrollTop;
    if (scroller.scrollLeft !== scrollLeft || scroller.scrollTop !== scrollTop) this.scrolled();
    this.#frame = requestAnimationFrame(this.#tick);
  };
}
