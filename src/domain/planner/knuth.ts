// Knuth's generalisation of Dijkstra's algorithm on the AND/OR graph of a Problem: the least
// fixpoint of value(v) = weight(v) + best way of (combine over its conditions).

import Heap from 'mnemonist/heap.js';
import type { Problem } from './problem';

export interface Fixpoint {
  /** Infinity for nodes that cannot be obtained. */
  value: Float64Array;
  /** The way (global index) that gave each node its value; -1 when none. */
  via: Int32Array;
}

interface Entry {
  v: number;
  val: number;
}

const byValueThenIndex = (a: Entry, b: Entry): number => a.val - b.val || a.v - b.v;

/**
 * `max` mode gives earliest finish times (a way is ready at the latest of its conditions, each
 * condition at its node's time plus its delay); `sum` mode adds up condition values, which
 * counts a shared prerequisite once per use: exact on trees, an upper bound otherwise. Both
 * combine functions never go below their arguments, which is what makes the order of Dijkstra
 * correct. A node only gets a value once a whole way is met, so no node justifies itself through
 * a cycle. `mask` limits the nodes that may be used; `forced[v] >= 0` limits v to that way (local index).
 */
export function knuth(
  p: Problem,
  mode: 'max' | 'sum',
  weight: ArrayLike<number>,
  mask: Uint8Array | null = null,
  forced: Int32Array | null = null,
): Fixpoint {
  const n = p.ids.length;
  const value = new Float64Array(n).fill(Number.POSITIVE_INFINITY);
  const via = new Int32Array(n).fill(-1);
  const done = new Uint8Array(n);
  const ways = p.wayOwner.length;
  const remaining = new Int32Array(ways);
  const acc = new Float64Array(ways);
  const heap = new Heap<Entry>(byValueThenIndex);
  const usable = (v: number, g: number): boolean => {
    if (mask !== null && mask[v] !== 1) return false;
    const f = forced === null ? -1 : (forced[v] ?? -1);
    return f < 0 || f === p.wayLocal[g];
  };
  const relax = (v: number, val: number, g: number): void => {
    if (val < (value[v] ?? 0)) {
      value[v] = val;
      via[v] = g;
      heap.push({ v, val });
    }
  };
  for (let v = 0; v < n; v++) {
    for (let g = p.wayStart[v] ?? 0; g < (p.wayStart[v + 1] ?? 0); g++) {
      if (!usable(v, g)) continue;
      const count = (p.condStart[g + 1] ?? 0) - (p.condStart[g] ?? 0);
      remaining[g] = count;
      acc[g] = mode === 'max' ? (p.wayBase[g] ?? 0) : 0;
      if (count === 0) relax(v, (weight[v] ?? 0) + (acc[g] ?? 0), g);
    }
  }
  for (let e = heap.pop(); e !== undefined; e = heap.pop()) {
    const u = e.v;
    if (done[u] === 1 || e.val !== value[u]) continue;
    done[u] = 1;
    for (let k = p.userStart[u] ?? 0; k < (p.userStart[u + 1] ?? 0); k++) {
      const c = p.userCond[k] ?? 0;
      const g = p.condWay[c] ?? 0;
      const v = p.wayOwner[g] ?? 0;
      if (done[v] === 1 || !usable(v, g)) continue;
      const left = (remaining[g] ?? 0) - 1;
      remaining[g] = left;
      const a = acc[g] ?? 0;
      acc[g] = mode === 'max' ? Math.max(a, e.val + (p.condDelay[c] ?? 0)) : a + e.val;
      if (left === 0) relax(v, (weight[v] ?? 0) + (acc[g] ?? 0), g);
    }
  }
  return { value, via };
}

/** Whether the goal can be obtained using only the nodes in `mask` (no timing, no heap). */
export function derivable(p: Problem, mask: Uint8Array, target = p.goal): boolean {
  const n = p.ids.length;
  const remaining = new Int32Array(p.wayOwner.length);
  const got = new Uint8Array(n);
  const queue: number[] = [];
  for (let v = 0; v < n; v++) {
    if (mask[v] !== 1) continue;
    for (let g = p.wayStart[v] ?? 0; g < (p.wayStart[v + 1] ?? 0); g++) {
      const count = (p.condStart[g + 1] ?? 0) - (p.condStart[g] ?? 0);
      remaining[g] = count;
      if (count === 0 && got[v] === 0) {
        got[v] = 1;
        queue.push(v);
      }
    }
  }
  for (let i = 0; i < queue.length; i++) {
    const u = queue[i] ?? 0;
    if (u === target) return true;
    for (let k = p.userStart[u] ?? 0; k < (p.userStart[u + 1] ?? 0); k++) {
      const c = p.userCond[k] ?? 0;
      const g = p.condWay[c] ?? 0;
      const v = p.wayOwner[g] ?? 0;
      if (mask[v] !== 1 || got[v] === 1) continue;
      const left = (remaining[g] ?? 0) - 1;
      remaining[g] = left;
      if (left === 0) {
        got[v] = 1;
        queue.push(v);
      }
    }
  }
  return got[target] === 1;
}
