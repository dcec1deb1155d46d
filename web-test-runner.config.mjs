import { existsSync } from 'node:fs';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { bundledPackages } from './scripts/bundled-packages.mjs';
import { findChrome, CHROME_ARGS, HOW_TO_GET_CHROME } from './scripts/find-chrome.mjs';

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
    const tsx = source.startsWith('.') && source.endsWith('.js') ? source.slice(0, -3) + '.tsx' : undefined;
    if (tsx && existsSync(new URL(tsx, new URL(`.${context.path}`, import.meta.url)))) return tsx;
  },
};

export default {
  files: ['test/**/*.test.ts', '!test/model/**'],
  nodeResolve: true,
  concurrency: 1,
  plugins: [
    examples,
    bundledPackages(['react', 'react/jsx-runtime', 'react-dom', 'react-dom/client', 'vue', 'vue/dist/vue.cjs.js']),
    esbuildPlugin({ ts: true, tsx: true, target: 'es2022', tsconfig: './tsconfig.json' }),
  ],
  browsers: [chromeLauncher({ launchOptions: { executablePath, headless: true, args: CHROME_ARGS } })],
  testFramework: { config: { timeout: 10000 } },
  testsFinishTimeout: 300000,
};
