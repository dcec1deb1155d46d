// Several instances: two servers sharing Postgres and Redis, one page on each. Edits and presence cross, and a page
// whose instance crashes while it edits offline loses nothing once it reconnects to the other instance.
import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import pg from 'pg';
import * as Y from 'yjs';
import { mintToken } from '../token.mjs';
import { connect, leave, nextEvent, planOf, synced, whenPlanHas, whenPresenceHas } from './support/clients.mjs';
import { scaleOutSkipReason, startCluster } from './support/cluster.mjs';
import { newSecret } from './support/server-process.mjs';

const ROOM = 'acme-deal';
const SECRET = newSecret();
const cleanups = [];
after(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
});

async function storedPlan(databaseUrl) {
  const client = new pg.Client(databaseUrl);
  await client.connect();
  try {
    const { rows } = await client.query('SELECT state FROM collab_rooms WHERE name = $1', [ROOM]);
    const doc = new Y.Doc();
    Y.applyUpdate(doc, rows[0].state);
    return planOf(doc);
  } finally {
    await client.end();
  }
}

test('two instances sharing Postgres and Redis: edits and presence cross, and a crash loses nothing', async (t) => {
  const reason = scaleOutSkipReason();
  if (reason) {
    console.log(`# Skipping: ${reason}`);
    t.skip(reason);
    return;
  }
  const { postgres, first, second, balancer } = await startCluster(SECRET, cleanups);

  const sellerToken = await mintToken({ room: ROOM, side: 'seller', name: 'Ana' }, SECRET);
  const buyerToken = await mintToken({ room: ROOM, side: 'buyer', name: 'Bea' }, SECRET);
  const ana = await synced(connect(balancer.url, ROOM, sellerToken));
  const bea = await synced(connect(second.url, ROOM, buyerToken));
  cleanups.push(
    () => leave(ana),
    () => leave(bea),
  );
  const anaPlan = ana.document.getMap('plan');
  const beaPlan = bea.document.getMap('plan');

  anaPlan.set('title', 'Acme rollout');
  assert.equal(await whenPlanHas(bea.document, 'title'), 'Acme rollout');
  beaPlan.set('targetDate', '2027-03-31');
  assert.equal(await whenPlanHas(ana.document, 'targetDate'), '2027-03-31');
  ana.awareness.setLocalStateField('user', { name: 'Ana', color: '#0a6' });
  assert.deepEqual(await whenPresenceHas(bea, 'user'), { name: 'Ana', color: '#0a6' });

  // Ana's instance crashes; the balancer sends new connections to the other one. Ana edits while she is offline
  // (her page waits before reconnecting) and Bea edits on the live instance.
  const offline = nextEvent(ana, 'disconnect');
  balancer.routeTo(second.port);
  await first.kill();
  await offline;
  anaPlan.set('legalReview', '2027-02-01');
  anaPlan.set('signing', '2027-03-15');
  beaPlan.set('kickoff', '2027-01-10');

  await Promise.all([whenPlanHas(bea.document, 'signing'), whenPlanHas(ana.document, 'kickoff')]);
  const everything = {
    title: 'Acme rollout',
    targetDate: '2027-03-31',
    legalReview: '2027-02-01',
    signing: '2027-03-15',
    kickoff: '2027-01-10',
  };
  assert.deepEqual(planOf(ana.document), everything);
  assert.deepEqual(planOf(bea.document), everything);

  leave(ana);
  leave(bea);
  assert.equal(await second.stop(), 0);
  assert.deepEqual(await storedPlan(postgres.url), everything);
});
