// One machine's store: an SQLite database (sql.js, compiled to WebAssembly, so nothing is built natively) kept in
// memory and written to `<DATA_DIR>/collab.sqlite` after each store, atomically (temporary file, fsync, rename).
import { mkdir, open, readFile, rename } from 'node:fs/promises';
import { join } from 'node:path';
import initSqlJs from 'sql.js';
import { takeFolderLock } from './folder-lock.mjs';

export const DATABASE_FILE = 'collab.sqlite';

export async function openSqliteStore(dataDir) {
  await mkdir(dataDir, { recursive: true });
  const file = join(dataDir, DATABASE_FILE);
  const releaseLock = await takeFolderLock(dataDir);
  let db;
  try {
    const SQL = await initSqlJs();
    const bytes = await readFile(file).catch((error) => (error.code === 'ENOENT' ? null : Promise.reject(error)));
    db = bytes ? new SQL.Database(bytes) : new SQL.Database();
    db.run('CREATE TABLE IF NOT EXISTS rooms (name TEXT PRIMARY KEY, state BLOB NOT NULL, updated_at TEXT NOT NULL)');
    db.run('CREATE TABLE IF NOT EXISTS ended_rooms (name TEXT PRIMARY KEY, ended_at TEXT NOT NULL)');
  } catch (error) {
    await releaseLock();
    throw new Error(`${file} cannot be opened as the rooms database (it is left as it is): ${error.message}`, {
      cause: error,
    });
  }

  // Writes of the whole file never overlap, and stores made during a write are saved by the next one.
  let writing = Promise.resolve();
  let pending = null;
  const save = () => {
    pending ??= writing
      .catch(() => {}) // a failed write was reported to its store; this one writes everything again
      .then(async () => {
        pending = null;
        await writeAtomically(file, db.export());
      });
    writing = pending;
    return pending;
  };

  return {
    description: `SQLite in ${file}`,
    async fetch(name) {
      const result = db.exec('SELECT state FROM rooms WHERE name = ?', [name]);
      return result.length ? result[0].values[0][0] : null;
    },
    async store(name, state) {
      db.run(
        'INSERT INTO rooms (name, state, updated_at) VALUES (?, ?, ?) ' +
          'ON CONFLICT (name) DO UPDATE SET state = excluded.state, updated_at = excluded.updated_at',
        [name, state, new Date().toISOString()],
      );
      await save();
    },
    async endSharing(name) {
      db.run('INSERT OR IGNORE INTO ended_rooms (name, ended_at) VALUES (?, ?)', [name, new Date().toISOString()]);
      await save();
    },
    async sharingEnded(name) {
      return db.exec('SELECT 1 FROM ended_rooms WHERE name = ?', [name]).length > 0;
    },
    async close() {
      await writing.catch(() => {});
      db.close();
      await releaseLock();
    },
  };
}

async function writeAtomically(file, bytes) {
  const temporary = `${file}.${process.pid}.tmp`;
  const handle = await open(temporary, 'w');
  try {
    await handle.writeFile(bytes);
    await handle.sync();
  } finally {
    await handle.close();
  }
  await rename(temporary, file);
}
