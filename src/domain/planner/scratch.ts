// Working arrays a problem's searches reuse between calls (only touched entries are reset): owned
// by the problem, never by the module, so concurrent or nested plans never share them.

import type { Fixpoint } from './derivations';
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
  /** Per node: a timing pass read at once and dropped (see scored in candidate.ts); made when first used. */
  times?: Fixpoint;
  /** The queue of the problem's passes (one runs at a time); see sharedHeap. */
  heap?: PairHeap;
  /** minimise's two marks (see problemMarks); made when first used. */
  marks?: [Marks, Marks];
}

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
