import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { ensureDist } from './scripts/build.mjs';
import { bundledPackages } from './scripts/bundled-packages.mjs';
import { collabTestServer } from './scripts/collab-test-server.mjs';
import { findChrome, CHROME_ARGS, HOW_TO_GET_CHROME } from './scripts/find-chrome.mjs';
import { mouseCommands } from './scripts/mouse-commands.mjs';
import { staticFiles } from './scripts/static-files.mjs';

const executablePath = findChrome();
if (!executablePath) {
  console.error(HOW_TO_GET_CHROME);
  process.exit(1);
}

// The examples import the package by name, as users do, and may be .tsx.
const examples = {
  name: 'examples',
  resolveImport({ source, context }) {
    if (source === 'map-timeline') return '/src/index.ts';
    if (source === 'map-timeline/react') return '/src/react.ts';
    const tsx = source.startsWith('.') && source.endsWith('.js') ? source.slice(0, -3) + '.tsx' : undefined;
    if (tsx && existsSync(new URL(tsx, new URL(`.${context.path}`, import.meta.url)))) return tsx;
  },
};

// Some tests load the built package (dist/): build it first when it is missing or older than the sources, so
// `npx wtr` works on a fresh clone as well as through `npm test`.
const dist = {
  name: 'dist',
  async serverStart({ logger }) {
    if (await ensureDist()) logger.log('Built dist/ (npm run build) for the tests that load it.');
  },
};

export default {
  // The model and the live-plan binding run in Node (scripts/test.mjs), not here.
  files: ['test/**/*.test.ts', '!test/model/**', '!test/collab/**'],
  nodeResolve: true,
  concurrency: 1,
  middleware: [staticFiles(fileURLToPath(new URL('.', import.meta.url)))],
  plugins: [
    dist,
    collabTestServer(),
    mouseCommands(),
    examples,
    bundledPackages(['react', 'react/jsx-runtime', 'react-dom', 'react-dom/client', 'vue', 'vue/dist/vue.cjs.js']),
    esbuildPlugin({ ts: true, tsx: true, target: 'es2022', tsconfig: './tsconfig.json' }),
  ],
  browsers: [chromeLauncher({ launchOptions: { executablePath, headless: true, args: CHROME_ARGS } })],
  testFramework: { config: { timeout: 10000 } },
  // Every test file runs after the setup that keeps a failed expectation about a DOM node readable.
  testRunnerHtml: (testFramework) =>
    `<!DOCTYPE html><html><head></head><body><script type="module" src="/test/support/readable-failures.ts"></script><script type="module" src="${testFramework}"></script></body></html>`,
  testsFinishTimeout: 300000,
};
