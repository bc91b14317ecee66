// The minimality test on sets around the 32-node word size: a chain is minimal, a chain with a
// second way in at the top is not.

import { describe, expect, it } from 'vitest';
import { evaluateSet } from '../../../src/domain/planner/candidate';
import { ancestry, buildProblem, questionOf } from '../../../src/domain/planner/problem';
import { graphOf, type Row } from './tables';

function chain(length: number): Row[] {
  const rows: Row[] = [
    { id: 'n00', months: 1 },
    { id: 'shortcut', months: 50 },
  ];
  for (let i = 1; i < length; i++) {
    const id = `n${String(i).padStart(2, '0')}`;
    const below = `n${String(i - 1).padStart(2, '0')}`;
    rows.push({ id, months: 1, requires: i === length - 1 ? { anyOf: [below, 'shortcut'] } : below });
  }
  return rows;
}

describe('evaluateSet', () => {
  for (const length of [30, 31, 32, 33, 40]) {
    it(`keeps a chain of ${length} and rejects it with a needless extra step`, () => {
      const rows = chain(length);
      const goal = rows.at(-1)?.id as string;
      const graph = graphOf(rows);
      const q = questionOf({ holds: [] }, false);
      const p = buildProblem(graph, q, goal, ancestry(graph, q, goal));
      const index = (id: string) => p.index.get(id) as number;
      const chainNodes = rows.filter((r) => r.id !== 'shortcut').map((r) => index(r.id));
      expect(evaluateSet(p, chainNodes, 'months')?.totals).toEqual({
        months: length,
        cost: 0,
        steps: length,
      });
      expect(evaluateSet(p, [...chainNodes, index('shortcut')], 'months')).toBeNull();
      expect(evaluateSet(p, [index(goal), index('shortcut')], 'months')?.totals).toEqual({
        months: 51,
        cost: 0,
        steps: 2,
      });
      expect(evaluateSet(p, chainNodes.slice(1), 'months')).toBeNull();
    });
  }
});
