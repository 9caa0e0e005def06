/**
 * `npm run seed:bulk -- --tenant khanh-hoa --reports 1000000`: generated, realistic reports for one
 * tenant (features/bulk-seed), into DATABASE_URL or the embedded database under DATA_DIR. The
 * demo tenants are loaded first when missing. Stop the server first when it uses the embedded
 * database (PGlite admits one process), and for large loads, which rebuild the indexes.
 */
import { parseArgs } from 'node:util';
import { loadConfig } from '../config';
import { seedBulk } from '../features/bulk-seed/seed-bulk';
import { loadDemoData } from '../features/demo/load-demo-data';
import { seedDemoCalendars } from '../features/demo/seed-demo-calendars';
import { openConfiguredDatabase } from '../infra/db/database';
import { migrateToLatest } from '../infra/db/migrate';

const USAGE = `usage: npm run seed:bulk -- --tenant CODE --reports N [--from YYYY-MM-DD] [--seed N] [--keep-indexes | --rebuild-indexes]

  --tenant           tenant code (demo tenants: khanh-hoa, quang-ngai, can-tho, phu-tho, vinh-long)
  --reports          how many reports to add (e.g. 1000000)
  --from             the first day reports are received (default 2025-01-01); the last is today
  --seed             random seed, the same seed gives the same data (default 1)
  --keep-indexes     keep the indexes during the load (default below 100,000 reports)
  --rebuild-indexes  drop the secondary indexes and build them after the load (default from 100,000)`;

const { values } = parseArgs({
  options: {
    tenant: { type: 'string' },
    reports: { type: 'string' },
    from: { type: 'string', default: '2025-01-01' },
    seed: { type: 'string', default: '1' },
    'keep-indexes': { type: 'boolean', default: false },
    'rebuild-indexes': { type: 'boolean', default: false },
    help: { type: 'boolean', default: false },
  },
});
const reports = Number(values.reports);
const from = new Date(`${values.from}T00:00:00+07:00`);
if (
  values.help ||
  !values.tenant ||
  !Number.isInteger(reports) ||
  reports <= 0 ||
  Number.isNaN(from.getTime())
) {
  console.error(USAGE);
  process.exit(values.help ? 0 : 2);
}

const config = loadConfig();
const database = await openConfiguredDatabase({ ...config, poolSize: 2 });
try {
  await migrateToLatest(database.db);
  const tenant = await database.db
    .selectFrom('tenants')
    .select('id')
    .where('code', '=', values.tenant)
    .executeTakeFirst();
  if (!tenant) {
    const demo = await loadDemoData(database.db);
    await seedDemoCalendars(database.db, demo, new Date());
  }
  const now = new Date();
  console.log(
    `seed:bulk ${reports.toLocaleString('en-US')} reports for ${values.tenant}, received ${values.from} … today, into ${config.databaseUrl ? 'PostgreSQL' : 'embedded PGlite'}`,
  );
  const result = await seedBulk(database.db, {
    tenantCode: values.tenant,
    reports,
    from,
    now,
    seed: Number(values.seed),
    rebuildIndexes: values['rebuild-indexes'] ? true : values['keep-indexes'] ? false : undefined,
    log: (line) => console.log(line),
  });
  const states = Object.entries(result.states)
    .sort((a, b) => b[1] - a[1])
    .map(([state, n]) => `${state} ${n.toLocaleString('en-US')}`)
    .join(', ');
  console.log(`states: ${states}`);
  console.log(
    `${result.rows.toLocaleString('en-US')} rows at ${result.rowsPerSecond.toLocaleString('en-US')} rows/s; ${result.seconds.toFixed(1)} s in all (indexes and VACUUM ANALYZE included)`,
  );
} finally {
  await database.close();
}
