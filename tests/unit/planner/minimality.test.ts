// The minimality test on sets around the 32-node word size: a chain is minimal, a chain with a
// second way in at the top is not; minimise drops exactly the steps the goal can do without.

import { describe, expect, it } from 'vitest';
import { planCareer } from '../../../src/domain/planner';
import { evaluateSet, minimise } from '../../../src/domain/planner/candidate';
import { ancestry, buildProblem, questionOf } from '../../../src/domain/planner/problem';
import { Work } from '../../../src/domain/planner/work';
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

describe('minimise', () => {
  const work = () => new Work(Number.POSITIVE_INFINITY);
  const byIndex = (a: number, b: number) => a - b;

  it('drops a step the goal can do without even when the goal is met before it in the derivation', () => {
    // g is open at once (years in a held role, waited for) and through a: a is never needed.
    const graph = graphOf([
      { id: 'a', months: 0 },
      { id: 'c', kind: 'role', months: 0 },
      { id: 'g', months: 0, requires: { anyOf: [{ experience: 'c', years: 1 }, 'a'] } },
    ]);
    const q = questionOf({ holds: ['c'], years: { c: 0 } }, false);
    const p = buildProblem(graph, q, 'g', ancestry(graph, q, 'g'));
    const [a, g] = [p.index.get('a') as number, p.index.get('g') as number];
    for (const nodes of [
      [a, g],
      [g, a],
    ]) {
      expect(minimise(p, nodes, byIndex, work()).nodes).toEqual([g]);
    }
    const plan = planCareer(graph, { holds: ['c'], years: { c: 0 } }, 'g');
    expect(plan.kind === 'plan' && plan.plans.map((x) => x.steps.map((s) => s.id))).toEqual([['g']]);
  });

  it('drops steps in the order given, each only while the goal can do without it', () => {
    const rows = chain(40);
    const graph = graphOf(rows);
    const q = questionOf({ holds: [] }, false);
    const p = buildProblem(graph, q, 'n39', ancestry(graph, q, 'n39'));
    const all = rows.map((r) => p.index.get(r.id) as number);
    const shortcut = p.index.get('shortcut') as number;
    const shortcutFirst = (a: number, b: number) => (a === shortcut ? -1 : b === shortcut ? 1 : a - b);
    // Shortcut tried first: the chain still yields the goal, so it goes and every chain step stays.
    expect(minimise(p, all, shortcutFirst, work())).toEqual({
      nodes: all.filter((v) => v !== shortcut),
      minimal: true,
    });
    // Chain steps tried first: each can go while the shortcut stays, down to the goal and it.
    expect(minimise(p, all, byIndex, work())).toEqual({
      nodes: all.filter((v) => v === shortcut || v === p.index.get('n39')),
      minimal: true,
    });
  });
});
