// The collaboration server on one machine, through its real entry point: pages sync, tokens are checked, read-only
// is enforced, rooms survive a restart, and limits close abusive connections with a reason.
import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { mintToken } from '../token.mjs';
import {
  connect,
  leave,
  nextEvent,
  planOf,
  refusal,
  synced,
  whenPlanHas,
  whenPresenceHas,
} from './support/clients.mjs';
import { newSecret, removeFolder, startServer, tempFolder } from './support/server-process.mjs';
import { storedPlan } from './support/stored-rooms.mjs';

const SECRET = newSecret();
const ROOM = 'acme-deal';
const cleanups = [];
after(() => Promise.all(cleanups.map((cleanup) => cleanup())));

async function serve(env = {}, dataDir) {
  dataDir ??= await tempFolder('collab-server-test-');
  const server = await startServer({ AUTH_SECRET: SECRET, DATA_DIR: dataDir, ...env });
  cleanups.push(async () => {
    await server.kill();
    await removeFolder(dataDir);
  });
  return { ...server, dataDir };
}

// Tests that need no restart share a server; limits are set low on another so a test can reach them.
let plain;
let strict;
const plainServer = () => (plain ??= serve());
const strictServer = () =>
  (strict ??= serve({ MAX_MESSAGE_BYTES: '65536', RATE_LIMIT_PER_SECOND: '1', RATE_LIMIT_BURST: '30' }));

const token = (claims, secret = SECRET) =>
  mintToken({ room: ROOM, side: 'seller', name: 'Ana', write: true, ...claims }, secret);

function page(server, room, accessToken) {
  const provider = connect(server.url, room, accessToken);
  cleanups.unshift(() => leave(provider));
  return provider;
}

test('a seller’s edits reach another seller’s page, both ways', async () => {
  const server = await plainServer();
  const ana = await synced(page(server, ROOM, await token({ name: 'Ana' })));
  const ben = await synced(page(server, ROOM, await token({ name: 'Ben' })));

  ana.document.getMap('plan').set('title', 'Acme rollout');
  assert.equal(await whenPlanHas(ben.document, 'title'), 'Acme rollout');
  ben.document.getMap('plan').set('targetDate', '2027-03-31');
  assert.equal(await whenPlanHas(ana.document, 'targetDate'), '2027-03-31');
  assert.deepEqual(planOf(ana.document), planOf(ben.document));
});

test('refuses a token signed with another secret, an expired one, one for another room, and none', async () => {
  const server = await plainServer();
  const expired = await token({ exp: Math.floor(Date.now() / 1000) - 60 });
  const cases = [
    [await token({}, newSecret()), /^token-bad-signature: /],
    [expired, /^token-expired: the token expired at \d{4}-/],
    [await token({ room: 'other-deal' }), /^token-wrong-room: the token is for room "other-deal", not "acme-deal"/],
    ['', /^token-missing: /],
    ['not-a-token', /^token-malformed: /],
  ];
  for (const [accessToken, reason] of cases) {
    assert.match(await refusal(page(server, ROOM, accessToken)), reason);
  }
  await synced(page(server, ROOM, await token({}))); // the same server lets a good token in
});

test('a buyer’s token cannot open the internal room; a seller’s token for the plan opens it', async () => {
  const server = await plainServer();
  const buyer = await token({ side: 'buyer', name: 'Bea' });
  await synced(page(server, ROOM, buyer));
  assert.match(await refusal(page(server, `${ROOM}#internal`, buyer)), /^room-seller-only: /);
  await synced(page(server, `${ROOM}#internal`, await token({ side: 'seller' })));
});

