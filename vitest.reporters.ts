import path from 'node:path';

type ReporterEntry = string | [string, Record<string, unknown>];

/**
 * The console reporter always; with PAHT_TEST_REPORT_DIR set (as `.ci/run` does), also a JSON
 * report per run, from which CI totals its one `N passed, N failed` line.
 */
export function reporters(name: string): ReporterEntry[] {
  const dir = process.env.PAHT_TEST_REPORT_DIR;
  if (!dir) {
    return ['default'];
  }
  const suffix = process.env.TEST_DATABASE_URL ? `${name}-pg` : name;
  return ['default', ['json', { outputFile: path.resolve(dir, `${suffix}.json`) }]];
}
