// A collaboration server for the browser tests: started on a free port with a temporary data folder and a test
// secret on the first command that needs it, stopped with the test run. Pages get tokens through server commands,
// so the secret never reaches a page.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readConfig } from '../server/config.mjs';
import { createCollabServer } from '../server/create-server.mjs';
import { mintToken } from '../server/token.mjs';

const SECRET = 'test-secret-for-the-browser-tests-only-0123456789';

export function collabTestServer() {
  let started;
  let dataDir;
  const start = async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'map-timeline-collab-'));
    const config = readConfig({ PORT: '0', HOST: '127.0.0.1', AUTH_SECRET: SECRET, DATA_DIR: dataDir });
    const collab = await createCollabServer(config, { warn() {}, error: console.error, log() {} });
    await collab.listen();
    return collab;
  };
  return {
    name: 'collab-test-server',
    async executeCommand({ command, payload }) {
      if (command === 'collab-server') {
        started ??= start();
        return { url: `ws://127.0.0.1:${(await started).port}` };
      }
      if (command === 'collab-token') {
        const { secret, ...claims } = payload;
        return mintToken(claims, secret ?? SECRET);
      }
      return undefined;
    },
    async serverStop() {
      if (started) await (await started).stop();
      if (dataDir) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
