// A room whose sharing the seller ended stays ended: after a restart on the same data folder, and on another instance
// that shares the Postgres database.
import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { readConfig } from '../config.mjs';
import { createCollabServer } from '../create-server.mjs';
import { mintToken } from '../token.mjs';
import { connect, leave, refusal, synced } from './support/clients.mjs';
import { newSecret, removeFolder, tempFolder } from './support/server-process.mjs';
import { postgresBin, startPostgres } from './support/services.mjs';

const SECRET = newSecret();
const ROOM = 'acme-deal';
const QUIET = { warn() {}, error: console.error, log() {} };
const cleanups = [];
after(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
});

async function start(env) {
  const collab = await createCollabServer(
    readConfig({ PORT: '0', HOST: '127.0.0.1', AUTH_SECRET: SECRET, ...env }),
    QUIET,
  );
  await collab.listen();
  return { collab, url: `ws://127.0.0.1:${collab.port}` };
}

const buyerToken = () => mintToken({ room: ROOM, side: 'buyer', name: 'Bea' }, SECRET);

async function joins(url) {
  const page = connect(url, ROOM, await buyerToken());
  try {
    await synced(page);
  } finally {
    await leave(page);
  }
}

async function refused(url) {
  const page = connect(url, ROOM, await buyerToken());
  try {
    return await refusal(page);
  } finally {
    await leave(page);
  }
}

test('a room whose sharing ended refuses every token after the server restarts on the same data folder', async () => {
  const dataDir = await tempFolder('collab-ended-');
  cleanups.push(() => removeFolder(dataDir));
  const first = await start({ DATA_DIR: dataDir });
  await joins(first.url); // the control: the token opens the room while it is shared
  await first.collab.endSharing(ROOM);
  assert.match(await refused(first.url), /^sharing-ended: /);
  await first.collab.stop();

  const again = await start({ DATA_DIR: dataDir });
  cleanups.push(() => again.collab.stop());
  assert.match(await refused(again.url), /^sharing-ended: /);
  const other = connect(again.url, 'another-deal', await mintToken({ room: 'another-deal', side: 'buyer' }, SECRET));
  await synced(other); // other rooms stay open
  await leave(other);
});

test('a room whose sharing ended on one instance is refused by another on the same Postgres', async (t) => {
  if (!postgresBin()) {
    if (process.env.CI) throw new Error('CI must install what this test needs: apt-get install -y postgresql');
    t.skip('needs postgresql (apt-get install -y postgresql)');
    return;
  }
  const postgres = await startPostgres();
  cleanups.push(() => postgres.stop());
  const [one, two] = [await start({ DATABASE_URL: postgres.url }), await start({ DATABASE_URL: postgres.url })];
  cleanups.push(
    () => one.collab.stop(),
    () => two.collab.stop(),
  );
  await joins(two.url);
  await one.collab.endSharing(ROOM);
  assert.match(await refused(two.url), /^sharing-ended: /);
});