test('a read-only page’s edits reach neither other pages nor storage; a writer’s edits reach both', async () => {
  const server = await serve();
  const watcher = await synced(page(server, ROOM, await token({ name: 'Watcher' })));
  const reader = await synced(page(server, ROOM, await token({ side: 'buyer', write: false, name: 'Reader' })));
  const writer = await synced(page(server, ROOM, await token({ side: 'buyer', name: 'Writer' })));
  assert.equal(reader.authorizedScope, 'readonly');
  assert.equal(writer.authorizedScope, 'read-write');

  // The server handles one connection's messages in order, so once the watcher sees a page's presence change, it
  // has been sent whatever that page's edit just before it became.
  for (const [provider, key] of [
    [reader, 'fromReader'],
    [writer, 'fromWriter'],
  ]) {
    provider.document.getMap('plan').set(key, 'moved Legal review');
    provider.awareness.setLocalStateField(`${key}Done`, true);
    await whenPresenceHas(watcher, `${key}Done`);
  }
  assert.deepEqual(planOf(watcher.document), { fromWriter: 'moved Legal review' });

  [watcher, reader, writer].forEach(leave); // no page left to reconnect to a stopped server
  assert.equal(await server.stop(), 0);
  assert.deepEqual(await storedPlan(server.dataDir, ROOM), { fromWriter: 'moved Legal review' });
});

test('the server restarted on the same data folder serves the same plan', async () => {
  const first = await serve();
  const ana = await synced(page(first, ROOM, await token({})));
  ana.document.getMap('plan').set('title', 'Acme rollout');
  ana.document.getMap('plan').set('targetDate', '2027-03-31');
  await nextEvent(ana, 'unsyncedChanges', ({ number }) => number === 0);
  leave(ana);
  assert.equal(await first.stop(), 0);

  const second = await serve({}, first.dataDir);
  const ben = await synced(page(second, ROOM, await token({ name: 'Ben' })));
  assert.deepEqual(planOf(ben.document), { title: 'Acme rollout', targetDate: '2027-03-31' });
});

test('a message over the size limit closes its connection with a reason, and the room never gets it', async () => {
  const server = await strictServer();
  const ana = await synced(page(server, ROOM, await token({})));
  ana.document.getMap('plan').set('title', 'Acme rollout'); // positive control: a small edit is kept
  await nextEvent(ana, 'unsyncedChanges', ({ number }) => number === 0);

  const closed = nextEvent(ana, 'close');
  ana.document.getMap('plan').set('notes', 'x'.repeat(100_000));
  const { event } = await closed;
  leave(ana);
  assert.equal(event.code, 1009);
  assert.equal(event.reason, 'message-too-big: over 65536 bytes');

  const ben = await synced(page(server, ROOM, await token({ name: 'Ben' })));
  assert.deepEqual(planOf(ben.document), { title: 'Acme rollout' });
});

test('a connection that floods the server is closed with a reason; a calm one keeps working', async () => {
  const server = await strictServer();
  const calm = await synced(page(server, ROOM, await token({ name: 'Calm' })));
  const flood = await synced(page(server, ROOM, await token({ name: 'Flood' })));

  const closed = nextEvent(flood, 'close');
  for (let move = 0; move < 100; move += 1) flood.awareness.setLocalStateField('dragX', move);
  const { event } = await closed;
  leave(flood);
  assert.equal(event.code, 4429);
  assert.equal(event.reason, 'rate-limited: over 1 messages per second');

  calm.document.getMap('plan').set('title', 'Acme rollout');
  const late = await synced(page(server, ROOM, await token({ name: 'Late' })));
  assert.equal(await whenPlanHas(late.document, 'title'), 'Acme rollout');
});

test('one server per data folder; `GET /health` answers for load balancers', async () => {
  const server = await plainServer();
  await assert.rejects(
    startServer({ AUTH_SECRET: SECRET, DATA_DIR: server.dataDir }),
    /cannot start: Another server \(process \d+\) uses .+: give each instance its own DATA_DIR/,
  );
  const health = await fetch(`http://127.0.0.1:${server.port}/health`);
  assert.equal(health.status, 200);
  assert.equal(await health.text(), 'ok');
});
