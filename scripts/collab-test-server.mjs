// A collaboration server for the browser tests: started on a free port with a temporary data folder and a test
// secret on the first command that needs it, stopped with the test run. Pages get tokens through server commands,
// so the secret never reaches a page. It can be stopped and started again on the same port and data folder (a
// restart), and the scale-out commands run two instances sharing Postgres and Redis (scripts/collab-scale-out.mjs).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readConfig } from '../server/config.mjs';
import { createCollabServer } from '../server/create-server.mjs';
import { mintToken } from '../server/token.mjs';
import { endAnswer, tokenAnswer } from './collab-dev-server.mjs';
import { scaleOut } from './collab-scale-out.mjs';

const SECRET = 'test-secret-for-the-browser-tests-only-0123456789';

export function collabTestServer() {
  let started;
  let dataDir;
  let port = 0;
  const start = async () => {
    dataDir ??= mkdtempSync(join(tmpdir(), 'map-timeline-collab-'));
    const config = readConfig({ PORT: String(port), HOST: '127.0.0.1', AUTH_SECRET: SECRET, DATA_DIR: dataDir });
    const collab = await createCollabServer(config, { warn() {}, error: console.error, log() {} });
    await collab.listen();
    port = collab.port;
    return collab;
  };
  /** Stops the server as a deploy would (every open room stored first); the next start reuses port and folder. */
  const stop = async () => {
    const running = started;
    started = undefined;
    if (running) await (await running).stop();
  };
  const cluster = scaleOut(SECRET);
  return {
    name: 'collab-test-server',
    // The demo asks its dev server for tokens (scripts/collab-dev-server.mjs); here the test server answers them.
    async serve(context) {
      if (context.path === '/collab/end') {
        const query = new URLSearchParams(context.querystring);
        const collab = await (started ??= start());
        const { body } = await endAnswer(context.method, query, context.get('authorization'), {
          secret: SECRET,
          collab,
        });
        return { body: JSON.stringify(body), type: 'json' };
      }
      if (context.path !== '/collab/token') return undefined;
      started ??= start();
      const url = `ws://127.0.0.1:${(await started).port}`;
      // A plugin's answer is always sent as 200; the demo reads a refusal from the body's error all the same.
      const { body } = await tokenAnswer(new URLSearchParams(context.querystring), { secret: SECRET, url });
      return { body: JSON.stringify(body), type: 'json' };
    },
    async executeCommand({ command, payload }) {
      if (command === 'collab-server') {
        started ??= start();
        return { url: `ws://127.0.0.1:${(await started).port}` };
      }
      if (command === 'collab-server-stop') {
        await stop();
        return true;
      }
      if (command === 'collab-token') {
        const { secret, ...claims } = payload;
        return mintToken(claims, secret ?? SECRET);
      }
      return cluster.executeCommand(command, payload);
    },
    async serverStop() {
      await stop();
      await cluster.stop();
      if (dataDir) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
