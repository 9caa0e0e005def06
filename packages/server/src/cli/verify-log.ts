/**
 * `npm run verify-log [-- --tenant <code>] [--report <id>]`: recomputes the hash chain of the event
 * log in DATABASE_URL (or the embedded database under DATA_DIR), prints a summary and exits 1 when
 * a chain is broken, 2 on a usage error. Stop a server that uses the embedded database first: PGlite
 * takes its data directory for itself (the admin endpoint GET /api/event-log/verify needs no stop).
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import type { Kysely } from 'kysely';
import { loadConfig } from '../config';
import { openDatabase } from '../infra/db/database';
import type { DB } from '../infra/db/schema';
import { describeVerification, verifyEventChain } from '../features/audit/verify-event-chain';

export const EXIT_INTACT = 0;
export const EXIT_BROKEN = 1;
export const EXIT_USAGE = 2;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The command without the process around it: arguments in, summary out, exit code back. */
export async function runVerifyLog(
  db: Kysely<DB>,
  args: readonly string[],
  print: (line: string) => void,
): Promise<number> {
  let options: { tenant?: string | undefined; report?: string | undefined };
  try {
    options = parseArgs({
      args: [...args],
      options: { tenant: { type: 'string' }, report: { type: 'string' } },
      strict: true,
    }).values;
  } catch (error) {
    print(
      `${(error as Error).message}\nUsage: npm run verify-log -- [--tenant <code>] [--report <id>]`,
    );
    return EXIT_USAGE;
  }
  let tenantId: string | undefined;
  let scope = 'every tenant';
  if (options.tenant) {
    const tenant = await db
      .selectFrom('tenants')
      .select(['id', 'code', 'name'])
      .where('code', '=', options.tenant)
      .executeTakeFirst();
    if (!tenant) {
      print(`No tenant with code "${options.tenant}".`);
      return EXIT_USAGE;
    }
    tenantId = tenant.id;
    scope = `${tenant.name} (${tenant.code})`;
  }
  if (options.report && !UUID.test(options.report)) {
    print(`--report must be a report id (uuid), got "${options.report}".`);
    return EXIT_USAGE;
  }
  if (options.report) {
    scope = `report ${options.report} of ${scope}`;
  }
  const result = await verifyEventChain(db, { tenantId, reportId: options.report });
  print(describeVerification(result, scope));
  return result.isIntact ? EXIT_INTACT : EXIT_BROKEN;
}

async function main(): Promise<void> {
  const config = loadConfig();
  const pgliteDir = path.join(config.dataDir, 'pg');
  if (!config.databaseUrl && !existsSync(pgliteDir)) {
    console.error(`No database: DATABASE_URL is not set and ${pgliteDir} does not exist.`);
    process.exitCode = EXIT_USAGE;
    return;
  }
  const database = await openDatabase({ url: config.databaseUrl, pgliteDir });
  try {
    const target = config.databaseUrl
      ? 'PostgreSQL (DATABASE_URL)'
      : `embedded PGlite at ${pgliteDir}`;
    console.log(`Verifying the event log in ${target} …`);
    process.exitCode = await runVerifyLog(database.db, process.argv.slice(2), (line) =>
      console.log(line),
    );
  } finally {
    await database.close();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  await main();
}
