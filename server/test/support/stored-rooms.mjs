// Reads a room straight from the embedded database file, as a stopped server left it.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import initSqlJs from 'sql.js';
import * as Y from 'yjs';
import { DATABASE_FILE } from '../../storage/sqlite.mjs';

export async function storedPlan(dataDir, room) {
  const SQL = await initSqlJs();
  const db = new SQL.Database(await readFile(join(dataDir, DATABASE_FILE)));
  const result = db.exec('SELECT state FROM rooms WHERE name = ?', [room]);
  db.close();
  const doc = new Y.Doc();
  if (result.length) Y.applyUpdate(doc, result[0].values[0][0]);
  return doc.getMap('plan').toJSON();
}
