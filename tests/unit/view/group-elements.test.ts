// A big graph's group boxes: every node belongs to exactly one box, a box's count is its
// members', and each box has a name (its career levels and a block number) a person can tell apart.
import { describe, expect, it } from 'vitest';
import { syntheticLattice } from '../../../scripts/bench/synthetic';
import { buildCareerGraph } from '../../../src/domain/career-graph';
import * as grouping from '../../../src/view/graph/group-elements';
import {
  arcPoint,
  type BoxAt,
  countBox,
  groupLabel,
  levelSpan,
  placeLinkCounts,
} from '../../../src/view/graph/group-elements';
import { layeredPositions } from '../../../src/view/graph/layered-layout';
import { toElements } from '../../../src/view/graph/to-elements';

describe('levelSpan', () => {
  it('names one level, a range, a range from entry, and no roles', () => {
    expect(levelSpan([0, 0])).toBe('Entry');
    expect(levelSpan([3])).toBe('Level 3');
    expect(levelSpan([3, 2, 2])).toBe('Levels 2–3');
    expect(levelSpan([2, 0])).toBe('Entry–Level 2');
    expect(levelSpan([])).toBe('No roles');
  });
});

describe('groupLabel', () => {
  const parts = ['316 roles', '121 credentials'];
  it('says the levels and the count, turned along a tall box, inside its width', () => {
    const l = groupLabel('Levels 2–3', '437', parts, 600, 9000, 400);
    expect(l.upright).toBe(false);
    expect(l.text.split('\n')[0]).toBe('Levels 2–3 · 437');
    // Its lines stack across the box's 600 px width, with room to spare.
    expect(l.fs * 1.25 * l.text.split('\n').length).toBeLessThanOrEqual(0.85 * 600);
  });
  it('adds the kinds on a second line only where that does not shrink the label', () => {
    expect(groupLabel('Entry', '12', parts, 3000, 3000, 100).text).toBe(
      'Entry · 12\n316 roles · 121 credentials',
    );
    expect(groupLabel('Entry', '12', parts, 300, 9000, 400).text).toBe('Entry · 12');
  });
  it('never goes above the font asked for, and stays upright in a wide box', () => {
    const l = groupLabel('Entry', '12', parts, 3000, 1000, 50);
    expect(l.upright).toBe(true);
    expect(l.fs).toBe(50);
  });
});

describe('group boxes of a big graph', () => {
  const graph = buildCareerGraph(syntheticLattice({ nodes: 600, seed: 5 }));
  const elements = toElements(graph, layeredPositions(graph), grouping);
  const groups = elements.filter((e) => e.classes === 'group');
  const members = elements.filter((e) => e.group === 'nodes' && e.classes !== 'group');

  it('puts every node in exactly one box whose count is its members', () => {
    expect(groups.length).toBeGreaterThan(1);
    expect(members).toHaveLength(600);
    const ids = new Set(groups.map((g) => g.data.id));
    for (const m of members) expect(ids.has(m.data.group)).toBe(true);
    for (const g of groups)
      expect(members.filter((m) => m.data.group === g.data.id)).toHaveLength(Number(g.data.count));
  });

  it('names each box differently, by its levels, with the name in its accessible label', () => {
    const names = groups.map((g) => String(g.data.name));
    expect(new Set(names).size).toBe(names.length);
    for (const g of groups) {
      expect(String(g.data.name)).toMatch(/^(Entry|Levels? \d|No roles).*, block \d+$/);
      expect(String(g.data.fullLabel)).toContain(
        `${g.data.name}: ${Number(g.data.count).toLocaleString('en-US')} nodes`,
      );
    }
  });

  it('links the boxes the graph links, counted, each arcing over (forward) or under (back)', () => {
    const links = elements.filter((e) => e.classes === 'group-link');
    expect(links.length).toBeGreaterThan(0);
    const x = new Map(groups.map((g) => [g.data.id, g.position?.x ?? 0]));
    const groupOf = new Map(members.map((m) => [m.data.id, m.data.group]));
    for (const l of links) {
      const between = graph.filterEdges(
        (_k, a, s, t) =>
          a.type !== 'preferred' && groupOf.get(s) === l.data.source && groupOf.get(t) === l.data.target,
      );
      expect(Number(l.data.count)).toBe(between.length);
      const forward = (x.get(l.data.target) ?? 0) >= (x.get(l.data.source) ?? 0);
      expect(l.data.end).toBe(forward ? '0% -50%' : '0% 50%');
    }
  });

  it('draws a big graph without boxes until their code is given (it loads on first use)', () => {
    const plain = toElements(graph, layeredPositions(graph));
    expect(plain.some((e) => e.classes === 'group')).toBe(false);
    expect(plain.some((e) => e.data.group !== undefined)).toBe(false);
    expect(plain.filter((e) => e.group === 'nodes')).toHaveLength(graph.order);
  });

  it('gives a small graph no boxes and its nodes no group', () => {
    const small = buildCareerGraph(syntheticLattice({ nodes: 100, seed: 5 }));
    const els = toElements(small, layeredPositions(small), grouping);
    expect(els.some((e) => e.classes === 'group')).toBe(false);
    expect(els.some((e) => e.data.group !== undefined)).toBe(false);
  });
});

