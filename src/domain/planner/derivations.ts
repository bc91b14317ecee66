// What can be derived in a Problem's AND/OR graph, and how soon or how cheaply: Knuth's
// generalisation of Dijkstra's algorithm (earliest times, relaxed sums), derivability, and bounds.

import type { PairHeap } from './pair-heap';
import type { Problem } from './problem';
import { floatsOf, sharedHeap } from './scratch';
import { usesOf } from './uses';

export interface Fixpoint {
  /** Infinity for nodes that cannot be obtained. */
  value: Float64Array;
  /** The way (global index) that gave each node its value; -1 when none. */
  via: Int32Array;
}

/** Where `sum` values stop growing; each weight is far below it (see figureCap), so it stays finite. */
export const SUM_CEILING = Number.MAX_VALUE / 4;

/**
 * `max` mode gives earliest finish times (a way is ready at the latest of its conditions, each
 * condition at its node's time plus its delay); `sum` mode adds up condition values, which
 * counts a shared prerequisite once per use: exact on trees, an upper bound otherwise. Both
 * combine functions never go below their arguments, which is what makes the order of Dijkstra
 * correct. A node only gets a value once a whole way is met, so no node justifies itself through
 * a cycle. `members` limits the nodes that may be used (default: all), and `without` leaves one
 * out (-1: none).
 */
export function knuth(
  p: Problem,
  mode: 'max' | 'sum',
  weight: ArrayLike<number>,
  members: readonly number[] | null = null,
  without = -1,
  /** Arrays of p.ids.length to make the pass in (written over) instead of new ones. */
  into?: Fixpoint,
): Fixpoint {
  const n = p.ids.length;
  const count = members === null ? n : members.length;
  const value = (into?.value ?? new Float64Array(n)).fill(Number.POSITIVE_INFINITY);
  const via = (into?.via ?? new Int32Array(n)).fill(-1);
  const { remaining, acc, got: done, inMask } = p.scratch;
  const { wayStart, condStart, wayBase } = p;
  const isMax = mode === 'max';
  const heap = sharedHeap(p.scratch);
  // The i-th node taken part: members[i], or i itself when every node takes part.
  for (let i = 0; i < count; i++) {
    const v = members === null ? i : (members[i] as number);
    inMask[v] = v === without ? 0 : 1;
    done[v] = 0;
  }
  for (let i = 0; i < count; i++) {
    const v = members === null ? i : (members[i] as number);
    if (v === without) continue;
    const w = weight[v] as number;
    const last = wayStart[v + 1] as number;
    for (let g = wayStart[v] as number; g < last; g++) {
      const conds = (condStart[g + 1] as number) - (condStart[g] as number);
      remaining[g] = conds;
      const a = isMax ? (wayBase[g] as number) : 0;
      acc[g] = a;
      const val = w + a;
      if (conds === 0 && val < (value[v] as number)) {
        value[v] = val;
        via[v] = g;
        heap.push(v, val);
      }
    }
  }
  settle(p, isMax, weight, value, via, heap, inMask);
  if (members === null) inMask.fill(0, 0, n);
  else for (let i = 0; i < count; i++) inMask[members[i] as number] = 0;
  return { value, via };
}

/**
 * Knuth's loop, shared by the whole pass and the pass without one node (knuthWithout): settles the
 * nodes in `heap` in order of value, counts each settled node toward the ways that name it
 * (`p.scratch.remaining`, `acc`), and gives a way's owner its value once the way is met. Only
 * owners taking part (`part` 1) and not settled (`p.scratch.got` 0) are counted. Returns the uses read.
 */
export function settle(
  p: Problem,
  isMax: boolean,
  weight: ArrayLike<number>,
  value: Float64Array,
  via: Int32Array,
  heap: PairHeap,
  part: Uint8Array,
): number {
  const { remaining, acc, got: done } = p.scratch;
  const { userStart } = p;
  const { way: useWay, owner: useOwner, delay: useDelay } = usesOf(p);
  let looked = 0;
  while (heap.size > 0) {
    const val = heap.topValue() as number;
    const u = heap.pop();
    if (done[u] === 1 || val !== value[u]) continue;
    done[u] = 1;
    const last = userStart[u + 1] as number;
    looked += last - (userStart[u] as number);
    for (let k = userStart[u] as number; k < last; k++) {
      const v = useOwner[k] as number;
      if (part[v] !== 1 || done[v] === 1) continue;
      const g = useWay[k] as number;
      const left = (remaining[g] as number) - 1;
      remaining[g] = left;
      const a = acc[g] as number;
      // Sums saturate: on a deep lattice counting shared prerequisites per use can grow like
      // 2^depth, and an overflow to Infinity would read as "cannot be obtained".
      const next = isMax ? Math.max(a, val + (useDelay[k] as number)) : Math.min(SUM_CEILING, a + val);
      acc[g] = next;
      if (left === 0) {
        const total = (weight[v] as number) + next;
        if (total < (value[v] as number)) {
          value[v] = total;
          via[v] = g;
          heap.push(v, total);
        }
      }
    }
  }
  return looked;
}

