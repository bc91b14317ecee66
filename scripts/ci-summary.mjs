// Counts passed and failed tests from Vitest's and Playwright's JSON reports for .ci/run.
// Prints per-suite lines, then `tests: N passed, N failed`; exits 1 when a report is missing
// or counted no test.
import { existsSync, readFileSync } from 'node:fs';

const [vitestPath, playwrightPath] = process.argv.slice(2);
let passed = 0;
let failed = 0;
let problem = false;

function readJson(path) {
  if (!path || !existsSync(path)) return undefined;
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return undefined;
  }
}

const vitest = readJson(vitestPath);
if (vitest) {
  const p = vitest.numPassedTests ?? 0;
  const f = (vitest.numFailedTests ?? 0) + (vitest.numRuntimeErrorTestSuites ?? 0);
  console.log(`unit: ${p} passed, ${f} failed`);
  passed += p;
  failed += f;
  if (p === 0) problem = true;
} else {
  console.log('unit: no report');
  problem = true;
}

const playwright = readJson(playwrightPath);
if (playwright) {
  const s = playwright.stats ?? {};
  const p = (s.expected ?? 0) + (s.flaky ?? 0);
  const f = (s.unexpected ?? 0) + (playwright.errors?.length ?? 0);
  console.log(`browser: ${p} passed, ${f} failed${s.skipped ? `, ${s.skipped} skipped` : ''}`);
  passed += p;
  failed += f;
} else if (playwrightPath && existsSync('playwright.config.ts')) {
  console.log('browser: no report');
  problem = true;
}

console.log(`tests: ${passed} passed, ${failed} failed`);
process.exit(problem ? 1 : 0);
