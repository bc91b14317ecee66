// A relaxed pass without one node, made from the pass with it: only the nodes whose value came
// through that node are looked at again (the branch and bound's seeds run one per step of the
// best plan, and most of a problem does not depend on any one step).

import { type Fixpoint, SUM_CEILING, settle } from './derivations';
import type { Problem } from './problem';
import { sharedHeap } from './scratch';
import { usesOf } from './uses';

/** More conditions than any way has: a way left waiting for this many is never met. */
const NEVER = 0x3fffffff;

/**
 * knuth(p, mode, weight, null, without) from `base` = knuth(p, mode, weight): the same values,
 * made in `base`'s own arrays, handed to `use` (with `looked`, below), then put back as they were (the search's seeds
 * read each such pass once; copying the whole pass for each was most of what they allocated).
 * A node whose way in `base` names no node that changes keeps its value and way (leaving a node
 * out never lowers a value, and that way is still met); the others (`without` and, through the
 * ways of `base`, what was derived from it) are derived again by Knuth's algorithm over them
 * alone, the rest read as settled. Among ways of equal value the one met first in that smaller
 * pass is kept, which may differ from the whole pass's, as a way is met when its last condition
 * is settled. Returns `looked`: the uses, ways and conditions read.
 */
export function knuthWithout(
  p: Problem,
  mode: 'max' | 'sum',
  weight: ArrayLike<number>,
  base: Fixpoint,
  without: number,
  use: (fix: Fixpoint, looked: number) => void,
): number {
  const { value, via } = base;
  const { remaining, acc, got: done, inMask: changed } = p.scratch;
  const { wayStart, condStart, condNode, condDelay, wayBase, userStart } = p;
  const { owner: useOwner, way: useWay } = usesOf(p);
  const isMax = mode === 'max';
  let looked = 0;
  // What may change: `without`, and each node whose way names a node that may change.
  const affected: number[] = [without];
  changed[without] = 1;
  for (let i = 0; i < affected.length; i++) {
    const u = affected[i] as number;
    const last = userStart[u + 1] as number;
    looked += last - (userStart[u] as number);
    for (let k = userStart[u] as number; k < last; k++) {
      const v = useOwner[k] as number;
      if (changed[v] === 1 || via[v] !== useWay[k]) continue;
      changed[v] = 1;
      affected.push(v);
    }
  }
  // What `base` had there, put back once `use` has read the pass.
  const savedValue = new Array<number>(affected.length);
  const savedVia = new Array<number>(affected.length);
  for (let i = 0; i < affected.length; i++) {
    const v = affected[i] as number;
    savedValue[i] = value[v] as number;
    savedVia[i] = via[v] as number;
    value[v] = Number.POSITIVE_INFINITY;
    via[v] = -1;
    done[v] = 0;
  }
  // Each way of a changed node starts from its settled conditions and waits for the changed ones.
  const heap = sharedHeap(p.scratch);
  for (const v of affected) {
    if (v === without) continue;
    const w = weight[v] as number;
    const lastWay = wayStart[v + 1] as number;
    for (let g = wayStart[v] as number; g < lastWay; g++) {
      let left = 0;
      let a = isMax ? (wayBase[g] as number) : 0;
      const lastCond = condStart[g + 1] as number;
      looked += 1 + lastCond - (condStart[g] as number);
      for (let c = condStart[g] as number; c < lastCond; c++) {
        const u = condNode[c] as number;
        const x = value[u] as number;
        if (changed[u] === 1) left++;
        // A settled condition that cannot be obtained: the way is never met (sums saturate below Infinity).
        else if (x === Number.POSITIVE_INFINITY) left = NEVER;
        else a = isMax ? Math.max(a, x + (condDelay[c] as number)) : Math.min(SUM_CEILING, a + x);
      }
      remaining[g] = left;
      acc[g] = a;
      if (left === 0 && w + a < (value[v] as number)) {
        value[v] = w + a;
        via[v] = g;
      }
    }
    if ((value[v] as number) < Number.POSITIVE_INFINITY) heap.push(v, value[v] as number);
  }
  // Settled already for the loop: never an owner to derive again (it stays Infinity).
  done[without] = 1;
  looked += settle(p, isMax, weight, value, via, heap, changed);
  for (const v of affected) {
    changed[v] = 0;
    done[v] = 0;
  }
  try {
    use(base, looked);
  } finally {
    for (let i = 0; i < affected.length; i++) {
      const v = affected[i] as number;
      value[v] = savedValue[i] as number;
      via[v] = savedVia[i] as number;
    }
  }
  return looked;
}
