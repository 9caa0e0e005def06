/**
 * `npm run migrate`: applies pending migrations to DATABASE_URL (or the embedded database under
 * DATA_DIR) and exits. Production runs this as a deploy step; `npm start` also migrates.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { loadConfig } from '../config';
import { openDatabase } from '../infra/db/database';
import { migrateToLatest } from '../infra/db/migrate';

const config = loadConfig();
if (!config.databaseUrl) {
  mkdirSync(config.dataDir, { recursive: true });
}
const database = await openDatabase({
  url: config.databaseUrl,
  pgliteDir: path.join(config.dataDir, 'pg'),
});
try {
  const applied = await migrateToLatest(database.db);
  const target = config.databaseUrl
    ? 'PostgreSQL (DATABASE_URL)'
    : `embedded PGlite at ${config.dataDir}/pg`;
  console.log(
    applied.length > 0
      ? `Applied ${applied.length} migration(s) to ${target}:\n  ${applied.join('\n  ')}`
      : `${target} is up to date.`,
  );
} finally {
  await database.close();
}
