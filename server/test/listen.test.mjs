// The server in this process, as the demo's dev server runs it: on the host it is told, and a taken port is an error
// the caller hears, not the end of the process.
import assert from 'node:assert/strict';
import net from 'node:net';
import { test } from 'node:test';
import { readConfig } from '../config.mjs';
import { createCollabServer } from '../create-server.mjs';
import { newSecret, removeFolder, tempFolder } from './support/server-process.mjs';

async function collabOn(port, host) {
  const dataDir = await tempFolder('collab-listen-test-');
  const collab = await createCollabServer(
    readConfig({ PORT: String(port), HOST: host, AUTH_SECRET: newSecret(), DATA_DIR: dataDir }),
  );
  return { collab, done: () => collab.stop().then(() => removeFolder(dataDir)) };
}

const freePort = () =>
  new Promise((resolve) => {
    const probe = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });

test('listens on the HOST given, not on every interface', async () => {
  const { collab, done } = await collabOn(await freePort(), '127.0.0.1');
  try {
    await collab.listen();
    assert.equal(collab.server.httpServer.address().address, '127.0.0.1');
    const health = await fetch(`http://127.0.0.1:${collab.port}/health`);
    assert.equal(await health.text(), 'ok');
  } finally {
    await done();
  }
});

test('a port already taken rejects listen() with EADDRINUSE, and the process carries on', async () => {
  const port = await freePort();
  const blocker = net.createServer();
  await new Promise((resolve) => blocker.listen(port, '127.0.0.1', resolve));
  const taken = await collabOn(port, '127.0.0.1');
  try {
    await assert.rejects(taken.collab.listen(), { code: 'EADDRINUSE' });
  } finally {
    await taken.done();
    await new Promise((resolve) => blocker.close(resolve));
  }
  // The control: the same port, once free, is listened on.
  const free = await collabOn(port, '127.0.0.1');
  try {
    await free.collab.listen();
    assert.equal(free.collab.port, port);
  } finally {
    await free.done();
  }
});
