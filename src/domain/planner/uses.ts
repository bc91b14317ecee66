// Each node's uses (the conditions that mention it) with their way, the way's owner and the
// condition's delay side by side: what the planner's passes read per use, without going through
// the condition and then the way each time. Made once per problem's arrays, on first use: kept
// problems (whole-memo.ts) are new Problem objects over the same arrays, and share them.

import type { Problem } from './problem';

export interface Uses {
  /** Per use k (as p.userCond[k]): the way the condition belongs to, that way's node, its delay. */
  way: Int32Array;
  owner: Int32Array;
  delay: Float64Array;
}

/** Keyed by the problem's userCond, made with (and never apart from) its condWay, wayOwner, condDelay. */
const made = new WeakMap<Int32Array, Uses>();

export function usesOf(p: Problem): Uses {
  const known = made.get(p.userCond);
  if (known !== undefined) return known;
  const m = p.userCond.length;
  const uses: Uses = { way: new Int32Array(m), owner: new Int32Array(m), delay: new Float64Array(m) };
  for (let k = 0; k < m; k++) {
    const c = p.userCond[k] as number;
    const g = p.condWay[c] as number;
    uses.way[k] = g;
    uses.owner[k] = p.wayOwner[g] as number;
    uses.delay[k] = p.condDelay[c] as number;
  }
  made.set(p.userCond, uses);
  return uses;
}
