// Sums the JSON reports of every test run of .ci/run into its closing line "N passed, N failed".
// A failed step that produced no report (check, install) counts as one failure.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const [dir, failedStepsArg] = process.argv.slice(2);
let passed = 0;
let failed = 0;
for (const file of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
  const report = JSON.parse(readFileSync(path.join(dir, file), 'utf8'));
  passed += report.numPassedTests ?? 0;
  const failedTests = report.numFailedTests ?? 0;
  // A suite that failed to load has no failed test of its own: count it once.
  const brokenSuites = (report.numFailedTestSuites ?? 0) > 0 && failedTests === 0 ? 1 : 0;
  failed += failedTests + brokenSuites;
  console.log(`${file}: ${report.numPassedTests} passed, ${report.numFailedTests} failed`);
}
const failedSteps = Number(failedStepsArg ?? 0);
if (failedSteps > 0 && failed === 0) {
  failed = failedSteps;
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
