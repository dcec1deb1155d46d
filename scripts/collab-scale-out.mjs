// Several instances for the browser tests: two servers (the real entry point, as separate processes) sharing a
// throwaway Postgres and Redis, and a balancer in front of the first, started on the first `collab-scale-out`
// command. Without Postgres or Redis the command answers with a reason to skip, except under CI, where it fails.
import { startBalancer } from '../server/test/support/balancer.mjs';
import { startServer } from '../server/test/support/server-process.mjs';
import { missingServices, startPostgres, startRedis } from '../server/test/support/services.mjs';

export function scaleOut(secret) {
  let started;
  const cleanups = [];
  const start = async () => {
    const missing = missingServices();
    if (missing.length) {
      const reason = `the scale-out test needs ${missing.join(' and ')} (apt-get install -y ${missing.join(' ')})`;
      if (process.env.CI) throw new Error(`CI must install what this test needs: ${reason}`);
      return { skip: reason };
    }
    const services = [startPostgres(), startRedis()];
    for (const service of services)
      cleanups.push(() =>
        service.then(
          ({ stop }) => stop(),
          () => {},
        ),
      );
    const [postgres, redis] = await Promise.all(services);
    const env = { AUTH_SECRET: secret, DATABASE_URL: postgres.url, REDIS_URL: redis.url };
    const instances = [startServer(env), startServer(env)];
    for (const instance of instances)
      cleanups.push(() =>
        instance.then(
          ({ kill }) => kill(),
          () => {},
        ),
      );
    const [first, second] = await Promise.all(instances);
    const balancer = await startBalancer(first.port);
    cleanups.push(balancer.close);
    return { first, second, balancer };
  };
  return {
    async executeCommand(command) {
      if (command === 'collab-scale-out') {
        started ??= start();
        const cluster = await started;
        if (cluster.skip) return { skip: cluster.skip };
        return { balancer: cluster.balancer.url, first: cluster.first.url, second: cluster.second.url };
      }
      if (command === 'collab-scale-out-crash-first') {
        // A crash (SIGKILL): the instance stores nothing more. The balancer still sends pages to it, so they stay
        // offline until it is told the instance is gone.
        await (await started).first.kill();
        return true;
      }
      if (command === 'collab-scale-out-route-to-second') {
        const { second, balancer } = await started;
        balancer.routeTo(second.port);
        return true;
      }
      return undefined;
    },
    async stop() {
      for (const cleanup of cleanups.reverse()) await cleanup();
    },
  };
}
