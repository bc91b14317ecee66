// A list of whole numbers growing in one typed array: no boxed numbers, no garbage per item.

export class IntList {
  private data: Int32Array;
  length = 0;
  constructor(capacity: number) {
    this.data = new Int32Array(Math.max(4, capacity));
  }
  push(x: number): void {
    if (this.length === this.data.length) {
      const grown = new Int32Array(2 * this.data.length);
      grown.set(this.data);
      this.data = grown;
    }
    this.data[this.length++] = x;
  }
  at(k: number): number {
    return this.data[k] as number;
  }
  /** The last number pushed, taken off (the list must not be empty). */
  pop(): number {
    return this.data[--this.length] as number;
  }
  /** The last number pushed, left on (the list must not be empty). */
  last(): number {
    return this.data[this.length - 1] as number;
  }
  /** What was pushed, in order (a view of the array, not a copy). */
  view(): Int32Array {
    return this.data.subarray(0, this.length);
  }
}
