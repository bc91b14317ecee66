// Working arrays a problem's searches reuse between calls (only touched entries are reset): owned
// by the problem, never by the module, so concurrent or nested plans never share them.

import type { FreePasses } from './free-passes';
import { IntList } from './int-list';
import { PairHeap } from './pair-heap';
import type { Marks } from './set-support';

export interface Scratch {
  /** Per way: conditions not met yet. */
  remaining: Int32Array;
  /** Per way: the value combined so far. */
  acc: Float64Array;
  /** Per node: settled. */
  got: Uint8Array;
  /** Per node: in the member set of the current pass. */
  inMask: Uint8Array;
  /** Per node: its position in the set being checked for minimality, -1 outside it. */
  pos: Int32Array;
  /** Per node: the propagation queue (see propagate). */
  queue: Int32Array;
  /** The queue of the problem's passes (one runs at a time); see sharedHeap. */
  heap?: PairHeap;
  /** minimise's two marks (see problemMarks); made when first used. */
  marks?: [Marks, Marks];
  /** What every search of the problem starts from (see free-passes.ts), made when first asked for. */
  free?: FreePasses;
  /** Per-node arrays by their one user's name (see nodeArray), made when first asked for. */
  named?: Map<string, Float64Array | Int32Array | Uint8Array>;
  /** Lists by their one user's name (see listOf), made when first asked for. */
  lists?: Map<string, IntList>;
}

/**
 * The list only the user named `name` uses, emptied: its room is kept from call to call (a
 * stack of a large problem's nodes grew anew, array after array, at each call).
 */
export function listOf(scratch: Scratch, name: string): IntList {
  scratch.lists ??= new Map();
  let list = scratch.lists.get(name);
  if (list === undefined) {
    list = new IntList(64);
    scratch.lists.set(name, list);
  }
  list.length = 0;
  return list;
}

type NodeArray = Float64Array | Int32Array | Uint8Array;

/**
 * A per-node array of the problem that only the user named `name` writes (its contents are what
 * that user left: it fills what it reads), made once and then reused from call to call and, with
 * the working arrays, from question to question. A new typed array of a large problem's size
 * costs more than a pass over it (its memory is fresh pages), and the search made dozens.
 */
function nodeArray<T extends NodeArray>(scratch: Scratch, name: string, make: (n: number) => T): T {
  scratch.named ??= new Map();
  let made = scratch.named.get(name) as T | undefined;
  if (made === undefined) {
    made = make(scratch.got.length);
    scratch.named.set(name, made);
  }
  return made;
}

/** The per-node Float64Array named `name` (see nodeArray). */
export const floatsOf = (s: Scratch, name: string): Float64Array =>
  nodeArray(s, name, (n) => new Float64Array(n));
/** The per-node Int32Array named `name` (see nodeArray). */
export const intsOf = (s: Scratch, name: string): Int32Array => nodeArray(s, name, (n) => new Int32Array(n));
/** The per-node Uint8Array named `name` (see nodeArray). */
export const flagsOf = (s: Scratch, name: string): Uint8Array => nodeArray(s, name, (n) => new Uint8Array(n));

/**
 * The problem's pass queue, emptied: every pass (knuth, knuthWithout, chainPass) empties its
 * queue before it returns, and none runs inside another, so one queue serves them all and keeps
 * the room it grew to.
 */
export function sharedHeap(scratch: Scratch): PairHeap {
  // Room for a whole pass at once: a pass pushes each node about once.
  scratch.heap ??= new PairHeap(scratch.got.length);
  scratch.heap.clear();
  return scratch.heap;
}

export function newScratch(nodes: number, ways: number): Scratch {
  return {
    remaining: new Int32Array(ways),
    acc: new Float64Array(ways),
    got: new Uint8Array(nodes),
    inMask: new Uint8Array(nodes),
    pos: new Int32Array(nodes).fill(-1),
    queue: new Int32Array(nodes),
  };
}
