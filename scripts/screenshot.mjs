// Regenerates the README screenshots in docs/: builds the demo, serves it with `vite preview` and has a headless
// Chrome/Chromium capture each view. `today` is pinned, so the samples are laid out the same way every time.
//
//   npm run screenshot                 all shots
//   npm run screenshot -- seller dark  only those
import { spawn } from 'node:child_process';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build, preview } from 'vite';
import { CHROME_ARGS, HOW_TO_GET_CHROME, findChrome } from './find-chrome.mjs';

const TODAY = '2026-11-25';
const WINDOW = '1400,900';
const OUT_DIR = resolve('docs');

/** name → query string and extra browser flags */
const SHOTS = {
  seller: { query: { plan: 'enterprise', audience: 'seller' } },
  buyer: { query: { plan: 'enterprise', audience: 'buyer' } },
  presentation: { query: { plan: 'enterprise', audience: 'buyer', present: '1' } },
  // Dark comes from the OS preference (prefers-color-scheme), not from a demo switch.
  dark: {
    query: { plan: 'enterprise', audience: 'seller' },
    flags: ['--force-dark-mode', '--blink-settings=preferredColorScheme=0'],
  },
};

const chrome = findChrome();
if (!chrome) {
  console.error(HOW_TO_GET_CHROME);
  process.exit(1);
}

const wanted = process.argv.slice(2);
const names = wanted.length > 0 ? wanted : Object.keys(SHOTS);
const unknown = names.filter((name) => !(name in SHOTS));
if (unknown.length > 0) {
  console.error(`Unknown shot(s): ${unknown.join(', ')}. Known: ${Object.keys(SHOTS).join(', ')}`);
  process.exit(1);
}

await build({ logLevel: 'warn' });
const server = await preview({ logLevel: 'warn', preview: { port: 0, host: '127.0.0.1', open: false } });
const base = server.resolvedUrls?.local[0];
try {
  if (!base) throw new Error('vite preview did not report a URL');
  for (const name of names) {
    const shot = SHOTS[name];
    const url = `${base}?${new URLSearchParams({ today: TODAY, ...shot.query })}`;
    const file = join(OUT_DIR, `demo-${name}.png`);
    await capture(url, file, shot.flags ?? []);
    console.log(`${file}  ${Math.round((await stat(file)).size / 1024)} KB  ← ${url}`);
  }
} finally {
  await server.close();
}

async function capture(url, file, flags) {
  // A fresh profile each time: nothing stored in IndexedDB, so every shot starts from the sample.
  const profile = await mkdtemp(join(tmpdir(), 'map-timeline-shot-'));
  try {
    await run(chrome, [
      ...CHROME_ARGS,
      '--headless',
      '--hide-scrollbars',
      '--force-device-scale-factor=1',
      `--user-data-dir=${profile}`,
      `--window-size=${WINDOW}`,
      '--virtual-time-budget=5000',
      `--screenshot=${file}`,
      ...flags,
      url,
    ]);
  } finally {
    await rm(profile, { recursive: true, force: true });
  }
}

function run(command, args) {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'ignore', 'pipe'] });
    let errors = '';
    child.stderr.on('data', (chunk) => (errors += chunk));
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0 ? resolvePromise() : reject(new Error(`${command} exited with ${code}\n${errors}`)),
    );
  });
}
