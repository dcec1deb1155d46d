// One URL in front of the instances, as a load balancer gives pages: it forwards each new connection to the instance
// it is told is healthy, so a page whose instance died reconnects, by itself, to another one.
import { connect, createServer } from 'node:net';

export function startBalancer(port) {
  let target = port;
  const sockets = new Set();
  const server = createServer((page) => {
    const instance = connect(target, '127.0.0.1');
    for (const socket of [page, instance]) {
      sockets.add(socket);
      socket.on('close', () => sockets.delete(socket));
      socket.on('error', () => [page, instance].forEach((end) => end.destroy()));
    }
    page.pipe(instance).pipe(page);
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () =>
      resolve({
        url: `ws://127.0.0.1:${server.address().port}`,
        routeTo: (port) => (target = port),
        close: () => {
          sockets.forEach((socket) => socket.destroy());
          return new Promise((done) => server.close(done));
        },
      }),
    );
  });
}
