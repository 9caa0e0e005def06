import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { Migrator, sql } from 'kysely';
import type { Kysely, Migration, MigrationProvider, MigrationResultSet } from 'kysely';

const MIGRATIONS_DIR = path.join(import.meta.dirname, 'migrations');

/**
 * Migrations are reviewed SQL files (`NNNN_concern.sql`), applied in name order, up only.
 * Kysely's Migrator records them and takes a lock, so several processes starting at once
 * apply each migration exactly once.
 */
const sqlFileProvider: MigrationProvider = {
  async getMigrations() {
    const files = (await readdir(MIGRATIONS_DIR)).filter((f) => f.endsWith('.sql')).sort();
    const migrations: Record<string, Migration> = {};
    for (const file of files) {
      const text = await readFile(path.join(MIGRATIONS_DIR, file), 'utf8');
      migrations[file.replace(/\.sql$/, '')] = {
        up: async (db) => {
          await sql.raw(text).execute(db);
        },
      };
    }
    return migrations;
  },
};

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any schema: migrations run before types apply
export async function migrateToLatest(db: Kysely<any>): Promise<string[]> {
  const migrator = new Migrator({ db, provider: sqlFileProvider });
  const result: MigrationResultSet = await migrator.migrateToLatest();
  if (result.error) {
    const failed = result.results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
    throw new Error(`Migration ${failed} failed: ${String(result.error)}`, { cause: result.error });
  }
  return (result.results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
