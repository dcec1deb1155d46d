/**
 * Runs `body` and returns Lit's dev-mode "change-in-update" warnings issued meanwhile. Lit issues each warning once
 * per page, so a test that asserts there is none must have its page to itself.
 */
export async function changeInUpdateWarnings(body: () => Promise<void>): Promise<string[]> {
  const warnings: string[] = [];
  const warn = console.warn;
  console.warn = (...args: unknown[]) => {
    warnings.push(args.map(String).join(' '));
    warn.apply(console, args);
  };
  try {
    await body();
  } finally {
    console.warn = warn;
  }
  return warnings.filter((text) => text.includes('change-in-update'));
}
