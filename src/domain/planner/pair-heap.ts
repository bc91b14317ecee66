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

  get size(): number {
    return this.length;
  }

  /** The value of the top pair (read before pop); undefined when empty. */
  topValue(): number | undefined {
    return this.length > 0 ? this.vals[0] : undefined;
  }

  private less(i: number, j: number): boolean {
    const a = this.vals[i] ?? 0;
    const b = this.vals[j] ?? 0;
    return a < b || (a === b && (this.nodes[i] ?? 0) < (this.nodes[j] ?? 0));
  }

  private swap(i: number, j: number): void {
    const v = this.vals[i] ?? 0;
    const n = this.nodes[i] ?? 0;
    this.vals[i] = this.vals[j] ?? 0;
    this.nodes[i] = this.nodes[j] ?? 0;
    this.vals[j] = v;
    this.nodes[j] = n;
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
    let i = this.length++;
    this.vals[i] = value;
    this.nodes[i] = node;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.less(i, parent)) break;
      this.swap(i, parent);
      i = parent;
    }
  }

  /** Removes the top pair and returns its node (-1 when empty); read its value with topValue first. */
  pop(): number {
    if (this.length === 0) return -1;
    const top = this.nodes[0] ?? -1;
    const last = --this.length;
    if (last > 0) {
      this.vals[0] = this.vals[last] ?? 0;
      this.nodes[0] = this.nodes[last] ?? 0;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        if (l >= last) break;
        const r = l + 1;
        const c = r < last && this.less(r, l) ? r : l;
        if (!this.less(c, i)) break;
        this.swap(c, i);
        i = c;
      }
    }
    return top;
  }
}