/**
 * Breadth-first propagation without timing: the nodes of `members` (leaving out `without`, -1 for
 * none) that can be obtained from them alone, each after what it needs, written to the front of
 * `p.scratch.queue`; returns how many. Stops once `target` has been reached (-1: never stops
 * early); `reached` then says whether it was.
 */
function propagate(
  p: Problem,
  members: readonly number[],
  without: number,
  target: number,
  support: Int32Array | null = null,
): { count: number; reached: boolean } {
  const { remaining, got, inMask, queue } = p.scratch;
  const { wayStart, condStart, userStart } = p;
  const { way: useWay, owner: useOwner } = usesOf(p);
  let count = 0;
  let reached = false;
  for (const v of members) {
    inMask[v] = v === without ? 0 : 1;
    got[v] = 0;
  }
  for (const v of members) {
    if (v === without) continue;
    for (let g = wayStart[v] ?? 0; g < (wayStart[v + 1] ?? 0); g++) {
      const conds = (condStart[g + 1] ?? 0) - (condStart[g] ?? 0);
      remaining[g] = conds;
      if (conds === 0 && got[v] === 0) {
        got[v] = 1;
        queue[count++] = v;
        if (v === target) reached = true;
        if (support !== null) support[v] = g;
      }
    }
  }
  for (let i = 0; i < count; i++) {
    const u = queue[i] ?? 0;
    if (u === target) break;
    const last = userStart[u + 1] as number;
    for (let k = userStart[u] as number; k < last; k++) {
      const v = useOwner[k] as number;
      if (inMask[v] !== 1 || got[v] === 1) continue;
      const g = useWay[k] as number;
      const left = (remaining[g] ?? 0) - 1;
      remaining[g] = left;
      if (left === 0) {
        got[v] = 1;
        queue[count++] = v;
        if (v === target) reached = true;
        if (support !== null) support[v] = g;
      }
    }
  }
  for (const v of members) inMask[v] = 0;
  return { count, reached };
}

/**
 * Whether `target` (default the goal) can be obtained using only `members`, leaving out `without`
 * (-1: none). No timing, no heap.
 */
export function derivable(p: Problem, members: readonly number[], without = -1, target = p.goal): boolean {
  return propagate(p, members, without, target).reached;
}

/**
 * The nodes of one derivation of the goal from `members` without `without` (-1: none), marked 1 in
 * `into` (cleared first over `members`): each node's first way met, followed back from the goal.
 * False, with `into` cleared, when the goal cannot be derived from them. `support` is per-node
 * working space.
 */
export function goalSupport(
  p: Problem,
  members: readonly number[],
  without: number,
  into: Uint8Array,
  support: Int32Array,
): boolean {
  for (const v of members) into[v] = 0;
  // The goal need not come last: nodes met before it was reached follow it in the queue.
  if (!propagate(p, members, without, p.goal, support).reached) return false;
  const stack = [p.goal];
  into[p.goal] = 1;
  for (let v = stack.pop(); v !== undefined; v = stack.pop()) {
    const g = support[v] ?? -1;
    for (let c = p.condStart[g] ?? 0; g >= 0 && c < (p.condStart[g + 1] ?? 0); c++) {
      const u = p.condNode[c] ?? 0;
      if (into[u] === 0) {
        into[u] = 1;
        stack.push(u);
      }
    }
  }
  return true;
}

/**
 * A lower bound on what completing the open nodes still adds (in `weight`: cost, or 1 a step),
 * given that the nodes in `inSet` are already counted: for each open node, the cheapest way's
 * costliest condition, each condition valued at its own weight plus the same bound below it
 * (nodes in the set count 0). Exact along chains; with all-of branches it keeps the dearest
 * branch only, which is what keeps it a lower bound when branches share nodes.
 */
export function completionBound(
  p: Problem,
  inSet: Uint8Array,
  open: readonly number[],
  weight: ArrayLike<number>,
  cap = Number.POSITIVE_INFINITY,
): number {
  const { value, floor } = chainPass(p, inSet, weight, cap, floatsOf(p.scratch, 'completion'));
  const done = p.scratch.got;
  let bound = 0;
  for (const o of open) {
    let best = Number.POSITIVE_INFINITY;
    for (let g = p.wayStart[o] ?? 0; g < (p.wayStart[o + 1] ?? 0); g++) {
      let worst = 0;
      for (let c = p.condStart[g] ?? 0; c < (p.condStart[g + 1] ?? 0); c++) {
        const u = p.condNode[c] ?? 0;
        worst = Math.max(worst, done[u] === 1 ? (value[u] ?? 0) : Math.min(floor, value[u] ?? 0));
      }
      best = Math.min(best, worst);
    }
    bound = Math.max(bound, best);
  }
  return bound;
}

