// Earliest finish times inside a set of nodes, for the branch and bound's check of its committed
// ways: Knuth's pass in `max` mode (see knuth in derivations.ts), kept to the set, with its
// arrays made once per search instead of once per call.

import { PairHeap } from './pair-heap';
import type { Problem } from './problem';

export class InsideTimes {
  /** Per node: its earliest time inside the last set run on (Infinity when it cannot be obtained there). */
  readonly time: Float64Array;
  private readonly heap = new PairHeap(64);

  constructor(nodes: number) {
    this.time = new Float64Array(nodes).fill(Number.POSITIVE_INFINITY);
  }

  /**
   * Fills `time` for the members, using only the members; `clear` them before the next run.
   * Returns the conditions and uses looked at, for the caller's work count.
   */
  run(p: Problem, members: readonly number[]): number {
    const { remaining, acc, got, inMask } = p.scratch;
    const { wayStart, condStart, wayBase, userStart, userCond, condWay, wayOwner, condDelay, months } = p;
    const time = this.time;
    const heap = this.heap;
    let looked = 0;
    for (const v of members) {
      inMask[v] = 1;
      got[v] = 0;
    }
    for (const v of members) {
      for (let g = wayStart[v] ?? 0; g < (wayStart[v + 1] ?? 0); g++) {
        const conds = (condStart[g + 1] ?? 0) - (condStart[g] ?? 0);
        looked += conds;
        remaining[g] = conds;
        acc[g] = wayBase[g] ?? 0;
        const at = (months[v] ?? 0) + (wayBase[g] ?? 0);
        if (conds === 0 && at < (time[v] ?? 0)) {
          time[v] = at;
          heap.push(v, at);
        }
      }
    }
    while (heap.size > 0) {
      const at = heap.topValue() ?? 0;
      const u = heap.pop();
      if (got[u] === 1 || at !== time[u]) continue;
      got[u] = 1;
      looked += (userStart[u + 1] ?? 0) - (userStart[u] ?? 0);
      for (let k = userStart[u] ?? 0; k < (userStart[u + 1] ?? 0); k++) {
        const c = userCond[k] ?? 0;
        const g = condWay[c] ?? 0;
        const v = wayOwner[g] ?? 0;
        if (inMask[v] !== 1 || got[v] === 1) continue;
        const left = (remaining[g] ?? 0) - 1;
        remaining[g] = left;
        const ready = Math.max(acc[g] ?? 0, at + (condDelay[c] ?? 0));
        acc[g] = ready;
        const total = (months[v] ?? 0) + ready;
        if (left === 0 && total < (time[v] ?? 0)) {
          time[v] = total;
          heap.push(v, total);
        }
      }
    }
    for (const v of members) inMask[v] = 0;
    return looked;
  }

  clear(members: readonly number[]): void {
    for (const v of members) this.time[v] = Number.POSITIVE_INFINITY;
  }
}
