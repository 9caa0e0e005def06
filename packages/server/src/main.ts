import { buildApp } from './app';
import { loadConfig } from './config';
import { loadDemoData } from './features/demo/load-demo-data';
import { formatDemoAccounts } from './features/demo/print-demo-accounts';
import { seedDemoCalendars } from './features/demo/seed-demo-calendars';
import { startWorkers } from './features/sweeper/start-workers';
import { openConfiguredDatabase } from './infra/db/database';
import { migrateToLatest } from './infra/db/migrate';

const config = loadConfig();
const database = await openConfiguredDatabase({ ...config, poolSize: config.databasePoolSize });
const applied = await migrateToLatest(database.db);
const demo = config.demoData ? await loadDemoData(database.db) : null;
if (demo) {
  await seedDemoCalendars(database.db, demo, new Date());
}
const app = await buildApp({ config, database });
if (applied.length > 0) {
  app.log.info({ applied }, 'database migrated');
}

// The outbox and the deadline sweeper share the process's clock with the HTTP use cases.
const workers = config.workers
  ? startWorkers({ db: database.db, config, log: app.log, now: app.deps.now })
  : null;

const shutdown = async (signal: string) => {
  app.log.info({ signal }, 'shutting down');
  // Workers first: a running tick finishes its transaction before the database closes.
  await workers?.stop();
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