/**
 * Each node's completion value (see completionBound) when the set is empty: at least its value for
 * any set, since the set's nodes only lower the values above them.
 */
export function chainValues(p: Problem, weight: ArrayLike<number>): Float64Array {
  return chainPass(p, new Uint8Array(p.ids.length), weight, Number.POSITIVE_INFINITY).value;
}

/**
 * An upper bound on completionBound(p, inSet, open, weight, cap) from `chains` =
 * chainValues(p, weight): the same combination over the open nodes' ways with each condition at
 * its value for the empty set (0 in the set). Without a pass over the problem; `looked` counts the
 * conditions read.
 */
export function completionCeiling(
  p: Problem,
  inSet: Uint8Array,
  open: readonly number[],
  chains: Float64Array,
): { ceiling: number; looked: number } {
  let ceiling = 0;
  let looked = 0;
  for (const o of open) {
    let best = Number.POSITIVE_INFINITY;
    for (let g = p.wayStart[o] ?? 0; g < (p.wayStart[o + 1] ?? 0); g++) {
      let worst = 0;
      const to = p.condStart[g + 1] ?? 0;
      for (let c = p.condStart[g] ?? 0; c < to; c++) {
        const u = p.condNode[c] ?? 0;
        worst = Math.max(worst, inSet[u] === 1 ? 0 : (chains[u] ?? 0));
      }
      looked += 1 + to - (p.condStart[g] ?? 0);
      best = Math.min(best, worst);
    }
    ceiling = Math.max(ceiling, best);
  }
  return { ceiling, looked };
}

/**
 * completionBound's pass: each node's completion value (the set's nodes 0), settled up to `cap`;
 * `p.scratch.got` marks the settled nodes until the next pass (the others are at least `floor`).
 */
export function chainPass(
  p: Problem,
  inSet: Uint8Array,
  weight: ArrayLike<number>,
  cap: number,
  /** The array of p.ids.length to make the values in (written over) instead of a new one. */
  into?: Float64Array,
): { value: Float64Array; floor: number } {
  const n = p.ids.length;
  const { remaining, acc, got: done } = p.scratch;
  const value = (into ?? new Float64Array(n)).fill(Number.POSITIVE_INFINITY);
  const heap = sharedHeap(p.scratch);
  for (let v = 0; v < n; v++) {
    done[v] = 0;
    if (inSet[v] === 1) {
      value[v] = 0;
      heap.push(v, 0);
      continue;
    }
    for (let g = p.wayStart[v] ?? 0; g < (p.wayStart[v + 1] ?? 0); g++) {
      const count = (p.condStart[g + 1] ?? 0) - (p.condStart[g] ?? 0);
      remaining[g] = count;
      acc[g] = 0;
      if (count === 0 && (weight[v] ?? 0) < (value[v] ?? 0)) {
        value[v] = weight[v] ?? 0;
        heap.push(v, value[v] ?? 0);
      }
    }
  }
  // Past `cap` the caller only needs to know the bound exceeds it: values not settled yet are at
  // least the last one popped, which keeps the answer a lower bound.
  let floor = Number.POSITIVE_INFINITY;
  while (heap.size > 0) {
    const top = heap.topValue() ?? 0;
    const u = heap.pop();
    if (done[u] === 1 || top !== value[u]) continue;
    if (top > cap) {
      floor = top;
      break;
    }
    done[u] = 1;
    for (let k = p.userStart[u] ?? 0; k < (p.userStart[u + 1] ?? 0); k++) {
      const c = p.userCond[k] ?? 0;
      const g = p.condWay[c] ?? 0;
      const v = p.wayOwner[g] ?? 0;
      if (inSet[v] === 1 || done[v] === 1) continue;
      const left = (remaining[g] ?? 0) - 1;
      remaining[g] = left;
      acc[g] = Math.max(acc[g] ?? 0, top);
      const val = (weight[v] ?? 0) + (acc[g] ?? 0);
      if (left === 0 && val < (value[v] ?? 0)) {
        value[v] = val;
        heap.push(v, val);
      }
    }
  }
  return { value, floor };
}

/** The members that can be obtained using only `members`, in an order where each comes after what it needs. */
export function derivationOrder(p: Problem, members: readonly number[]): number[] {
  const { count } = propagate(p, members, -1, -1);
  // Copied by index (Array.from walks an iterator, an object per element until compiled).
  const order = new Array<number>(count);
  for (let i = 0; i < count; i++) order[i] = p.scratch.queue[i] as number;
  return order;
}
