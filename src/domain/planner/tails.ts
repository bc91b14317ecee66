// How many months must pass at least between a node's finish and the goal's: what lets a months
// cap rule out nodes that finish early enough themselves but too late to lead to the goal in time.

import { PairHeap } from './pair-heap';
import type { Problem } from './problem';

/**
 * Per node, the least months from its finish to the goal's finish along a chain of conditions
 * up to the goal: a user's months plus the condition's delay, summed up the chain (0 at the goal,
 * Infinity where no chain leads up). In a plan the goal's finish is at least a step's finish plus
 * the months of the chain that needs it (every step of a minimal plan is below the goal in its
 * justification), so a plan finishing by `cap` holds no node whose earliest finish plus this is
 * over `cap`. A single-source shortest path from the goal down through every way's conditions
 * (months and delays are never negative); graphology's Dijkstra would need the problem copied
 * into a graph first, which costs more than the pass.
 */
export function monthsToGoal(p: Problem): Float64Array {
  const n = p.ids.length;
  const tail = new Float64Array(n).fill(Number.POSITIVE_INFINITY);
  const done = new Uint8Array(n);
  const heap = new PairHeap(64);
  tail[p.goal] = 0;
  heap.push(p.goal, 0);
  while (heap.size > 0) {
    const v = heap.pop();
    if (done[v] === 1) continue;
    done[v] = 1;
    const up = (tail[v] as number) + (p.months[v] as number);
    for (let g = p.wayStart[v] as number; g < (p.wayStart[v + 1] as number); g++) {
      for (let c = p.condStart[g] as number; c < (p.condStart[g + 1] as number); c++) {
        const u = p.condNode[c] as number;
        const t = up + (p.condDelay[c] as number);
        if (t < (tail[u] as number)) {
          tail[u] = t;
          heap.push(u, t);
        }
      }
    }
  }
  return tail;
}
