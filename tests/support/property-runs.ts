// How many cases a property or fuzz test runs: a quick share in `npm test`, the full count when
// FULL_PROPERTY_RUNS=1 (set by .ci/run). The seed is fixed (PROPERTY_SEED overrides it) and
// fast-check prints it with any failure, so a failing case can be replayed.

export const FULL_PROPERTY_RUNS = process.env.FULL_PROPERTY_RUNS === '1';

/** `full` cases under FULL_PROPERTY_RUNS=1, otherwise a tenth of them (at least `min`). */
export function propertyRuns(full: number, min = 20): number {
  return FULL_PROPERTY_RUNS ? full : Math.max(min, Math.round(full / 10));
}

/** The fixed seed every property test starts from, so CI runs are repeatable. */
export const PROPERTY_SEED = Number(process.env.PROPERTY_SEED ?? 20261201);
