// A node's ways taken best first, one at a time: a binary heap over (score, tie, way), so that a
// branching whose children are cut after the first few never pays for ordering all of its ways.
// One queue serves one depth of the search after another (reset), its arrays kept.

export class WayQueue {
  /** Way indices in heap order, the next best at 0. */
  private heap = new Int32Array(8);
  /** By way index − first. */
  private score = new Float64Array(8);
  private tie = new Float64Array(8);
  private first = 0;
  private size = 0;

  /** Now the ways first … first + count − 1, scored by `score`, ties by `tie`, then by index. */
  reset(first: number, count: number, score: (g: number) => number, tie: (g: number) => number): this {
    if (this.heap.length < count) {
      const room = Math.max(count, 2 * this.heap.length);
      this.heap = new Int32Array(room);
      this.score = new Float64Array(room);
      this.tie = new Float64Array(room);
    }
    this.first = first;
    for (let i = 0; i < count; i++) {
      this.heap[i] = first + i;
      this.score[i] = score(first + i);
      this.tie[i] = tie(first + i);
    }
    this.size = count;
    for (let i = (count >> 1) - 1; i >= 0; i--) this.down(i);
    return this;
  }

  /** The next best way, or -1 when none is left. */
  next(): number {
    if (this.size === 0) return -1;
    const top = this.heap[0] as number;
    this.size--;
    if (this.size > 0) {
      this.heap[0] = this.heap[this.size] as number;
      this.down(0);
    }
    return top;
  }

  /** Leaves no way to take. */
  clear(): void {
    this.size = 0;
  }

  /** Whether way `a` comes before way `b`: lower score, then lower tie, then lower index. */
  private before(a: number, b: number): boolean {
    const sa = this.score[a - this.first] as number;
    const sb = this.score[b - this.first] as number;
    if (sa !== sb) return sa < sb;
    const ta = this.tie[a - this.first] as number;
    const tb = this.tie[b - this.first] as number;
    if (ta !== tb) return ta < tb;
    return a < b;
  }

  private down(from: number): void {
    const heap = this.heap;
    let i = from;
    const moving = heap[i] as number;
    for (;;) {
      const l = 2 * i + 1;
      if (l >= this.size) break;
      const r = l + 1;
      const c = r < this.size && this.before(heap[r] as number, heap[l] as number) ? r : l;
      if (!this.before(heap[c] as number, moving)) break;
      heap[i] = heap[c] as number;
      i = c;
    }
    heap[i] = moving;
  }
}
