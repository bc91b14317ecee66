// `npm run bench` measures each at-scale graph in a process of its own: the child, asked for one
// case, prints that case's row as JSON on its last line, and an unknown case fails with its reason.

import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import type { ScaleRow } from '../../../scripts/bench/scale';

const bench = (...args: string[]) =>
  spawnSync('npx', ['tsx', 'scripts/bench.ts', '--only-scale', ...args], {
    encoding: 'utf8',
    timeout: 240_000,
  });

describe('bench at scale, one case per process', () => {
  it('prints the row of the case asked for as JSON', () => {
    const run = bench(
      '--scale-case',
      '6',
      '--scale-goals',
      '1',
      '--scale-reps',
      '1',
      '--scale-cold-reps',
      '1',
      '--scale-warm-up',
      '0',
    );
    expect(run.status).toBe(0);
    const row = JSON.parse(run.stdout.trim().split('\n').at(-1) ?? '') as ScaleRow;
    expect(row.name).toBe('one-of 6×512');
    // One goal: one cold and one warm median, each of at least the calls asked for (more on
    // this cheap graph), with as many cold Dijkstra calls.
    expect(row.planner.cold).toHaveLength(1);
    expect(row.planner.warm).toHaveLength(1);
    expect(row.runs.cold).toBeGreaterThanOrEqual(1);
    expect(row.runs.warm).toBeGreaterThanOrEqual(1);
    expect(row.dijkstra.cold).toHaveLength(row.runs.cold);
    expect(row.dijkstra.warm).toHaveLength(row.runs.warm);
    expect({ plans: row.plans, proven: row.proven }).toEqual({ plans: 3, proven: 3 });
  }, 300_000);

  it('fails on a case that does not exist, saying how many there are', () => {
    const run = bench('--scale-case', '99');
    expect(run.status).not.toBe(0);
    expect(run.stderr).toMatch(/--scale-case 99: there are \d+ cases/);
  }, 300_000);
});
