// The server's settings, all from environment variables, checked up front so a bad value stops it with a clear message.

const MIB = 1024 * 1024;

/** Every variable the server reads: the `--help` text and the README come from this list. */
export const SETTINGS = [
  ['PORT', '1234', 'port to listen on (0 picks a free one)'],
  ['HOST', '0.0.0.0', 'address to listen on'],
  ['AUTH_SECRET', null, 'shared secret that signs access tokens, at least 32 characters (required)'],
  ['DATA_DIR', './collab-data', 'folder of the embedded SQLite database, used when DATABASE_URL is not set'],
  ['DATABASE_URL', null, 'postgres://… : keep rooms in Postgres, shared by several instances'],
  ['REDIS_URL', null, 'redis://… : join several instances through Redis (needs DATABASE_URL)'],
  ['MAX_MESSAGE_BYTES', String(8 * MIB), 'largest message a client may send; larger ones close its connection'],
  ['RATE_LIMIT_PER_SECOND', '200', 'messages per second one connection may send on average'],
  ['RATE_LIMIT_BURST', '1000', 'messages one connection may send at once before the average applies'],
];

export class ConfigError extends Error {
  constructor(problems) {
    super(`The collaboration server cannot start:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

export function helpText() {
  const width = Math.max(...SETTINGS.map(([name]) => name.length));
  const lines = SETTINGS.map(
    ([name, fallback, meaning]) => `  ${name.padEnd(width)}  ${meaning}${fallback ? ` (default ${fallback})` : ''}`,
  );
  return [
    'Live collaboration server for <map-timeline>: one room per plan id, plus a seller-only "<plan id>#internal".',
    '',
    'Usage: npm run server            (node server/index.mjs)',
    '       npm run token -- --room R --side seller|buyer [--read-only] [--name N] [--hours H]',
    '',
    'Environment variables:',
    ...lines,
  ].join('\n');
}

/** The settings as values, or a `ConfigError` naming every bad one. */
export function readConfig(env) {
  const problems = [];
  const value = (name) => {
    const given = env[name]?.trim();
    return given ? given : (SETTINGS.find(([key]) => key === name)[1] ?? undefined);
  };
  const whole = (name, min, max) => {
    const text = value(name);
    const number = Number(text);
    if (!/^\d+$/.test(text) || number < min || number > max) {
      problems.push(`${name} must be a whole number from ${min} to ${max}, not "${text}"`);
    }
    return number;
  };

  const config = {
    port: whole('PORT', 0, 65535),
    host: value('HOST'),
    authSecret: value('AUTH_SECRET'),
    dataDir: value('DATA_DIR'),
    databaseUrl: value('DATABASE_URL'),
    redisUrl: value('REDIS_URL'),
    maxMessageBytes: whole('MAX_MESSAGE_BYTES', 1024, 512 * MIB),
    rateLimit: {
      perSecond: whole('RATE_LIMIT_PER_SECOND', 1, 100_000),
      burst: whole('RATE_LIMIT_BURST', 1, 1_000_000),
    },
  };
  if (!config.authSecret) {
    problems.push(
      'AUTH_SECRET is not set; make one with: node -e "console.log(crypto.randomBytes(32).toString(\'hex\'))"',
    );
  } else if (config.authSecret.length < 32) {
    problems.push(`AUTH_SECRET must be at least 32 characters, it has ${config.authSecret.length}`);
  }
  for (const [name, schemes] of [
    ['DATABASE_URL', ['postgres:', 'postgresql:']],
    ['REDIS_URL', ['redis:', 'rediss:']],
  ]) {
    const url = value(name);
    if (url && !schemes.includes(URL.canParse(url) ? new URL(url).protocol : '')) {
      problems.push(`${name} must be a ${schemes[0]}// URL`);
    }
  }
  if (config.redisUrl && !config.databaseUrl) {
    problems.push('REDIS_URL joins instances that must share one store: set DATABASE_URL too');
  }
  if (problems.length) throw new ConfigError(problems);
  return config;
}