describe('placeLinkCounts', () => {
  // Six boxes in a row; every box linked to every box right of it: arcs that cross near their tops.
  const boxes = new Map<string, BoxAt>(
    Array.from({ length: 6 }, (_, i) => [`g${i}`, { x: i * 200, y: 0, w: 120, h: 400 }]),
  );
  const link = (s: number, t: number, count: number) => ({
    group: 'edges' as const,
    data: {
      id: `g${s}->g${t}`,
      source: `g${s}`,
      target: `g${t}`,
      count,
      label: String(count),
      fs: 24,
      arc: -Math.min(0.5 * Math.abs((t - s) * 200), 300),
      mx: 0,
      my: 0,
    },
  });
  const countsAt = (links: ReturnType<typeof link>[]) =>
    links
      .filter((l) => l.data.label !== '')
      .map((l) => {
        const from = boxes.get(l.data.source) as BoxAt;
        const to = boxes.get(l.data.target) as BoxAt;
        const mid = arcPoint(from, to, l.data.arc, 0.5);
        return countBox(l.data.label, l.data.fs, { x: mid.x + l.data.mx, y: mid.y + l.data.my });
      });

  it("keeps a lone count at its arc's top", () => {
    const links = [link(0, 3, 120)];
    placeLinkCounts(links, boxes);
    expect(links[0]?.data).toMatchObject({ label: '120', mx: 0, my: 0 });
  });

  it('moves crossing counts along their arcs until no two overlap, or leaves them off', () => {
    const links = [];
    for (let s = 0; s < 6; s++) for (let t = s + 1; t < 6; t++) links.push(link(s, t, 100 + s * 10 + t));
    // Without placement several counts sit on each other (the bug).
    const before = countsAt(links);
    const overlap = (a: BoxAt, b: BoxAt) =>
      Math.abs(a.x - b.x) < (a.w + b.w) / 2 && Math.abs(a.y - b.y) < (a.h + b.h) / 2;
    expect(before.some((a, i) => before.slice(i + 1).some((b) => overlap(a, b)))).toBe(true);
    placeLinkCounts(links, boxes);
    const after = countsAt(links);
    expect(after.length).toBeGreaterThan(links.length / 2);
    for (const [i, a] of after.entries()) {
      for (const b of after.slice(i + 1)) expect(overlap(a, b)).toBe(false);
      for (const box of boxes.values()) expect(overlap(a, box)).toBe(false);
    }
    // The busiest link keeps its arc's top.
    const busiest = links.find((l) => l.data.id === 'g4->g5');
    expect(busiest?.data).toMatchObject({ mx: 0, my: 0 });
  });
});
