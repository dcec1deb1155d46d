// The collaboration server: Hocuspocus with token checks, connection limits, and the store the settings choose.
import { Database } from '@hocuspocus/extension-database';
import { Server } from '@hocuspocus/server';
import { guardConnection } from './connection-guard.mjs';
import { INTERNAL_SUFFIX, TokenError, accessTo, isInternalRoom, verifyToken } from './token.mjs';

/** Opens the store and returns the server, not yet listening: `await server.listen()`, then `await stop()`. */
export async function createCollabServer(config, log = console) {
  // Each store's modules load only when it is chosen: one machine never loads the Postgres or Redis clients.
  const store = config.databaseUrl
    ? await (await import('./storage/postgres.mjs')).openPostgresStore(config.databaseUrl)
    : await (await import('./storage/sqlite.mjs')).openSqliteStore(config.dataDir);
  const extensions = [
    new Database({
      fetch: ({ documentName }) => store.fetch(documentName),
      store: ({ documentName, state }) => store.store(documentName, state),
    }),
  ];
  if (config.redisUrl) {
    const [{ Redis }, { default: RedisClient }] = await Promise.all([
      import('@hocuspocus/extension-redis'),
      import('ioredis'),
    ]);
    extensions.unshift(new Redis({ createClient: () => new RedisClient(config.redisUrl) }));
  }

  /** Rooms whose sharing the seller ended (see `endSharing`), as this process learnt them; the store keeps them all. */
  const ended = new Set();
  const sharingEnded = async (room) => {
    if (!ended.has(room) && (await store.sharingEnded(room))) ended.add(room);
    return ended.has(room);
  };
  const server = new Server(
    {
      port: config.port,
      address: config.host,
      quiet: true,
      stopOnSignals: false,
      extensions,
      async onAuthenticate({ token, documentName, connectionConfig }) {
        const claims = await verifyToken(token, config.authSecret);
        connectionConfig.readOnly = accessTo(claims, documentName).readOnly;
        const room = isInternalRoom(documentName) ? documentName.slice(0, -INTERNAL_SUFFIX.length) : documentName;
        if (await sharingEnded(room)) throw new TokenError('sharing-ended', 'the seller stopped sharing this plan');
        return { user: { name: claims.name, side: claims.side } };
      },
      async onRequest({ request, response }) {
        if (request.url !== '/health') return;
        response.writeHead(200, { 'Content-Type': 'text/plain' });
        response.end('ok');
        throw null; // handled: Hocuspocus stops its default answer on an empty rejection
      },
    },
    { maxPayload: config.maxMessageBytes },
  );
  server.webSocketServer.on('connection', (socket) => guardConnection(socket, config, log));

  return {
    server,
    storage: store.description,
    get port() {
      return server.address.port;
    },
    /**
     * Listens on the configured host and port; rejects when the port is taken. Hocuspocus 3 hands Node `address`,
     * which Node does not read (it listened on every interface, whatever HOST said), and leaves a taken port's error
     * unheard, which would end the process.
     */
    listen: () =>
      new Promise((resolve, reject) => {
        const http = server.httpServer;
        const listen = http.listen.bind(http);
        http.listen = (options, callback) => listen({ port: options.port, host: config.host }, callback);
        http.once('error', reject);
        server.listen().then((value) => {
          http.off('error', reject);
          resolve(value);
        }, reject);
      }),
    /**
     * Ends the sharing of a room: the pages in it are disconnected, and their tokens (any token) are refused from then
     * on, so a buyer's page says it is no longer shared instead of taking edits no one receives. Kept in the store, so
     * a restart or another instance on the same database refuses them too (pages connected to another instance at
     * that moment stay until they reconnect).
     */
    async endSharing(room) {
      await store.endSharing(room);
      ended.add(room);
      // Their sockets close, not only the room's channel on them: a page reconnects, asks again and is refused.
      for (const name of [room, room + INTERNAL_SUFFIX])
        server.hocuspocus.documents.get(name)?.connections.forEach(({ connection }) => connection.webSocket.close());
    },
    /** Closes every connection, stores every open room, then closes the store. */
    async stop() {
      await server.destroy();
      // Hocuspocus unloads the rooms but leaves the sockets open: a server stopped inside a process that carries on
      // (a dev or test server restarted in place) would keep pages on a server that no longer answers.
      for (const socket of server.webSocketServer.clients) socket.terminate();
      await store.close();
    },
  };
}
