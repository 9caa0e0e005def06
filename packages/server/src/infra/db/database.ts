import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import { createPgConfig } from '@electric-sql/pglite/node-postgres';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { DB } from './schema';

export type DatabaseKind = 'pglite' | 'postgres';

export type Database = {
  db: Kysely<DB>;
  kind: DatabaseKind;
  close: () => Promise<void>;
};

export type DatabaseOptions = {
  /** postgres://… for a real server; unset for embedded PGlite. */
  url?: string | undefined;
  /** PGlite data directory; `memory://` for an in-memory database. */
  pgliteDir?: string;
  /** Pool size for a real server. */
  poolSize?: number;
};

// pg returns int8 and numeric as strings by default; our counts fit in a JS number and
// timestamps are parsed as Date by pg already.
pg.types.setTypeParser(pg.types.builtins.INT8, (value: string) => Number(value));
// Calendar dates stay 'YYYY-MM-DD' strings: a Date would shift them by the host's time zone.
pg.types.setTypeParser(pg.types.builtins.DATE, (value: string) => value);

/**
 * Opens the one database path of ARCHITECTURE.md "Data": Kysely's PostgresDialect over a `pg` Pool,
 * whose connections go either to a real server or to PGlite through its node-postgres adapter.
 * Only the pool's construction differs, so every query and migration runs on both.
 */
export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  if (options.url) {
    const pool = new pg.Pool({ connectionString: options.url, max: options.poolSize ?? 10 });
    const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
    return { db, kind: 'postgres', close: () => db.destroy() };
  }
  const pglite = await PGlite.create(options.pgliteDir ?? 'memory://', {
    extensions: { pg_trgm, unaccent },
  });
  // PGlite runs one query at a time: the adapter's pool has size 1.
  const pool = new pg.Pool(createPgConfig(pglite));
  const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
  return {
    db,
    kind: 'pglite',
    close: async () => {
      await db.destroy();
      await pglite.close();
    },
  };
}

/**
 * The database the configuration names: the server at `databaseUrl`, or the embedded one under
 * `dataDir/pg` (the folder is created). Used by the server and every command-line tool.
 */
export function openConfiguredDatabase(config: {
  databaseUrl?: string | undefined;
  dataDir: string;
  poolSize?: number;
}): Promise<Database> {
  if (!config.databaseUrl) {
    mkdirSync(config.dataDir, { recursive: true });
  }
  return openDatabase({
    url: config.databaseUrl,
    pgliteDir: path.join(config.dataDir, 'pg'),
    ...(config.poolSize ? { poolSize: config.poolSize } : {}),
  });
}
