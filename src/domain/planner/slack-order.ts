// The order in which a seed's nodes are tried for dropping when the plan is wanted fast: the nodes
// with the most room to finish later without delaying the goal first, the critical path last.

import type { Problem } from './problem';

/**
 * Per node of `closure` (the justification closure of `via`, whose earliest finishes are `value`):
 * its slack, how much later it could finish, along the ways of `via`, before the goal finishes
 * later than value[goal]. Other nodes get 0. Returns the slacks, by node index.
 */
export function slacks(
  p: Problem,
  closure: readonly number[],
  via: Int32Array,
  value: Float64Array,
): Float64Array {
  const n = p.ids.length;
  // Users inside the closure still to settle, per node; a node's latest finish is known once all
  // of them are (the ways of `via` form no cycle).
  const waitingFor = new Int32Array(n);
  for (const v of closure) {
    const g = via[v] ?? -1;
    for (let c = p.condStart[g] ?? 0; g >= 0 && c < (p.condStart[g + 1] ?? 0); c++) {
      const u = p.condNode[c] ?? 0;
      waitingFor[u] = (waitingFor[u] ?? 0) + 1;
    }
  }
  const latest = new Float64Array(n).fill(Number.POSITIVE_INFINITY);
  latest[p.goal] = value[p.goal] ?? 0;
  const ready = [p.goal];
  for (let v = ready.pop(); v !== undefined; v = ready.pop()) {
    const g = via[v] ?? -1;
    const start = (latest[v] ?? 0) - (p.months[v] ?? 0);
    for (let c = p.condStart[g] ?? 0; g >= 0 && c < (p.condStart[g + 1] ?? 0); c++) {
      const u = p.condNode[c] ?? 0;
      latest[u] = Math.min(latest[u] ?? 0, start - (p.condDelay[c] ?? 0));
      const left = (waitingFor[u] ?? 0) - 1;
      waitingFor[u] = left;
      if (left === 0) ready.push(u);
    }
  }
  const slack = new Float64Array(n);
  for (const v of closure)
    slack[v] = Number.isFinite(latest[v] ?? 0) ? (latest[v] ?? 0) - (value[v] ?? 0) : 0;
  return slack;
}

/** Most slack first (see slacks), ties broken by `then`. */
export function slackFirst(
  slack: Float64Array,
  then: (a: number, b: number) => number,
): (a: number, b: number) => number {
  return (a, b) => (slack[b] ?? 0) - (slack[a] ?? 0) || then(a, b);
}
