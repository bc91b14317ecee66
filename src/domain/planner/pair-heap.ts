// A binary min-heap of (value, node) pairs in typed arrays, ordered by value then node: the
// priority queue of the planner's Dijkstra-style passes, without an object per entry.

export class PairHeap {
  private vals: Float64Array;
  private nodes: Int32Array;
  private length = 0;

  constructor(capacity = 64) {
    this.vals = new Float64Array(Math.max(1, capacity));
    this.nodes = new Int32Array(Math.max(1, capacity));
  }

  /** Empties the heap, keeping its arrays for the next use. */
  clear(): void {
    this.length = 0;
  }

  get size(): number {
    return this.length;
  }

  /** The value of the top pair (read before pop); undefined when empty. */
  topValue(): number | undefined {
    return this.length > 0 ? this.vals[0] : undefined;
  }

  push(node: number, value: number): void {
    if (this.length === this.vals.length) {
      const vals = new Float64Array(this.length * 2);
      vals.set(this.vals);
      this.vals = vals;
      const nodes = new Int32Array(this.length * 2);
      nodes.set(this.nodes);
      this.nodes = nodes;
    }
    // The new pair moves up through a hole: parents that rank after it move down one each.
    const vals = this.vals;
    const nodes = this.nodes;
    let i = this.length++;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const pv = vals[parent] as number;
      if (pv < value || (pv === value && (nodes[parent] as number) <= node)) break;
      vals[i] = pv;
      nodes[i] = nodes[parent] as number;
      i = parent;
    }
    vals[i] = value;
    nodes[i] = node;
  }

  /** Removes the top pair and returns its node (-1 when empty); read its value with topValue first. */
  pop(): number {
    if (this.length === 0) return -1;
    const vals = this.vals;
    const nodes = this.nodes;
    const top = nodes[0] as number;
    const last = --this.length;
    if (last > 0) {
      // The last pair moves down from the top through a hole: the lesser child moves up each time.
      const value = vals[last] as number;
      const node = nodes[last] as number;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        if (l >= last) break;
        let c = l;
        let cv = vals[l] as number;
        const r = l + 1;
        if (r < last) {
          const rv = vals[r] as number;
          if (rv < cv || (rv === cv && (nodes[r] as number) < (nodes[l] as number))) {
            c = r;
            cv = rv;
          }
        }
        if (!(cv < value || (cv === value && (nodes[c] as number) < node))) break;
        vals[i] = cv;
        nodes[i] = nodes[c] as number;
        i = c;
      }
      vals[i] = value;
      nodes[i] = node;
    }
    return top;
  }
}
