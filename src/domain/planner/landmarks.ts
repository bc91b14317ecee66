// The every-node-needed check: whether each node of a set is a landmark of the goal (in every
// derivation of it inside the set), as bit sets over the set's positions.

import type { Problem } from './problem';

/**
 * The largest set the check runs on: its bit sets take m²/8 bytes (8 MB here). Larger sets come
 * only from pathological graphs; the search skips them and says its result is not proven optimal.
 */
export const NEEDED_CHECK_LIMIT = 8192;

/**
 * Whether the goal needs every node of the set: each must be a landmark of the goal, i.e. in
 * every derivation of it inside the set. Landmarks of an AND/OR graph are the greatest fixpoint
 * of LM(v) = {v} ∪ ⋂ over usable ways ⋃ over their conditions LM(c), starting from "everything"
 * (Keyder, Richter and Helmert, "Sound and complete landmarks for and/or graphs", ECAI 2010);
 * one pass of this replaces a derivability test per node. `order`: the set, each node after
 * what it needs (so one pass mostly settles it).
 */
export function everyNodeNeeded(p: Problem, order: readonly number[]): boolean {
  return goalLandmarks(p, order).every((x) => x === 1);
}

/**
 * For each position of `order` (a set containing the goal, each node after what it needs), 1 when
 * that node is a landmark of the goal inside the set: the goal cannot be obtained without it.
 */
export function goalLandmarks(p: Problem, order: readonly number[]): Uint8Array {
  const m = order.length;
  const words = (m + 31) >>> 5;
  const pos = p.scratch.pos;
  order.forEach((v, i) => {
    pos[v] = i;
  });
  const flags = m <= 32 ? neededSmall(p, order, pos) : neededLarge(p, order, pos, words);
  for (const v of order) pos[v] = -1;
  return flags;
}

/** Runs `update` over positions 0..m-1, sweep after sweep, until a whole sweep changes nothing. */
function sweepUntilStable(m: number, update: (i: number) => boolean): void {
  let changed = true;
  while (changed) {
    changed = false;
    for (let i = 0; i < m; i++) if (update(i)) changed = true;
  }
}

/**
 * The same fixpoint as sweepUntilStable, looking again only at positions whose inputs changed:
 * after the first sweep, only the positions of the set's nodes with a way through a node whose
 * `update` changed something. The updates only ever shrink their sets (a greatest fixpoint from
 * "everything"), so the order they run in does not change where they end.
 */
function sweepChanged(
  p: Problem,
  order: readonly number[],
  pos: Int32Array,
  update: (i: number) => boolean,
): void {
  const m = order.length;
  const { userStart, userCond, condWay, wayOwner } = p;
  const dirty = new Uint8Array(m).fill(1);
  let again = true;
  while (again) {
    again = false;
    for (let i = 0; i < m; i++) {
      if (dirty[i] === 0) continue;
      dirty[i] = 0;
      if (!update(i)) continue;
      const v = order[i] as number;
      const last = userStart[v + 1] as number;
      for (let k = userStart[v] as number; k < last; k++) {
        const j = pos[wayOwner[condWay[userCond[k] as number] as number] as number] as number;
        if (j >= 0 && dirty[j] === 0) {
          dirty[j] = 1;
          if (j <= i) again = true;
        }
      }
    }
  }
}

/** The same on sets of up to 32 nodes, one machine word each. */
function neededSmall(p: Problem, order: readonly number[], pos: Int32Array): Uint8Array {
  const m = order.length;
  const lm = new Int32Array(m).fill(-1);
  sweepUntilStable(m, (i) => {
    const v = order[i] ?? 0;
    let usable = false;
    let acc = -1;
    for (let g = p.wayStart[v] ?? 0; g < (p.wayStart[v + 1] ?? 0); g++) {
      let union = 0;
      let ok = true;
      for (let c = p.condStart[g] ?? 0; c < (p.condStart[g + 1] ?? 0); c++) {
        const j = pos[p.condNode[c] ?? 0] ?? -1;
        if (j < 0) {
          ok = false;
          break;
        }
        union |= lm[j] ?? 0;
      }
      if (!ok) continue;
      usable = true;
      acc &= union;
    }
    if (!usable) return false;
    acc |= 1 << i;
    if (lm[i] === acc) return false;
    lm[i] = acc;
    return true;
  });
  const goal = lm[pos[p.goal] ?? 0] ?? 0;
  return Uint8Array.from({ length: m }, (_, i) => (goal >>> i) & 1);
}

function neededLarge(p: Problem, order: readonly number[], pos: Int32Array, words: number): Uint8Array {
  const m = order.length;
  const lm = new Uint32Array(m * words).fill(0xffffffff);
  const acc = new Uint32Array(words);
  const union = new Uint32Array(words);
  sweepChanged(p, order, pos, (i) => {
    const v = order[i] ?? 0;
    let usable = false;
    acc.fill(0xffffffff);
    for (let g = p.wayStart[v] ?? 0; g < (p.wayStart[v + 1] ?? 0); g++) {
      let ok = true;
      union.fill(0);
      for (let c = p.condStart[g] ?? 0; c < (p.condStart[g + 1] ?? 0) && ok; c++) {
        const u = p.condNode[c] ?? 0;
        const j = pos[u] ?? -1;
        if (j < 0) ok = false;
        else for (let w = 0; w < words; w++) union[w] = (union[w] ?? 0) | (lm[j * words + w] ?? 0);
      }
      if (!ok) continue;
      usable = true;
      for (let w = 0; w < words; w++) acc[w] = (acc[w] ?? 0) & (union[w] ?? 0);
    }
    if (!usable) return false;
    acc[i >>> 5] = (acc[i >>> 5] ?? 0) | (1 << (i & 31));
    let changed = false;
    for (let w = 0; w < words; w++) {
      if (lm[i * words + w] !== acc[w]) {
        lm[i * words + w] = acc[w] ?? 0;
        changed = true;
      }
    }
    return changed;
  });
  const goal = pos[p.goal] ?? 0;
  return Uint8Array.from({ length: m }, (_, i) => ((lm[goal * words + (i >>> 5)] ?? 0) >>> (i & 31)) & 1);
}
