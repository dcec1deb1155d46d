// `npm start`: the demo's dev server also runs a local collaboration server, and hands the demo page tokens for it.
// The secret is made at start and stays in this process: pages only ever see tokens.
import { randomBytes } from 'node:crypto';
import { readConfig } from '../server/config.mjs';
import { createCollabServer } from '../server/create-server.mjs';
import { mintToken } from '../server/token.mjs';

const SIDES = new Set(['seller', 'buyer']);

/** A Vite plugin: the collaboration server next to the dev server, and `GET /collab/token?room=…&side=…`. */
export function collabDevServer({ port = 1234, dataDir = 'collab-data' } = {}) {
  const secret = randomBytes(32).toString('hex');
  let collab;
  return {
    name: 'collab-dev-server',
    apply: 'serve',
    async configureServer(server) {
      const config = readConfig({ PORT: String(port), HOST: '127.0.0.1', AUTH_SECRET: secret, DATA_DIR: dataDir });
      collab = await createCollabServer(config).catch((error) => {
        server.config.logger.warn(`Live collaboration is off: ${error.message}`);
        return undefined;
      });
      if (collab) {
        await collab.listen().then(
          () => server.config.logger.info(`Collaboration server on ws://127.0.0.1:${collab.port}`),
          (error) => {
            server.config.logger.warn(`Live collaboration is off: port ${port} is taken (${error.message})`);
            collab = undefined;
          },
        );
      }
      server.httpServer?.once('close', () => void collab?.stop());
      server.middlewares.use('/collab/token', async (request, response) => {
        const query = new URL(request.url ?? '', 'http://localhost').searchParams;
        const room = query.get('room') ?? '';
        const side = query.get('side') ?? '';
        const answer = (status, body) => {
          response.statusCode = status;
          response.setHeader('Content-Type', 'application/json');
          response.end(JSON.stringify(body));
        };
        if (!collab) return answer(503, { error: 'The local collaboration server is not running.' });
        if (!room || !SIDES.has(side)) return answer(400, { error: 'Ask with ?room=<plan id>&side=seller|buyer' });
        const name = side === 'seller' ? 'Sam (seller)' : 'Bea (buyer)';
        const token = await mintToken({ room, side, name }, secret);
        const host = (request.headers.host ?? 'localhost').replace(/:\d+$/, '');
        answer(200, { url: `ws://${host}:${collab.port}`, token, name });
      });
    },
  };
}
