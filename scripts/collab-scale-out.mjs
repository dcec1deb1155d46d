// Several instances for the browser tests: two servers (the real entry point, as separate processes) sharing a
// throwaway Postgres and Redis, and a balancer in front of the first, started on the first `collab-scale-out`
// command. Without Postgres or Redis the command answers with a reason to skip, except under CI, where it fails.
import { scaleOutSkipReason, startCluster } from '../server/test/support/cluster.mjs';

export function scaleOut(secret) {
  let started;
  const cleanups = [];
  const start = async () => {
    const skip = scaleOutSkipReason();
    return skip ? { skip } : startCluster(secret, cleanups);
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
