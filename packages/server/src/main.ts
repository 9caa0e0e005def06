import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { buildApp } from './app';
import { loadConfig } from './config';
import { loadDemoData } from './features/demo/load-demo-data';
import { formatDemoAccounts } from './features/demo/print-demo-accounts';
import { seedDemoCalendars } from './features/demo/seed-demo-calendars';
import { openDatabase } from './infra/db/database';
import { migrateToLatest } from './infra/db/migrate';

const config = loadConfig();
if (!config.databaseUrl) {
  mkdirSync(config.dataDir, { recursive: true });
}
const database = await openDatabase({
  url: config.databaseUrl,
  pgliteDir: path.join(config.dataDir, 'pg'),
});
const applied = await migrateToLatest(database.db);
const demo = config.demoData ? await loadDemoData(database.db) : null;
if (demo) {
  await seedDemoCalendars(database.db, demo, new Date());
}
const app = await buildApp({ config, database });
if (applied.length > 0) {
  app.log.info({ applied }, 'database migrated');
}

const shutdown = async (signal: string) => {
  app.log.info({ signal }, 'shutting down');
  await app.close();
  await database.close();
  process.exit(0);
};
process.once('SIGINT', () => void shutdown('SIGINT'));
process.once('SIGTERM', () => void shutdown('SIGTERM'));

await app.listen({ port: config.port, host: config.host });
const shownHost = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
const baseUrl = `http://${shownHost === '127.0.0.1' ? 'localhost' : shownHost}:${config.port}`;
if (demo) {
  console.log(formatDemoAccounts(demo, baseUrl));
}
console.log(`PAHT đang chạy tại / is serving on ${baseUrl}  (API docs: ${baseUrl}/api/docs)`);
