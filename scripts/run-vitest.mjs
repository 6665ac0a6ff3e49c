// Runs every Vitest project and prints a plain "N passed, N failed" line from the JSON report.
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';

const report = '.vitest-report.json';
rmSync(report, { force: true });
const args = ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...process.argv.slice(2)];
const run = spawnSync('npx', args, { stdio: 'inherit', env: { TZ: 'UTC', ...process.env } });
try {
  const result = JSON.parse(readFileSync(report, 'utf8'));
  console.log(`${result.numPassedTests} passed, ${result.numFailedTests} failed`);
  if (result.numTotalTests === 0) {
    console.error('No test ran.');
    process.exit(1);
  }
} catch {
  console.error('Vitest wrote no report: the run failed before any test.');
  process.exit(run.status || 1);
}
process.exit(run.status ?? 1);
