// Several instances' store: one Postgres table. A store merges the stored state with the new one inside a
// transaction, so two instances storing one room at once both keep their changes (Yjs updates merge losslessly).
import pg from 'pg';
import * as Y from 'yjs';

export async function openPostgresStore(databaseUrl) {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 4 });
  pool.on('error', (error) => console.error(`Postgres: ${error.message}`));
  try {
    // Instances that start together would race to create the table: Postgres lets one at a time through here.
    await inTransaction(pool, async (client) => {
      await client.query("SELECT pg_advisory_xact_lock(hashtext('map-timeline collab_rooms'))");
      await client.query(
        'CREATE TABLE IF NOT EXISTS collab_rooms (name TEXT PRIMARY KEY, state BYTEA NOT NULL, ' +
          'updated_at TIMESTAMPTZ NOT NULL DEFAULT now())',
      );
      await client.query(
        'CREATE TABLE IF NOT EXISTS collab_ended_rooms (name TEXT PRIMARY KEY, ended_at TIMESTAMPTZ NOT NULL DEFAULT now())',
      );
    });
  } catch (error) {
    await pool.end();
    throw new Error(`Cannot use the Postgres database in DATABASE_URL: ${error.message}`, { cause: error });
  }

  return {
    description: `Postgres at ${new URL(databaseUrl).host}`,
    async fetch(name) {
      const { rows } = await pool.query('SELECT state FROM collab_rooms WHERE name = $1', [name]);
      return rows.length ? new Uint8Array(rows[0].state) : null;
    },
    store: (name, state) =>
      inTransaction(pool, async (client) => {
        const inserted = await client.query(
          'INSERT INTO collab_rooms (name, state) VALUES ($1, $2) ON CONFLICT (name) DO NOTHING RETURNING name',
          [name, state],
        );
        if (inserted.rowCount) return;
        const { rows } = await client.query('SELECT state FROM collab_rooms WHERE name = $1 FOR UPDATE', [name]);
        const merged = Y.mergeUpdates([new Uint8Array(rows[0].state), state]);
        await client.query('UPDATE collab_rooms SET state = $2, updated_at = now() WHERE name = $1', [
          name,
          Buffer.from(merged),
        ]);
      }),
    async endSharing(name) {
      await pool.query('INSERT INTO collab_ended_rooms (name) VALUES ($1) ON CONFLICT (name) DO NOTHING', [name]);
    },
    async sharingEnded(name) {
      const { rowCount } = await pool.query('SELECT 1 FROM collab_ended_rooms WHERE name = $1', [name]);
      return rowCount > 0;
    },
    close: () => pool.end(),
  };
}

async function inTransaction(pool, work) {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await work(client);
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw error;
  } finally {
    client.release();
  }
}
