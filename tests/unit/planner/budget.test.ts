// The search budget: the work counted is the work done, and a search cut short still returns
// valid minimal plans, marked not proven optimal.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deepLattice } from '../../../scripts/bench/shapes';
import { buildCareerGraph } from '../../../src/domain/career-graph';
import { OBJECTIVES, planCareer } from '../../../src/domain/planner';
import { minimise, PROPAGATE_WORK } from '../../../src/domain/planner/candidate';
import { ancestry, buildProblem, questionOf } from '../../../src/domain/planner/problem';
import { Work } from '../../../src/domain/planner/work';
import { PROPERTY_SEED, propertyRuns } from '../../support/property-runs';
import { World } from './oracle';
import { caseArb } from './random-graphs';
import { planProblems } from './simulate';
import { graphOf, type Row } from './tables';

describe('minimise counts the work it does', () => {
  it('drops nodes outside the derivation and keeps landmarks without a derivability test each', () => {
    // A chain of 40 (every link a landmark of the goal) and 200 loose nodes nothing needs.
    const rows: Row[] = [{ id: 'c00', months: 1 }];
    for (let i = 1; i < 40; i++) {
      rows.push({
        id: `c${String(i).padStart(2, '0')}`,
        months: 1,
        requires: `c${String(i - 1).padStart(2, '0')}`,
      });
    }
    for (let i = 0; i < 200; i++) rows.push({ id: `j${String(i).padStart(3, '0')}`, months: 1 });
    const graph = graphOf(rows);
    const q = questionOf({ holds: [] }, false);
    const p = buildProblem(
      graph,
      q,
      'c39',
      graph.nodes().filter((id) => id.startsWith('j') || ancestry(graph, q, 'c39').includes(id)),
    );
    const all = p.ids.map((_, i) => i);
    const work = new Work(Number.POSITIVE_INFINITY);
    const got = minimise(p, all, (a, b) => a - b, work);
    expect(got.nodes.map((v) => p.ids[v])).toEqual(rows.slice(0, 40).map((r) => r.id));
    // Counting a test per node (as before) would be about 240 tests over the set; the work done is
    // one look at the set and one step per node: less than two tests' worth.
    expect(work.done()).toBeLessThan(2 * PROPAGATE_WORK * all.length);
  });
});

describe('a search cut short', () => {
  it('returns valid minimal plans marked not optimal, on random small graphs', () => {
    fc.assert(
      fc.property(caseArb, fc.integer({ min: 1, max: 4 }), (c, budget) => {
        const graph = buildCareerGraph(c.file);
        const world = new World(c.file, c.situation, c.includePreferred);
        for (const by of OBJECTIVES) {
          const options = { alternatives: c.alternatives, includePreferred: c.includePreferred };
          const cut = planCareer(graph, c.situation, c.goal, { by, ...options, searchBudget: budget });
          const full = planCareer(graph, c.situation, c.goal, { by, ...options });
          expect(cut.kind).toBe(full.kind);
          if (cut.kind !== 'plan' || full.kind !== 'plan') continue;
          expect(cut.plans.length).toBeGreaterThan(0);
          for (const plan of cut.plans) expect(planProblems(world, c.goal, plan)).toEqual([]);
          // An answer proven optimal is the full search's; one cut short says so.
          if (cut.plans.every((plan) => plan.optimal)) expect(cut).toEqual(full);
        }
      }),
      { numRuns: propertyRuns(1000), seed: PROPERTY_SEED },
    );
  });

  it('says optimal: false on a deep lattice when the work runs out, and its plans stay valid and minimal', () => {
    const file = deepLattice(600, 12, 3);
    const graph = buildCareerGraph(file);
    const situation = { holds: ['deep-root'] };
    const world = new World(file, situation, false);
    for (const by of OBJECTIVES) {
      // 20 search nodes' worth of work: less than the seeds of a 600-node ancestry need.
      const cut = planCareer(graph, situation, 'deep-goal', { by, alternatives: 3, searchBudget: 20 });
      if (cut.kind !== 'plan') throw new Error('expected plans');
      expect(cut.plans.length).toBeGreaterThan(0);
      expect(cut.plans.map((plan) => plan.optimal)).toEqual(cut.plans.map(() => false));
      for (const plan of cut.plans) expect(planProblems(world, 'deep-goal', plan)).toEqual([]);
    }
  });
});
