// One server per data folder: two processes writing the same database file would each overwrite the other's rooms.
import { open, readFile, unlink } from 'node:fs/promises';
import { join } from 'node:path';

export async function takeFolderLock(dataDir) {
  const lockFile = join(dataDir, 'server.lock');
  for (let attempt = 0; attempt < 2; attempt += 1) {
    try {
      const handle = await open(lockFile, 'wx');
      await handle.writeFile(String(process.pid));
      await handle.close();
      return () => unlink(lockFile).catch(() => {});
    } catch (error) {
      if (error.code !== 'EEXIST') throw error;
      const owner = Number(await readFile(lockFile, 'utf8').catch(() => ''));
      if (isRunning(owner)) {
        throw new Error(`Another server (process ${owner}) uses ${dataDir}: give each instance its own DATA_DIR`, {
          cause: error,
        });
      }
      await unlink(lockFile).catch(() => {}); // left by a server that was killed
    }
  }
  throw new Error(`Cannot take ${lockFile}`);
}

function isRunning(pid) {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === 'EPERM';
  }
}
