// The default search budget: the whole of it for problems up to FULL_SEARCH_SIZE, falling past
// it towards a fixed amount of work per node and condition (about a shortest path's), and the
// slack order the months seed is made minimal in.

import { describe, expect, it } from 'vitest';
import { deepLattice } from '../../../scripts/bench/shapes';
import { buildCareerGraph } from '../../../src/domain/career-graph';
import { planCareer } from '../../../src/domain/planner';
import {
  DEFAULT_BUDGET,
  defaultWork,
  FULL_SEARCH_SIZE,
  WORK_PER_PROBLEM_UNIT,
  WORK_PER_SEARCH_NODE,
} from '../../../src/domain/planner/branch-and-bound';
import { justificationClosure } from '../../../src/domain/planner/candidate';
import { knuth } from '../../../src/domain/planner/derivations';
import { buildWhole, questionOf } from '../../../src/domain/planner/problem';
import { slackFirst, slacks } from '../../../src/domain/planner/slack-order';
import { graphOf } from './tables';

/** A stand-in problem of `size` nodes and conditions (defaultWork reads only the sizes). */
const sized = (nodes: number, conds: number) => ({
  ids: new Array<string>(nodes).fill(''),
  condNode: new Int32Array(conds),
});

describe('defaultWork', () => {
  const full = DEFAULT_BUDGET * WORK_PER_SEARCH_NODE;

  it('gives problems up to FULL_SEARCH_SIZE the whole budget, and effort multiplies it', () => {
    expect(defaultWork(sized(100, 300))).toBe(full);
    expect(defaultWork(sized(FULL_SEARCH_SIZE / 2, FULL_SEARCH_SIZE / 2))).toBe(full);
    expect(defaultWork(sized(100, 300), 10)).toBe(10 * full);
  });

  it('falls past it, never below WORK_PER_PROBLEM_UNIT per node and condition', () => {
    const sizes = [8_192, 9_000, 12_000, 20_000, 51_631, 100_000, 215_858, 1_000_000];
    const works = sizes.map((s) => defaultWork(sized(s, 0)));
    for (let i = 0; i < sizes.length; i++) {
      expect(works[i]).toBeGreaterThanOrEqual(WORK_PER_PROBLEM_UNIT * (sizes[i] as number));
      expect(works[i]).toBeLessThanOrEqual(Math.max(full, WORK_PER_PROBLEM_UNIT * (sizes[i] as number)));
    }
    // Falling at first (the search would prove nothing), then growing with the size (a floor per unit).
    expect(works[1]).toBeLessThan(works[0] as number);
    expect(works[4]).toBeLessThan(works[2] as number);
    expect(works[7]).toBe(WORK_PER_PROBLEM_UNIT * 1_000_000);
    // No jump at the edge: one unit past it costs almost nothing.
    expect(defaultWork(sized(FULL_SEARCH_SIZE + 1, 0))).toBeGreaterThan(0.999 * full);
  });

  it('is what planCareer spends by default: a deep lattice past the edge comes back not proven', () => {
    // 2,000 nodes, 40 wide: an ancestry of about 9,900 nodes and conditions.
    const graph = buildCareerGraph(deepLattice(2000, 40, 7));
    const plan = (options: { effort?: number; searchBudget?: number }) =>
      planCareer(graph, { holds: ['deep-root'] }, 'deep-goal', { by: 'months', ...options });
    const q = questionOf({ holds: ['deep-root'] }, false);
    const p = buildWhole(graph, q, 'deep-goal');
    expect(p.ids.length + p.condNode.length).toBeGreaterThan(FULL_SEARCH_SIZE);
    const byDefault = plan({});
    if (byDefault.kind !== 'plan') throw new Error('expected a plan');
    expect(byDefault.plans[0]?.optimal).toBe(false);
    // effort and an explicit search budget are checked.
    expect(() => plan({ effort: 0 })).toThrow(RangeError);
    expect(() => plan({ effort: Number.NaN })).toThrow(RangeError);
    expect(() => plan({ effort: Number.POSITIVE_INFINITY })).toThrow(RangeError);
  });
});

describe('slacks', () => {
  it('is how much later each node of the months seed could finish without delaying the goal', () => {
    // goal needs a (10 months) and b (2 months); b needs c (1 month); d needs 1 year in role r.
    const graph = graphOf([
      { id: 'a', months: 10 },
      { id: 'c', months: 1 },
      { id: 'b', months: 2, requires: 'c' },
      { id: 'r', kind: 'role', months: 0 },
      { id: 'd', months: 1, requires: { experience: 'r', years: 1 } },
      { id: 'goal', kind: 'role', months: 1, requires: { allOf: ['a', 'b', 'd'] } },
    ]);
    const p = buildWhole(graph, questionOf({ holds: [] }, false), 'goal');
    const fix = knuth(p, 'max', p.months);
    const closure = justificationClosure(p, fix.via);
    const slack = slacks(p, closure, fix.via, fix.value);
    const at = (id: string) => slack[p.index.get(id) as number];
    // The goal finishes at 14: d (12 + 1 = 13) is critical; a (10) has 3 months; b (3) 10; c 10.
    expect(fix.value[p.goal]).toBe(14);
    expect([at('goal'), at('d'), at('r'), at('a'), at('b'), at('c')]).toEqual([0, 0, 0, 3, 10, 10]);
    const order = [...closure].sort(slackFirst(slack, (x, y) => x - y)).map((v) => p.ids[v]);
    expect(order.slice(0, 2).sort()).toEqual(['b', 'c']);
    expect(order[2]).toBe('a');
  });
});
