// tiedVia: a relaxed pass's ways with ties broken by the other objectives, and never a cycle.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildCareerGraph } from '../../../src/domain/career-graph';
import { OBJECTIVES } from '../../../src/domain/planner';
import { justificationClosure, stepWeights } from '../../../src/domain/planner/candidate';
import { derivable, knuth } from '../../../src/domain/planner/derivations';
import { buildWhole, questionOf } from '../../../src/domain/planner/problem';
import { tiedVia } from '../../../src/domain/planner/tied-via';
import { PROPERTY_SEED, propertyRuns } from '../../support/property-runs';
import { caseArb } from './random-graphs';
import { graphOf } from './tables';

const passesOf = (p: ReturnType<typeof buildWhole>) => ({
  months: knuth(p, 'max', p.months),
  cost: knuth(p, 'sum', p.cost),
  steps: knuth(p, 'sum', stepWeights(p)),
});

describe('tiedVia', () => {
  it('takes, among ways tied on steps, the faster one', () => {
    // Both ways take one step; the first met is the slow one.
    const graph = graphOf([
      { id: 'a-slow', months: 24, cost: 100 },
      { id: 'b-fast', months: 1, cost: 100 },
      { id: 'goal', kind: 'role', requires: { anyOf: ['a-slow', 'b-fast'] } },
    ]);
    const p = buildWhole(graph, questionOf({ holds: [] }, false), 'goal');
    const passes = passesOf(p);
    const named = (via: Int32Array) =>
      justificationClosure(p, via)
        .map((v) => p.ids[v])
        .sort();
    expect(named(passes.steps.via)).toEqual(['a-slow', 'goal']);
    expect(named(tiedVia(p, 'steps', passes, stepWeights(p), true))).toEqual(['b-fast', 'goal']);
    // Only choice nodes without realNodes: the pass's own ways stay.
    expect(named(tiedVia(p, 'steps', passes, stepWeights(p), false))).toEqual(['a-slow', 'goal']);
  });

  it('keeps the pass way at a node of no weight, where the tie-break could go round a cycle', () => {
    // x and y cost nothing and each may come from the other. By cost every way ties; the tie-break
    // alone would take x from y (sooner than from a) and y from x (fewer steps than from b).
    const graph = graphOf([
      { id: 'a', months: 10, cost: 5 },
      { id: 'd', months: 0 },
      { id: 'c', months: 0, requires: 'd' },
      { id: 'b', months: 1, cost: 5, requires: 'c' },
      { id: 'x', months: 0, requires: { anyOf: ['y', 'a'] } },
      { id: 'y', months: 0, requires: { anyOf: ['x', 'b'] } },
      { id: 'goal', kind: 'role', requires: 'x' },
    ]);
    const p = buildWhole(graph, questionOf({ holds: [] }, false), 'goal');
    const passes = passesOf(p);
    const via = tiedVia(p, 'cost', passes, p.cost, true);
    expect(derivable(p, justificationClosure(p, via))).toBe(true);
  });

  it('leads back to a set that yields the goal, on random graphs, for every objective', () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const graph = buildCareerGraph(c.file);
        const q = questionOf(c.situation, c.includePreferred);
        if (q.held.has(c.goal)) return;
        const p = buildWhole(graph, q, c.goal);
        if (p.ids.length === 0) return;
        const passes = passesOf(p);
        for (const by of OBJECTIVES) {
          if (!Number.isFinite(passes[by].value[p.goal] ?? Number.POSITIVE_INFINITY)) continue;
          const weight = { months: p.months, cost: p.cost, steps: stepWeights(p) }[by];
          const via = tiedVia(p, by, passes, weight, true);
          expect(derivable(p, justificationClosure(p, via))).toBe(true);
        }
      }),
      { numRuns: propertyRuns(500), seed: PROPERTY_SEED },
    );
  });
});
