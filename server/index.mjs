#!/usr/bin/env node
// `npm run server`: the live collaboration server for <map-timeline>. Settings: `node server/index.mjs --help`.
import { ConfigError, helpText, readConfig } from './config.mjs';
import { createCollabServer } from './create-server.mjs';

if (process.argv.includes('--help') || process.argv.includes('-h')) {
  console.log(helpText());
  process.exit(0);
}

let config;
try {
  config = readConfig(process.env);
} catch (error) {
  if (!(error instanceof ConfigError)) throw error;
  console.error(`${error.message}\n\nRun with --help for every setting.`);
  process.exit(2);
}

const collab = await createCollabServer(config).catch((error) => {
  console.error(`The collaboration server cannot start: ${error.message}`);
  process.exit(1);
});
await collab.listen();
const joined = config.redisUrl ? `, joined to other instances through Redis` : '';
console.log(`Collaboration server listening on port ${collab.port} (rooms in ${collab.storage}${joined})`);

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, async () => {
    if (stopping) return;
    stopping = true;
    await collab.stop();
    console.log('Collaboration server stopped; every open room was stored.');
    process.exit(0);
  });
}
