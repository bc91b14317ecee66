// How many members a group expansion puts into the canvas per frame: fewer after a frame that ran
// long (a slow or busy machine), more after quick ones, within bounds.
import { describe, expect, it } from 'vitest';
import { nextSlice, SLICE, SLICE_BUDGET } from '../../../src/view/graph/group-expansion';

describe('nextSlice', () => {
  it('shrinks in proportion after a long frame, never below the minimum', () => {
    expect(nextSlice(100, 2 * SLICE_BUDGET)).toBe(50);
    expect(nextSlice(50, 10 * SLICE_BUDGET)).toBe(SLICE.min);
  });

  it('grows after quick frames, never above the maximum, and holds in between', () => {
    expect(nextSlice(50, 10)).toBe(75);
    expect(nextSlice(SLICE.max, 1)).toBe(SLICE.max);
    expect(nextSlice(80, (3 * SLICE_BUDGET) / 4)).toBe(80);
  });

  it('settles near the budget when each element costs the same time', () => {
    // 4 ms per element plus 16 ms of frame: the size settles where a turn takes about the budget.
    let size: number = SLICE.start;
    for (let i = 0; i < 20; i++) size = nextSlice(size, 16 + 4 * size);
    expect(16 + 4 * size).toBeLessThanOrEqual(SLICE_BUDGET * 1.5);
    expect(16 + 4 * size).toBeGreaterThanOrEqual(SLICE_BUDGET / 2);
  });
});
