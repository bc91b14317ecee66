// Every bench script answers --help with its usage (the planner bench threw "unknown option").

import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const scripts = [
  'scripts/bench.ts',
  'scripts/bench-all.ts',
  'scripts/bench-browser.ts',
  'scripts/bench-open-plan.ts',
];

describe('bench scripts', () => {
  it.each(scripts)(
    '%s --help prints its usage and exits 0',
    (script) => {
      const out = execFileSync('npx', ['tsx', script, '--help'], { encoding: 'utf8', timeout: 120_000 });
      expect(out).toMatch(/^Usage: npm run bench/);
    },
    150_000,
  );
});
