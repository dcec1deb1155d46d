// `npm start`: the demo's dev server also runs a local collaboration server, and hands the demo page tokens for it.
// The secret is made at start and stays in this process: pages only ever see tokens.
import { randomBytes } from 'node:crypto';
import { readConfig } from '../server/config.mjs';
import { createCollabServer } from '../server/create-server.mjs';
import { accessTo, mintToken, verifyToken } from '../server/token.mjs';

const SIDES = new Set(['seller', 'buyer']);
/** Where a dev server that is closing leaves the promise of its collaboration server's stop (see `start`). */
const STOPPED = Symbol.for('map-timeline.collab-dev-server.stopped');

/**
 * A Vite plugin: the collaboration server next to the dev server, `GET /collab/token?room=…&side=…`, and
 * `POST /collab/end?room=…` (with the seller's token as `Authorization: Bearer …`) for Stop sharing.
 */
export function collabDevServer({ port = 1234, dataDir = 'collab-data' } = {}) {
  const secret = randomBytes(32).toString('hex');
  let collab;
  return {
    name: 'collab-dev-server',
    apply: 'serve',
    async configureServer(server) {
      // `npm start -- --host` shows the demo to other computers (a buyer's): the collaboration server follows it.
      const exposed = ![undefined, false, 'localhost', '127.0.0.1'].includes(server.config.server.host);
      const HOST = exposed ? '0.0.0.0' : '127.0.0.1';
      const config = readConfig({ PORT: String(port), HOST, AUTH_SECRET: secret, DATA_DIR: dataDir });
      const start = async () => {
        // A restart (a changed config) makes the new dev server before it closes the old one: the old collaboration
        // server lets go of its port and data folder first, or the new one could not have them.
        await globalThis[STOPPED];
        collab = await createCollabServer(config).catch((error) => {
          server.config.logger.warn(`Live collaboration is off: ${error.message}`);
          return undefined;
        });
        await collab?.listen().then(
          () => server.config.logger.info(`Collaboration server on ws://${HOST}:${collab.port}`),
          (error) => {
            server.config.logger.warn(`Live collaboration is off: port ${port} is taken (${error.message})`);
            collab = undefined;
          },
        );
      };
      let ready = Promise.resolve();
      if (server.httpServer) server.httpServer.once('listening', () => (ready = start()));
      else ready = start();
      server.httpServer?.once('close', () => {
        globalThis[STOPPED] = ready.then(() => collab?.stop());
      });
      server.middlewares.use('/collab/token', async (request, response) => {
        await ready;
        const query = new URL(request.url ?? '', 'http://localhost').searchParams;
        const host = (request.headers.host ?? 'localhost').replace(/:\d+$/, '');
        // Where other computers reach this demo (none unless it was started with --host): a link for the buyer.
        const answer = await tokenAnswer(query, {
          secret,
          url: collab && `ws://${host}:${collab.port}`,
          network: server.resolvedUrls?.network ?? [],
        });
        sendJson(response, answer);
      });
      server.middlewares.use('/collab/end', async (request, response) => {
        await ready;
        const query = new URL(request.url ?? '', 'http://localhost').searchParams;
        sendJson(response, await endAnswer(request.method, query, request.headers.authorization, { secret, collab }));
      });
    },
  };
}

function sendJson(response, { status, body }) {
  response.statusCode = status;
  response.setHeader('Content-Type', 'application/json');
  response.end(JSON.stringify(body));
}

/**
 * The demo's answer to `POST /collab/end?room=…`: the seller whose token (`Authorization: Bearer …`) writes to the
 * room ends its sharing (see `endSharing`); the buyer's pages in it are told it is no longer shared.
 */
export async function endAnswer(method, query, authorization, { secret, collab }) {
  const room = query.get('room') ?? '';
  if (method !== 'POST') return { status: 405, body: { error: 'Ask with POST /collab/end?room=<plan id>' } };
  if (!collab) return { status: 503, body: { error: 'The local collaboration server is not running.' } };
  try {
    const claims = await verifyToken(String(authorization ?? '').replace(/^Bearer /, ''), secret);
    accessTo(claims, room);
    if (claims.side !== 'seller' || !claims.write) throw new Error('only the seller may stop sharing the plan');
  } catch (error) {
    return { status: 403, body: { error: error instanceof Error ? error.message : String(error) } };
  }
  await collab.endSharing(room);
  return { status: 200, body: { ended: room } };
}

/**
 * The demo's answer to `GET /collab/token?room=…&side=…[&name=…]`: a token for the collaboration server at `url`
 * (undefined when it is not running), for the side asked, naming the person as asked. A demo trusts the side it is asked for; a real back end decides it from its
 * own login.
 */
export async function tokenAnswer(query, { secret, url, network = [] }) {
  const room = query.get('room') ?? '';
  const side = query.get('side') ?? '';
  if (!url) return { status: 503, body: { error: 'The local collaboration server is not running.' } };
  if (!room || !SIDES.has(side)) return { status: 400, body: { error: 'Ask with ?room=<plan id>&side=seller|buyer' } };
  // The name the others see: the one the page asks for (`&name=`), cut to 40 characters of printable text, or the side.
  const asked = (query.get('name') ?? '')
    .replace(/[\p{Cc}\p{Cf}]/gu, '')
    .trim()
    .slice(0, 40);
  const name = asked || (side === 'seller' ? 'Seller' : 'Buyer');
  const token = await mintToken({ room, side, name }, secret);
  return { status: 200, body: { url, token, name, network } };
}
