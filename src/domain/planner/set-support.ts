// Derivations of the goal inside one set that only shrinks (minimise's tests): goalSupport's answer
// without its passes over the whole set. The set's own uses of each node are listed once, and a
// test touches only what it reaches before the goal; per-problem arrays are reused between sets.

import type { Problem } from './problem';
import { usesOf } from './uses';

/** Per-problem working arrays, made once per problem (a problem is one question's). */
interface Buffers {
  /** Per node: 1 while in the set. */
  inSet: Uint8Array;
  /** Per node: its uses by the set's ways are useWay/useOwner[useFirst[v] .. useEnd[v]]. */
  useFirst: Int32Array;
  useEnd: Int32Array;
  useWay: Int32Array;
  useOwner: Int32Array;
  /** Per way: conditions not met yet, valid while wayRun holds the current run. */
  remaining: Int32Array;
  wayRun: Int32Array;
  /** Per node: got in the run it holds. */
  gotRun: Int32Array;
  /** Per node: the way that first gave it in the last run. */
  support: Int32Array;
  queue: Int32Array;
  run: number;
  /** Whether a set holds the arrays now (sets of one problem take turns). */
  busy: boolean;
}

/** Runs are told apart by number; past this the stamps start again from 0. */
const RUN_LIMIT = 2 ** 30;

const buffers = new WeakMap<Problem, Buffers>();

function buffersOf(p: Problem): Buffers {
  const known = buffers.get(p);
  if (known !== undefined) return known;
  const n = p.ids.length;
  const ways = p.wayOwner.length;
  const made: Buffers = {
    inSet: new Uint8Array(n),
    useFirst: new Int32Array(n),
    useEnd: new Int32Array(n),
    useWay: new Int32Array(p.condNode.length),
    useOwner: new Int32Array(p.condNode.length),
    remaining: new Int32Array(ways),
    wayRun: new Int32Array(ways),
    gotRun: new Int32Array(n),
    support: new Int32Array(n),
    queue: new Int32Array(n),
    run: 0,
    busy: false,
  };
  buffers.set(p, made);
  return made;
}

/**
 * Nodes marked 1 in `flags`, also listed in `list[0 .. size]` (so clearing them costs what marking
 * did). Both arrays are made once, of the problem's size: minimise marks a derivation per test, and
 * a list grown anew each time was most of what a question allocated.
 */
export interface Marks {
  flags: Uint8Array;
  list: Int32Array;
  size: number;
}

export function newMarks(n: number): Marks {
  return { flags: new Uint8Array(n), list: new Int32Array(n), size: 0 };
}

function clearMarks(m: Marks): void {
  for (let i = 0; i < m.size; i++) m.flags[m.list[i] as number] = 0;
  m.size = 0;
}

/**
 * The problem's two marks for minimise (made once per problem, cleared here): a question makes
 * several sets minimal, one after the other, and each needs two.
 */
export function problemMarks(p: Problem): [Marks, Marks] {
  p.scratch.marks ??= [newMarks(p.ids.length), newMarks(p.ids.length)];
  const [a, b] = p.scratch.marks;
  clearMarks(a);
  clearMarks(b);
  return [a, b];
}

/**
 * One set of nodes of a problem, from which nodes are dropped (never added): derivations of the
 * goal inside it, each the one goalSupport gives for the same members in the same order. Call
 * `release` when done (the problem's arrays are shared by its sets, one at a time).
 */
export class SetSupport {
  private readonly b: Buffers;
  /** The set's nodes with a way of no conditions, in member order, and that way. */
  private readonly roots: number[] = [];
  private readonly rootWay: number[] = [];

  constructor(
    private readonly p: Problem,
    private readonly members: readonly number[],
  ) {
    const b = buffersOf(p);
    if (b.busy) throw new Error('SetSupport: one set per problem at a time');
    b.busy = true;
    this.b = b;
    const { inSet, useFirst, useEnd, useWay, useOwner } = b;
    const { wayStart, condStart, userStart } = p;
    const uses = usesOf(p);
    for (const v of members) inSet[v] = 1;
    let k = 0;
    for (const u of members) {
      useFirst[u] = k;
      const last = userStart[u + 1] as number;
      for (let j = userStart[u] as number; j < last; j++) {
        const v = uses.owner[j] as number;
        if (inSet[v] === 1) {
          useWay[k] = uses.way[j] as number;
          useOwner[k++] = v;
        }
      }
      useEnd[u] = k;
      for (let g = wayStart[u] as number; g < (wayStart[u + 1] as number); g++) {
        if (condStart[g + 1] === condStart[g]) {
          this.roots.push(u);
          this.rootWay.push(g);
          break;
        }
      }
    }
  }

  /** Whether `v` is still in the set. */
  has(v: number): boolean {
    return this.b.inSet[v] === 1;
  }

  /** Per node: 1 while in the set (read only; see drop). */
  get flags(): Uint8Array {
    return this.b.inSet;
  }

  /** Takes `v` out of the set for good. */
  drop(v: number): void {
    this.b.inSet[v] = 0;
  }

  /**
   * goalSupport(p, the set's members in member order, without, into): the nodes of one
   * derivation of the goal from the set without `without` (-1: none) marked in `into` (its
   * earlier marks cleared); false, with `into` cleared, when there is none.
   */
  goalSupport(without: number, into: Marks): boolean {
    clearMarks(into);
    const { p, b, roots, rootWay } = this;
    const { inSet, useFirst, useEnd, useWay, useOwner, remaining, wayRun, gotRun, support, queue } = b;
    const { condStart } = p;
    const goal = p.goal;
    if (b.run >= RUN_LIMIT) {
      b.run = 0;
      wayRun.fill(0);
      gotRun.fill(0);
    }
    const run = ++b.run;
    let count = 0;
    let reached = false;
    // Breadth first as goalSupport's pass, stopping once the goal is met: the nodes of its
    // derivation were all met before it, with the ways that met them.
    for (let i = 0; i < roots.length && !reached; i++) {
      const v = roots[i] as number;
      if (inSet[v] === 0 || v === without) continue;
      gotRun[v] = run;
      support[v] = rootWay[i] as number;
      queue[count++] = v;
      reached = v === goal;
    }
    for (let i = 0; i < count && !reached; i++) {
      const u = queue[i] as number;
      const last = useEnd[u] as number;
      for (let k = useFirst[u] as number; k < last; k++) {
        const v = useOwner[k] as number;
        if (inSet[v] === 0 || gotRun[v] === run || v === without) continue;
        const g = useWay[k] as number;
        let left: number;
        if (wayRun[g] === run) left = (remaining[g] as number) - 1;
        else {
          wayRun[g] = run;
          left = (condStart[g + 1] as number) - (condStart[g] as number) - 1;
        }
        remaining[g] = left;
        if (left === 0) {
          gotRun[v] = run;
          support[v] = g;
          queue[count++] = v;
          if (v === goal) {
            reached = true;
            break;
          }
        }
      }
    }
    if (!reached) return false;
    const { flags, list } = into;
    flags[goal] = 1;
    list[0] = goal;
    let size = 1;
    for (let i = 0; i < size; i++) {
      const g = support[list[i] as number] as number;
      for (let c = condStart[g] as number; c < (condStart[g + 1] as number); c++) {
        const u = p.condNode[c] as number;
        if (flags[u] === 0) {
          flags[u] = 1;
          list[size++] = u;
        }
      }
    }
    into.size = size;
    return true;
  }

  /** Hands the problem's arrays back (the set's marks cleared). */
  release(): void {
    for (const v of this.members) this.b.inSet[v] = 0;
    this.b.busy = false;
  }
}
