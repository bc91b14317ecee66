// The planner's typed priority queue pops (value, node) pairs by value, then node, like a sort.

import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../../scripts/bench/synthetic';
import { PairHeap } from '../../../src/domain/planner/pair-heap';

describe('PairHeap', () => {
  it('pops pairs in the order of a sort by value then node, growing past its first capacity', () => {
    const rnd = seededRandom(3);
    const pairs = Array.from(
      { length: 500 },
      () => [Math.floor(rnd() * 40), Math.floor(rnd() * 30)] as const,
    );
    const heap = new PairHeap(4);
    for (const [node, value] of pairs) heap.push(node, value);
    const popped: [number, number][] = [];
    while (heap.size > 0) {
      const value = heap.topValue() ?? Number.NaN;
      popped.push([heap.pop(), value]);
    }
    const sorted = pairs
      .map(([n, v]) => [n, v])
      .sort((a, b) => (a[1] ?? 0) - (b[1] ?? 0) || (a[0] ?? 0) - (b[0] ?? 0));
    expect(popped).toEqual(sorted);
    expect(heap.pop()).toBe(-1);
    expect(heap.topValue()).toBeUndefined();
  });
});
