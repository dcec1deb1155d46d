import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { findChrome, CHROME_ARGS, HOW_TO_GET_CHROME } from './scripts/find-chrome.mjs';

const executablePath = findChrome();
if (!executablePath) {
  console.error(HOW_TO_GET_CHROME);
  process.exit(1);
}

export default {
  files: ['test/**/*.test.ts', '!test/model/**'],
  nodeResolve: true,
  concurrency: 1,
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' })],
  browsers: [chromeLauncher({ launchOptions: { executablePath, headless: true, args: CHROME_ARGS } })],
  testFramework: { config: { timeout: 10000 } },
  testsFinishTimeout: 300000,
};
