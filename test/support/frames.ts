/** The next animation frame. */
export const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));

/**
 * Waits frame by frame until `condition` holds: what a test waits for is drawn in some frame, however busy the
 * machine. Counted in frames, not milliseconds; fails naming `what` if it never comes.
 */
export async function framesUntil(condition: () => boolean, what: string, frames = 3_000): Promise<void> {
  for (let waited = 0; !condition(); waited += 1) {
    if (waited >= frames) throw new Error(`${what}: not after ${frames} frames`);
    await frame();
  }
}

/**
 * Resolves in an idle period long enough for the element's work ahead (40 ms or more, as it asks for): the page is
 * at rest. Its idle callbacks asked for before this one have run by then.
 */
export const atRest = () =>
  new Promise<void>((resolve) => {
    const wait = () => requestIdleCallback((deadline) => (deadline.timeRemaining() >= 40 ? resolve() : wait()));
    wait();
  });

/**
 * Waits from one moment of rest to the next (see `atRest`) until `condition` holds: for work the element leaves to
 * idle periods, which a page drawing every frame never gives. Fails naming `what` if it never comes.
 */
export async function restsUntil(condition: () => boolean, what: string, rests = 100): Promise<void> {
  for (let waited = 0; !condition(); waited += 1) {
    if (waited >= rests) throw new Error(`${what}: not after ${rests} moments of rest`);
    await atRest();
  }
}
