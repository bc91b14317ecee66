// The one layered layout with pinned columns (how the handout's path diagram uses it): a pinned
// node keeps its column whatever its links say; unpinned feeders still sit before what they feed.
import { describe, expect, it } from 'vitest';
import { columnsOf, type LayoutInput, layoutPositions } from '../../../src/view/graph/layered-layout';

const node = (id: string, extra: Partial<LayoutInput['nodes'][number]> = {}) => ({
  id,
  role: false,
  level: 0,
  w: 100,
  h: 30,
  ...extra,
});

describe('pinned columns', () => {
  it('keeps each pinned node in its column; an unpinned feeder goes one before its dependent', () => {
    const input: LayoutInput = {
      nodes: [node('held', { column: 0 }), node('step', { column: 3 }), node('feeder')],
      links: [
        ['held', 'step'],
        ['feeder', 'step'],
      ],
    };
    expect(Object.fromEntries(columnsOf(input))).toEqual({ held: 0, step: 3, feeder: 2 });
  });

  it('stacks the nodes of one pinned column without overlap', () => {
    const input: LayoutInput = {
      nodes: [node('a', { column: 0 }), node('b', { column: 0 }), node('c', { column: 1 })],
      links: [
        ['a', 'c'],
        ['b', 'c'],
      ],
    };
    const at = layoutPositions(input);
    const [a, b, c] = ['a', 'b', 'c'].map((id) => at.get(id));
    expect(a?.x).toBe(b?.x);
    expect(c?.x).toBeGreaterThan(a?.x ?? 0);
    expect(Math.abs((a?.y ?? 0) - (b?.y ?? 0))).toBeGreaterThanOrEqual(30);
  });
});
