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
