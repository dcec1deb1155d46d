// Several instances of the real server (separate processes) sharing a throwaway Postgres and Redis, with a balancer
// in front of the first: what the scale-out tests in Node and in the browser both run against.
import { startBalancer } from './balancer.mjs';
import { startServer } from './server-process.mjs';
import { missingServices, startPostgres, startRedis } from './services.mjs';

/** Why the scale-out tests cannot run here, or undefined when they can. Under CI a missing service is an error. */
export function scaleOutSkipReason() {
  const missing = missingServices();
  if (!missing.length) return undefined;
  const reason = `the scale-out test needs ${missing.join(' and ')} (apt-get install -y ${missing.join(' ')})`;
  if (process.env.CI) throw new Error(`CI must install what this test needs: ${reason}`);
  return reason;
}

/** Starts Postgres, Redis, two instances and the balancer; every stop is pushed onto `cleanups`, even on failure. */
export async function startCluster(secret, cleanups) {
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
  return { postgres, redis, first, second, balancer };
}
