// Working arrays a problem's searches reuse between calls (only touched entries are reset): owned
// by the problem, never by the module, so concurrent or nested plans never share them.

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
