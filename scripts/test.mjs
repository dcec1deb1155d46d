// The one test command: type check, model tests under two far-apart time zones (node), element tests (Chromium).
import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { findChrome, HOW_TO_GET_CHROME } from './find-chrome.mjs';
import { TSC } from './tsc.mjs';

const TIME_ZONES = ['America/Los_Angeles', 'Pacific/Auckland'];
/** What Prettier keeps formatted (the same globs as `npm run format`). */
const FORMATTED = [
  'src/**/*.ts',
  'test/**/*.{ts,tsx}',
  'scripts/**/*.mjs',
  'demo/**/*.ts',
  'examples/**/*.{ts,tsx}',
  'bench/**/*.mjs',
  'server/**/*.{mjs,mts}',
  '*.mjs',
  'vite.config.ts',
];
/** Tests that run in Node: the model, and the live-plan binding (Yjs documents wired to each other in memory). */
const modelTests = ['test/model', 'test/collab'].flatMap((folder) =>
  readdirSync(folder, { recursive: true })
    .filter((name) => String(name).endsWith('.test.ts'))
    .map((name) => `${folder}/${name}`),
);
const serverTests = readdirSync('server/test')
  .filter((name) => name.endsWith('.test.mjs'))
  .map((name) => `server/test/${name}`);

function run(command, args, env = {}) {
  return new Promise((resolve) => {
    let output = '';
    const child = spawn(command, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    for (const stream of [child.stdout, child.stderr]) {
      stream.on('data', (chunk) => {
        output += chunk;
        (stream === child.stdout ? process.stdout : process.stderr).write(chunk);
      });
    }
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}

const lastNumber = (output, pattern) => {
  const matches = [...output.matchAll(pattern)];
  return matches.length ? Number(matches[matches.length - 1][1]) : 0;
};

if (!findChrome()) {
  console.error(HOW_TO_GET_CHROME);
  process.exit(1);
}

let passed = 0;
let failed = 0;
let broken = false;

// The bench pages drive the element through its public API; checking them keeps `npm run bench` from rotting.
const typecheck = await run('node', [TSC, '-p', 'tsconfig.json', '--noEmit']);
const benchTypecheck =
  typecheck.code === 0 ? await run('node', [TSC, '-p', 'bench/tsconfig.json', '--noEmit']) : typecheck;
// Vue templates are checked by vue-tsc: `map-timeline/vue` types <map-timeline> in them.
const vueTypecheck =
  benchTypecheck.code === 0
    ? await run('node', [
        'node_modules/vue-tsc/bin/vue-tsc.js',
        '--noEmit',
        '-p',
        'test/examples/vue-types/tsconfig.json',
      ])
    : benchTypecheck;
if (typecheck.code !== 0 || benchTypecheck.code !== 0 || vueTypecheck.code !== 0) {
  console.error('Type check failed.');
  process.exit(1);
}

// The build (dist/: modules, types and the one-file bundle) also feeds the API check and the tests that load the package.
for (const [name, args] of [
  ['manifest', ['scripts/check-manifest.mjs']],
  ['build', ['scripts/build.mjs']],
  ['public API', ['scripts/check-api.mjs']],
  ['import boundaries', ['scripts/check-imports.mjs']],
  ['lint (ESLint)', ['node_modules/eslint/bin/eslint.js', '--max-warnings', '0', '.']],
  [
    'format (Prettier; `npm run format` fixes it)',
    ['node_modules/prettier/bin/prettier.cjs', '--check', '--log-level', 'warn', ...FORMATTED],
  ],
]) {
  const step = await run('node', args);
  if (step.code !== 0) {
    console.error(`The ${name} step failed.`);
    process.exit(1);
  }
}

for (const timeZone of TIME_ZONES) {
  console.log(`\nModel tests, TZ=${timeZone}`);
  const result = await run('node', ['--import', 'tsx', '--test', ...modelTests], { TZ: timeZone });
  passed += lastNumber(result.output, /^# pass (\d+)/gm) || lastNumber(result.output, /^ℹ pass (\d+)/gm);
  failed += lastNumber(result.output, /^# fail (\d+)/gm) || lastNumber(result.output, /^ℹ fail (\d+)/gm);
  broken ||= result.code !== 0;
}

// The collaboration server through its entry point; the scale-out test also starts Postgres and Redis.
console.log('\nCollaboration server tests');
const server = await run('node', ['--test', ...serverTests]);
passed += lastNumber(server.output, /^# pass (\d+)/gm) || lastNumber(server.output, /^ℹ pass (\d+)/gm);
failed += lastNumber(server.output, /^# fail (\d+)/gm) || lastNumber(server.output, /^ℹ fail (\d+)/gm);
broken ||= server.code !== 0;

console.log('\nElement tests in Chromium');
const browser = await run('npx', ['web-test-runner', '--config', 'web-test-runner.config.mjs']);
passed += lastNumber(browser.output, /(\d+) passed/g);
failed += lastNumber(browser.output, /(\d+) failed/g);
broken ||= browser.code !== 0;

console.log(`\n${passed} passed, ${failed} failed`);
process.exit(broken || failed > 0 || passed === 0 ? 1 : 0);
