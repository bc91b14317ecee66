// Links that would run behind a box: a link that skips a column is routed round the box in it
// (one turn in a gap between columns, else a corridor), never through any box but its own ends;
// a clear link, a link to the next column and a backward link keep the taxi route.

import { describe, expect, it } from 'vitest';
import {
  type Box,
  type Point,
  routesAroundBoxes,
  segmentData,
  TAXI_TURN,
} from '../../../src/view/graph/edge-routes';

const box = (x: number, y: number, w = 100, h = 50): Box => ({ x, y, w, h });

/** Whether the route from s's right side through `bends` to t's left side passes through `b`. */
function crosses(s: Box, t: Box, bends: Point[], b: Box): boolean {
  const pts = [{ x: s.x + s.w / 2, y: s.y }, ...bends, { x: t.x - t.w / 2, y: t.y }];
  for (let i = 0; i + 1 < pts.length; i++) {
    const p = pts[i] as Point;
    const q = pts[i + 1] as Point;
    const overlapX = Math.min(p.x, q.x) < b.x + b.w / 2 && Math.max(p.x, q.x) > b.x - b.w / 2;
    const overlapY = Math.min(p.y, q.y) < b.y + b.h / 2 && Math.max(p.y, q.y) > b.y - b.h / 2;
    if (overlapX && overlapY) return true;
  }
  return false;
}

describe('routesAroundBoxes', () => {
  // Three columns 160 px apart: A and C level, B level with them two columns on.
  const boxes = new Map<string, Box>([
    ['a', box(0, 0)],
    ['c', box(160, 0)],
    ['b', box(320, 0)],
    ['d', box(160, 80)],
  ]);

  it('a link straight through a box in the column between goes round it', () => {
    const routes = routesAroundBoxes(boxes, [{ id: 'a-b', source: 'a', target: 'b' }]);
    const bends = routes.get('a-b');
    expect(bends).toBeDefined();
    for (const id of ['c', 'd'])
      expect(crosses(boxes.get('a') as Box, boxes.get('b') as Box, bends ?? [], boxes.get(id) as Box)).toBe(
        false,
      );
    // Square turns only: every step is level or upright.
    const pts = [{ x: 50, y: 0 }, ...(bends ?? []), { x: 270, y: 0 }];
    for (let i = 0; i + 1 < pts.length; i++) {
      const p = pts[i] as Point;
      const q = pts[i + 1] as Point;
      expect(p.x === q.x || p.y === q.y).toBe(true);
    }
  });

  it('a link to the next column, a clear link and a backward link keep the taxi route', () => {
    const routes = routesAroundBoxes(boxes, [
      { id: 'a-c', source: 'a', target: 'c' },
      { id: 'b-a', source: 'b', target: 'a' },
    ]);
    expect(routes.size).toBe(0);
    // With C out of the way (far below), A→B is clear.
    const apart = new Map(boxes);
    apart.set('c', box(160, 400));
    apart.set('d', box(160, 500));
    expect(routesAroundBoxes(apart, [{ id: 'a-b', source: 'a', target: 'b' }]).size).toBe(0);
  });

  it('turns in a free gap when the taxi turn just past the source would run through a box', () => {
    // B is lower than A: the taxi route turns at once and runs level with B through E.
    const lower = new Map<string, Box>([
      ['a', box(0, 0)],
      ['e', box(160, 100)],
      ['b', box(320, 100)],
    ]);
    const bends = routesAroundBoxes(lower, [{ id: 'a-b', source: 'a', target: 'b' }]).get('a-b');
    // One turn, in the gap between E's column (right side 210) and B (left side 270).
    expect(bends).toHaveLength(2);
    const [out, into] = bends ?? [];
    expect(out?.y).toBe(0);
    expect(into?.y).toBe(100);
    expect(out?.x).toBe(into?.x);
    expect(out?.x).toBeGreaterThan(210);
    expect(out?.x).toBeLessThan(270);
    expect(TAXI_TURN).toBeLessThan(240 - 50);
  });

  it('parallel links share one route', () => {
    const routes = routesAroundBoxes(boxes, [
      { id: 'one', source: 'a', target: 'b' },
      { id: 'two', source: 'a', target: 'b' },
    ]);
    expect(routes.get('one')).toEqual(routes.get('two'));
  });
});

describe('segmentData', () => {
  it("gives back the bend points by Cytoscape's reading (weight along, distance across the centres' line)", () => {
    const s = { x: 10, y: 20 };
    const t = { x: 410, y: -80 };
    const bends = [
      { x: 100, y: 20 },
      { x: 100, y: 140 },
      { x: 300, y: 140 },
      { x: 300, y: -80 },
    ];
    const { weights, distances } = segmentData(s, t, bends);
    const w = weights.split(' ').map(Number);
    const d = distances.split(' ').map(Number);
    const len = Math.hypot(t.x - s.x, t.y - s.y);
    const normal = { x: -(t.y - s.y) / len, y: (t.x - s.x) / len };
    bends.forEach((p, i) => {
      const wi = w[i] as number;
      const di = d[i] as number;
      const x = s.x * (1 - wi) + t.x * wi + normal.x * di;
      const y = s.y * (1 - wi) + t.y * wi + normal.y * di;
      expect(x).toBeCloseTo(p.x, 1);
      expect(y).toBeCloseTo(p.y, 1);
    });
  });
});
