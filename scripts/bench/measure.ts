// Timing helpers for `npm run bench`: medians of repeated runs after a warm-up.

export interface Timing {
  median: number;
  /** 95th percentile: the slow end without the odd garbage-collection pause. */
  p95: number;
  max: number;
  runs: number;
}

/**
 * Milliseconds since some start: wall clock, or with BENCH_CLOCK=cpu this process's CPU time (user
 * and system), which other work on a shared machine disturbs much less.
 */
const now: () => number =
  process.env.BENCH_CLOCK === 'cpu'
    ? () => {
        const { user, system } = process.cpuUsage();
        return (user + system) / 1000;
      }
    : () => performance.now();

export function time<T>(fn: () => T): { ms: number; value: T } {
  const start = now();
  const value = fn();
  return { ms: now() - start, value };
}

export function summarise(samples: number[]): Timing {
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const median =
    sorted.length % 2 === 1 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
  const p95 = sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.95) - 1)] ?? 0;
  return { median, p95, max: sorted[sorted.length - 1] ?? 0, runs: sorted.length };
}

/** Runs `fn` once to warm up, then `reps` times; the median and the slowest run. */
export function bench(reps: number, fn: () => unknown): Timing {
  fn();
  const samples: number[] = [];
  for (let i = 0; i < reps; i++) samples.push(time(fn).ms);
  return summarise(samples);
}

export const ms = (t: number): string => (t < 1 ? t.toFixed(3) : t < 100 ? t.toFixed(2) : t.toFixed(0));

/** A plain text table with right-aligned numbers. */
export function table(head: string[], rows: string[][]): string {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ');
  return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}
