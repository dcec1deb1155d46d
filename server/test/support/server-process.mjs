// Runs the real entry point (`node server/index.mjs`) on a free port, as `npm run server` would.
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';

const EXIT_WITH_TEST = new URL('./exit-with-test.mjs', import.meta.url).href;

export const newSecret = () => randomBytes(32).toString('hex');
export const tempFolder = (prefix) => mkdtemp(join(tmpdir(), prefix));
export const removeFolder = (folder) => rm(folder, { recursive: true, force: true });

/** Starts a server and resolves once it listens: `{ url, port, output, stop(), kill() }`. */
export function startServer(env) {
  const child = spawn(process.execPath, ['--import', EXIT_WITH_TEST, 'server/index.mjs'], {
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', ...env },
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  });
  child.unref();
  child.channel?.unref();
  let output = '';
  const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve(code ?? signal)));
  return new Promise((resolve, reject) => {
    child.stderr.on('data', (chunk) => (output += chunk));
    child.stdout.on('data', (chunk) => {
      output += chunk;
      const port = /listening on port (\d+)/.exec(output)?.[1];
      if (!port) return;
      child.stdout.removeAllListeners('data');
      child.stdout.resume();
      resolve({
        port: Number(port),
        url: `ws://127.0.0.1:${port}`,
        output: () => output,
        /** Graceful stop (SIGTERM): the server stores every open room first. Resolves with the exit code. */
        stop: () => (child.exitCode === null && child.kill('SIGTERM'), exited),
        /** A crash: no chance to store anything. */
        kill: () => (child.exitCode === null && child.kill('SIGKILL'), exited),
      });
    });
    exited.then((code) => reject(new Error(`The server exited (${code}) before listening:\n${output}`)));
  });
}
