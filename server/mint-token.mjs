#!/usr/bin/env node
// `npm run token -- --room R --side seller|buyer [--read-only] [--name N] [--hours H]`: prints a token signed with
// AUTH_SECRET, for trying the server by hand; a host's back end calls `mintToken` from server/token.mjs instead.
import { parseArgs } from 'node:util';
import { mintToken } from './token.mjs';

const usage = 'Usage: AUTH_SECRET=… npm run token -- --room R --side seller|buyer [--read-only] [--name N] [--hours H]';
let options;
try {
  ({ values: options } = parseArgs({
    options: {
      room: { type: 'string' },
      side: { type: 'string' },
      'read-only': { type: 'boolean', default: false },
      name: { type: 'string', default: '' },
      hours: { type: 'string', default: '12' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  }));
} catch (error) {
  console.error(`${error.message}\n${usage}`);
  process.exit(2);
}
if (options.help) {
  console.log(usage);
  process.exit(0);
}

const hours = Number(options.hours);
const problems = [
  !process.env.AUTH_SECRET && 'AUTH_SECRET is not set',
  !options.room && '--room is required (the plan id)',
  !['seller', 'buyer'].includes(options.side) && '--side must be seller or buyer',
  !(hours > 0) && '--hours must be a positive number',
].filter(Boolean);
if (problems.length) {
  console.error(`${problems.join('\n')}\n${usage}`);
  process.exit(2);
}

try {
  const token = await mintToken(
    {
      room: options.room,
      side: options.side,
      write: !options['read-only'],
      name: options.name,
      exp: Math.floor(Date.now() / 1000 + hours * 3600),
    },
    process.env.AUTH_SECRET,
  );
  console.log(token);
} catch (error) {
  console.error(error.message);
  process.exit(2);
}
