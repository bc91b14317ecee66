// Column packing: feeders move only where their links keep their direction, roles never move,
// and a feeder column is emptied when that lets the whole drawing fit the laptop's map larger.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCareerGraph } from '../../../src/data/load';
import { PACK_NODES, packColumns } from '../../../src/view/graph/column-packing';
import { columnsOf, drawnColumnsOf, layoutInputOf } from '../../../src/view/graph/layered-layout';

const spacing = { columnMargin: 30, rowGap: 10 };
const box = (id: string, role = false) => ({ id, role, w: 120, h: 40 });

describe('packColumns', () => {
  it('empties a column of feeders into its neighbours when the drawing is too wide', () => {
    // a (col 0) → f (col 1, alone) → r (col 2), and g with no links alone in col 3.
    const nodes = [box('a'), box('f'), box('r', true), box('g')];
    const links: [string, string][] = [
      ['a', 'f'],
      ['f', 'r'],
    ];
    const start = new Map([
      ['a', 0],
      ['f', 1],
      ['r', 2],
      ['g', 3],
    ]);
    const packed = packColumns(nodes, links, start, spacing);
    expect(packed.get('r')).toBe(2);
    // f must stay after a and before r: it keeps its column; g, linked to nothing, joins another.
    expect(packed.get('f')).toBe(1);
    expect(packed.get('g')).not.toBe(3);
    expect(new Set(packed.values()).size).toBe(3);
  });

  it('leaves big graphs as they are', () => {
    const nodes = Array.from({ length: PACK_NODES + 1 }, (_v, i) => box(`n${i}`));
    const start = new Map(nodes.map((n, i) => [n.id, i % 7]));
    expect(packColumns(nodes, [], start, spacing)).toEqual(start);
  });
});

describe('packed columns of the built-in dataset', () => {
  const file = 'graph-data/health-information.json';
  const result = parseCareerGraph(readFileSync(file, 'utf8'), file);
  if (!result.ok) throw new Error(result.problems.join('\n'));
  const input = layoutInputOf(result.graph);
  const before = columnsOf(input);
  const after = drawnColumnsOf(input);

  it('keeps roles in their level columns and every link pointing the way it did', () => {
    for (const n of input.nodes) if (n.role) expect(after.get(n.id)).toBe(before.get(n.id));
    for (const [s, t] of input.links) {
      const was = Math.sign((before.get(t) ?? 0) - (before.get(s) ?? 0));
      const now = Math.sign((after.get(t) ?? 0) - (after.get(s) ?? 0));
      expect(now === was || (was <= 0 && now <= 0), `${s} -> ${t}`).toBe(true);
    }
  });

  it('draws fewer columns than the unpacked layout', () => {
    expect(new Set(after.values()).size).toBeLessThan(new Set(before.values()).size);
  });
});
