// WayQueue gives a node's ways in the order of a full sort by (score, tie, way index), ties and
// Infinity included, and gives none after clear.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { WayQueue } from '../../../src/domain/planner/way-queue';
import { PROPERTY_SEED, propertyRuns } from '../../support/property-runs';

const figure = fc.constantFrom(0, 1, 2, 2.5, 12, Number.POSITIVE_INFINITY);

describe('WayQueue', () => {
  it('takes the ways in sorted order', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 40 }),
        fc.array(fc.tuple(figure, figure), { minLength: 0, maxLength: 60 }),
        (first, keys) => {
          const score = (g: number) => keys[g - first]?.[0] ?? 0;
          const tie = (g: number) => keys[g - first]?.[1] ?? 0;
          const queue = new WayQueue().reset(first, keys.length, score, tie);
          const taken: number[] = [];
          for (let g = queue.next(); g >= 0; g = queue.next()) taken.push(g);
          const sorted = keys
            .map((_, i) => first + i)
            .sort((a, b) =>
              score(a) !== score(b)
                ? score(a) < score(b)
                  ? -1
                  : 1
                : tie(a) !== tie(b)
                  ? tie(a) < tie(b)
                    ? -1
                    : 1
                  : a - b,
            );
          expect(taken).toEqual(sorted);
        },
      ),
      { numRuns: propertyRuns(500, 100), seed: PROPERTY_SEED },
    );
  });

  it('takes a second set of ways in order after a first, larger or smaller', () => {
    const queue = new WayQueue().reset(
      0,
      20,
      (g) => -g,
      () => 0,
    );
    expect(queue.next()).toBe(19);
    queue.reset(
      100,
      3,
      (g) => g % 2,
      (g) => -g,
    );
    expect([queue.next(), queue.next(), queue.next(), queue.next()]).toEqual([102, 100, 101, -1]);
    queue.reset(
      5,
      40,
      (g) => g,
      () => 0,
    );
    expect(queue.next()).toBe(5);
  });

  it('has nothing left after clear', () => {
    const queue = new WayQueue().reset(
      3,
      4,
      (g) => g,
      () => 0,
    );
    expect(queue.next()).toBe(3);
    queue.clear();
    expect(queue.next()).toBe(-1);
  });
});
