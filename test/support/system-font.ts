import { readFile } from '@web/test-runner-commands';

/**
 * A bold serif from the system's fonts (Debian's fonts-dejavu-core, which Chromium's font stack installs), as base64,
 * for tests that load a web font; undefined where it is not installed.
 */
export async function systemSerifBase64(): Promise<string | undefined> {
  try {
    return await readFile({
      path: '../../../../usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf',
      encoding: 'base64',
    });
  } catch {
    return undefined;
  }
}
