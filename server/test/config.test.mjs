import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { test } from 'node:test';
import { readConfig, SETTINGS } from '../config.mjs';

const SECRET = 'x'.repeat(32);

test('defaults: one machine on port 1234 with the embedded database in ./collab-data', () => {
  assert.deepEqual(readConfig({ AUTH_SECRET: SECRET }), {
    port: 1234,
    host: '0.0.0.0',
    authSecret: SECRET,
    dataDir: './collab-data',
    databaseUrl: undefined,
    redisUrl: undefined,
    maxMessageBytes: 8 * 1024 * 1024,
    rateLimit: { perSecond: 200, burst: 1000 },
  });
});

test('several instances: Postgres and Redis from their URLs', () => {
  const config = readConfig({
    AUTH_SECRET: SECRET,
    DATABASE_URL: 'postgres://collab:pw@db:5432/collab',
    REDIS_URL: 'redis://cache:6379',
  });
  assert.equal(config.databaseUrl, 'postgres://collab:pw@db:5432/collab');
  assert.equal(config.redisUrl, 'redis://cache:6379');
});

test('every bad setting is named at once, and no secret or URL is echoed', () => {
  assert.throws(
    () =>
      readConfig({
        AUTH_SECRET: 'short',
        PORT: '70000',
        DATABASE_URL: 'mysql://u:hunter2@x/db',
        RATE_LIMIT_BURST: '0',
      }),
    (error) => {
      assert.match(error.message, /PORT must be a whole number from 0 to 65535, not "70000"/);
      assert.match(error.message, /AUTH_SECRET must be at least 32 characters, it has 5/);
      assert.match(error.message, /DATABASE_URL must be a postgres:\/\/ URL/);
      assert.match(error.message, /RATE_LIMIT_BURST must be a whole number from 1/);
      assert.doesNotMatch(error.message, /hunter2|short/);
      return true;
    },
  );
  assert.throws(() => readConfig({}), /AUTH_SECRET is not set/);
  assert.throws(
    () => readConfig({ AUTH_SECRET: SECRET, REDIS_URL: 'redis://cache' }),
    /REDIS_URL joins instances that must share one store: set DATABASE_URL too/,
  );
});

test('`node server/index.mjs --help` lists every variable; a bad setting stops it with exit code 2', () => {
  const help = spawnSync(process.execPath, ['server/index.mjs', '--help'], { encoding: 'utf8' });
  assert.equal(help.status, 0);
  for (const [name] of SETTINGS) assert.match(help.stdout, new RegExp(`^  ${name} `, 'm'));
  const bad = spawnSync(process.execPath, ['server/index.mjs'], { encoding: 'utf8', env: { PATH: process.env.PATH } });
  assert.equal(bad.status, 2);
  assert.match(bad.stderr, /AUTH_SECRET is not set/);
});
