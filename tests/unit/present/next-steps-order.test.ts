// "What you can do next" order: known lengths shortest first, unknown lengths last (a length no
// source gives is not zero months), then cheaper, then id; the same items always in the same order.
import { describe, expect, it } from 'vitest';
import type { ReachItem } from '../../../src/domain/planner/types';
import type { CareerNode } from '../../../src/domain/types';
import { orderNextSteps } from '../../../src/present/next-steps-order';
import { graphOfNodes, nodeOf } from '../support/career-graphs';

const node = (id: string, extra: Partial<CareerNode> = {}) => nodeOf(id, 'credential', extra);
const graph = graphOfNodes([
  node('quick', { months: 1 }),
  node('slow', { months: 24 }),
  node('free-at-once', { months: 0 }),
  node('unknown-a', { monthsKnown: false }),
  node('unknown-b', { monthsKnown: false, cost: 50 }),
  node('same-length-dear', { months: 1, cost: 900 }),
]);
const item = (id: string, months: number, cost = 0): ReachItem => ({ id, months, cost, steps: 1 });

describe('orderNextSteps', () => {
  it('puts known lengths shortest first and unknown lengths last', () => {
    const items = [
      item('unknown-b', 0, 50),
      item('unknown-a', 0),
      item('free-at-once', 0),
      item('slow', 24),
      item('same-length-dear', 1, 900),
      item('quick', 1),
    ];
    expect(orderNextSteps(graph, items).map((i) => i.id)).toEqual([
      'free-at-once',
      'quick',
      'same-length-dear',
      'slow',
      'unknown-a',
      'unknown-b',
    ]);
  });

  it('gives one order whatever order the items come in, and leaves its input alone', () => {
    const items = [item('unknown-a', 0), item('slow', 24), item('quick', 1)];
    const reversed = [...items].reverse();
    expect(orderNextSteps(graph, reversed)).toEqual(orderNextSteps(graph, items));
    expect(items.map((i) => i.id)).toEqual(['unknown-a', 'slow', 'quick']);
  });
});
