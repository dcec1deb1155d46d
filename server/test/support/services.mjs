// Throwaway Postgres and Redis for the scale-out test: each on a free port in a temporary folder, started from its
// Debian binaries and removed afterwards. Postgres refuses to run as root, so it runs as the `postgres` user then.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { chown } from 'node:fs/promises';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { removeFolder, tempFolder } from './server-process.mjs';

const POSTGRES_ROOT = '/usr/lib/postgresql';

export function postgresBin() {
  const versions = existsSync(POSTGRES_ROOT) ? readdirSync(POSTGRES_ROOT).sort((a, b) => Number(b) - Number(a)) : [];
  const version = versions.find((name) => existsSync(join(POSTGRES_ROOT, name, 'bin', 'postgres')));
  return version ? join(POSTGRES_ROOT, version, 'bin') : null;
}

export function redisServer() {
  const found = (process.env.PATH ?? '').split(':').map((dir) => join(dir, 'redis-server'));
  return found.find((path) => existsSync(path)) ?? null;
}

/** What is missing to run the scale-out test, as the Debian packages that bring it. */
export function missingServices() {
  return [!postgresBin() && 'postgresql', !redisServer() && 'redis-server'].filter(Boolean);
}

export function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
    probe.on('error', reject);
  });
}

// Last resort when a test fails before its cleanup: no database or cache outlives the test process.
const running = new Set();
process.once('exit', () => running.forEach((child) => child.kill('SIGKILL')));

/** Spawns a service and resolves when its log shows `ready`; `stop()` ends it and resolves when it has exited. */
function startService(command, args, ready, options = {}) {
  const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], ...options });
  let log = '';
  running.add(child);
  const exited = new Promise((resolve) => child.once('exit', resolve)).finally(() => running.delete(child));
  return new Promise((resolve, reject) => {
    const onData = (chunk) => {
      log += chunk;
      if (!ready.test(log)) return;
      child.stdout.off('data', onData);
      child.stderr.off('data', onData);
      child.stdout.resume();
      child.stderr.resume();
      resolve({ stop: (signal = 'SIGTERM') => (child.exitCode === null && child.kill(signal), exited) });
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('error', reject);
    exited.then((code) => reject(new Error(`${command} exited (${code}) before it was ready:\n${log}`)));
  });
}

export async function startPostgres() {
  const bin = postgresBin();
  const folder = await tempFolder('collab-postgres-');
  const asRoot = process.getuid?.() === 0;
  const user = asRoot
    ? { uid: Number(execFileSync('id', ['-u', 'postgres'])), gid: Number(execFileSync('id', ['-g', 'postgres'])) }
    : {};
  if (asRoot) await chown(folder, user.uid, user.gid);
  const data = join(folder, 'data');
  execFileSync(join(bin, 'initdb'), ['-D', data, '-U', 'postgres', '-A', 'trust', '--no-sync', '-E', 'UTF8'], {
    stdio: 'ignore',
    ...user,
  });
  const port = await freePort();
  const service = await startService(
    join(bin, 'postgres'),
    ['-D', data, '-p', String(port), '-k', folder, '-h', '127.0.0.1', '-F'],
    /database system is ready to accept connections/,
    user,
  );
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    async stop() {
      await service.stop('SIGINT'); // "fast" shutdown
      await removeFolder(folder);
    },
  };
}

export async function startRedis() {
  const folder = await tempFolder('collab-redis-');
  const port = await freePort();
  const service = await startService(
    redisServer(),
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', folder],
    /Ready to accept connections/,
  );
  return {
    url: `redis://127.0.0.1:${port}`,
    async stop() {
      await service.stop();
      await removeFolder(folder);
    },
  };
}
