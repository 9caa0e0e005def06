/**
 * `npm run migrate`: applies pending migrations to DATABASE_URL (or the embedded database under
 * DATA_DIR) and exits. Production runs this as a deploy step; `npm start` also migrates.
 */
import { loadConfig } from '../config';
import { openConfiguredDatabase } from '../infra/db/database';
import { migrateToLatest } from '../infra/db/migrate';

const config = loadConfig();
const database = await openConfiguredDatabase(config);
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
