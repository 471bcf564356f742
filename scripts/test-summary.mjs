// Prints the plain closing line CI readers understand ("N passed, N failed, N skipped") from vitest JSON reports
// and, with `--runtimes FILE`, the closing line of the runtime smoke suite (scripts/runtimes/run.mjs). Fails when a
// report is missing, has failures, or ran no test at all.
//
//   node scripts/test-summary.mjs [--runtimes runtimes.log] report.json [report.json ...]
import { readFileSync } from 'node:fs';

const args = process.argv.slice(2);
let passed = 0;
let failed = 0;
let skipped = 0;
const parts = [];

const runtimesAt = args.indexOf('--runtimes');
if (runtimesAt !== -1) {
  const [file] = args.splice(runtimesAt, 2).slice(1);
  const line = readFileSync(file, 'utf8')
    .split('\n')
    .reverse()
    .find((text) => /^runtimes: \d+ passed, \d+ failed/.test(text));
  if (line === undefined) {
    console.error(`test-summary: no "runtimes: N passed, N failed" line in ${file}`);
    process.exitCode = 1;
  } else {
    const [p, f, s = '0'] = line.match(/\d+/g);
    passed += Number(p);
    failed += Number(f);
    skipped += Number(s);
    parts.push(line);
  }
}

for (const file of args) {
  const report = JSON.parse(readFileSync(file, 'utf8'));
  passed += report.numPassedTests;
  failed += report.numFailedTests;
  skipped += report.numPendingTests + report.numTodoTests;
  parts.push(`${file.split('/').pop()}: ${report.numPassedTests} passed, ${report.numFailedTests} failed`);
}
for (const part of parts) console.log(`  ${part}`);
console.log(`tests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
if (failed > 0 || passed === 0) process.exitCode = 1;
