import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openDatabase } from './database';
import type { Database } from './database';
import { migrateToLatest } from './migrate';

/**
 * A fresh, migrated database for one test file: in-memory PGlite by default, or a new database on
 * the server of TEST_DATABASE_URL (`npm run test:pg`), dropped again by `close`.
 */
export async function openTestDatabase(): Promise<Database> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) {
    const database = await openDatabase({});
    await migrateToLatest(database.db);
    return database;
  }
  const name = `paht_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const database = await openDatabase({ url: url.toString(), poolSize: 5 });
  await migrateToLatest(database.db);
  return {
    ...database,
    close: async () => {
      await database.close();
      const dropper = new pg.Client({ connectionString: serverUrl });
      await dropper.connect();
      try {
        // pool.end() resolves before its sockets are gone; dropping WITH (FORCE) while one is
        // still closing kills it and raises an uncaught 57P01 in the test run. Wait for them.
        for (let attempt = 0; attempt < 150; attempt += 1) {
          const result = await dropper.query<{ n: number }>(
            'SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = $1',
            [name],
          );
          if (result.rows[0]?.n === 0) {
            break;
          }
          await new Promise((resolve) => setTimeout(resolve, 20));
        }
        await dropper.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await dropper.end();
      }
    },
  };
}
