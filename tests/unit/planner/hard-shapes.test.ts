// Regression tests for the shapes that made the planner hang or throw (issue 12): wide one-of
// products, chains of 1,000 to 50,000 nodes, 10,000–40,000-node lattices, prototype-named ids and
// figures at and far past the format's limits. They check answers and the optimal flag, not time.

import { describe, expect, it } from 'vitest';
import { chainGraph, deepLattice, wideOneOfGraph } from '../../../scripts/bench/shapes';
import { buildCareerGraph } from '../../../src/domain/career-graph';
import { nextSteps, type Plan, planCareer, withinReach } from '../../../src/domain/planner';
import type { CareerGraphFile, Situation } from '../../../src/domain/types';
import { World } from './oracle';
import { planProblems } from './simulate';
import { graphOf } from './tables';

/** The plans of a result, failing the test when there is none. */
function plansOf(file: CareerGraphFile, situation: Situation, goal: string, alternatives = 1): Plan[] {
  const result = planCareer(buildCareerGraph(file), situation, goal, { alternatives });
  if (result.kind !== 'plan') throw new Error(`expected a plan, got: ${result.reason}`);
  return result.plans;
}

/** The chain's totals worked out on their own: each node starts when the one before (and its year) ends. */
function chainTotals(file: CareerGraphFile): { months: number; cost: number; steps: number } {
  let end = 0;
  let cost = 0;
  for (const node of file.nodes) {
    const wait = typeof node.requires === 'object' && 'experience' in node.requires ? 12 : 0;
    end += wait + (node.months ?? 0);
    cost += node.cost ?? 0;
  }
  return { months: end, cost, steps: file.nodes.length };
}

/**
 * The best totals on a wide one-of graph, worked out group by group (the groups share nothing
 * but the held root): by months, each group's quickest option, then the cheapest that is no
 * slower than the slowest group's quickest; by cost, each group's cheapest, then the quickest of
 * those. The goal takes a month after its options.
 */
function wideBest(file: CareerGraphFile, groups: number, by: 'months' | 'cost') {
  const options = Array.from({ length: groups }, (_, g) =>
    file.nodes.filter((n) => n.id.startsWith(`g${g}-`)).map((n) => ({ m: n.months ?? 0, c: n.cost ?? 0 })),
  );
  const first = (o: { m: number; c: number }) => (by === 'months' ? o.m : o.c);
  const second = (o: { m: number; c: number }) => (by === 'months' ? o.c : o.m);
  const bound = Math.max(...options.map((os) => Math.min(...os.map(first))));
  const picks = options.map((os) => {
    const fit = os.filter((o) => first(o) <= (by === 'months' ? bound : Math.min(...os.map(first))));
    return fit.reduce((a, b) => (second(b) < second(a) ? b : a));
  });
  const months = 1 + Math.max(...picks.map((o) => o.m));
  const cost = picks.reduce((s, o) => s + o.c, 0);
  return { months, cost, steps: groups + 1 };
}

describe('planner on wide one-of products', () => {
  for (const groups of [6, 40]) {
    it(`finds the best plan of a goal needing ${groups} one-of groups of 512 options`, () => {
      const file = wideOneOfGraph(groups, 512);
      const held = { holds: ['wide-root'] };
      const graph = buildCareerGraph(file);
      for (const by of ['months', 'cost'] as const) {
        const result = planCareer(graph, held, 'wide-goal', { by });
        if (result.kind !== 'plan') throw new Error('expected a plan');
        const [plan, ...rest] = result.plans;
        expect(rest).toEqual([]);
        // No requirement is cut any more (each one-of group is one hidden choice): the plan is
        // the best there is, whether or not the search had the budget to prove it.
        expect(plan?.totals).toEqual(wideBest(file, groups, by));
        expect(planProblems(new World(file, held), 'wide-goal', plan as Plan)).toEqual([]);
        // Each option step is there for the goal's all-of, named as the one-of group it is in.
        for (const step of plan?.steps ?? []) {
          if (step.id === 'wide-goal') continue;
          const g = Number(step.id.slice(1, step.id.indexOf('-')));
          expect(step.reasons.map((r) => [r.for, r.need, r.path])).toEqual([
            ['wide-goal', 'anyOf', `allOf[${g}]`],
          ]);
        }
      }
    }, 120_000);
  }
});

describe('planner on one-of products within the limit', () => {
  it('proves its plan when the product fits (2 groups of 22: 484 ways)', () => {
    const [plan] = plansOf(wideOneOfGraph(2, 22), { holds: ['wide-root'] }, 'wide-goal');
    expect(plan?.optimal).toBe(true);
  });
});

describe('planner on long chains', () => {
  for (const length of [1_000, 5_000, 50_000]) {
    it(`plans the one plan of a ${length}-node chain, exactly and proven optimal`, () => {
      const file = chainGraph(length);
      const plans = plansOf(file, { holds: [] }, `chain-${length - 1}`, 3);
      expect(plans.map((p) => [p.totals, p.optimal])).toEqual([[chainTotals(file), true]]);
      const plan = plans[0] as Plan;
      expect(plan.steps.map((s) => s.id)).toEqual(file.nodes.map((n) => n.id));
      if (length <= 5_000) {
        expect(planProblems(new World(file, { holds: [] }), `chain-${length - 1}`, plan, false)).toEqual([]);
      }
    }, 60_000);
  }

  it('explains a 50,000-node chain whose first node is offered elsewhere', () => {
    const file = chainGraph(50_000);
    const first = file.nodes[0];
    if (first !== undefined) first.regions = ['CA'];
    const result = planCareer(buildCareerGraph(file), { holds: [], region: 'NJ' }, 'chain-49999');
    expect(result.kind === 'unreachable' && result.blockers).toEqual([
      { node: 'chain-0', why: 'region', detail: 'chain 0 is offered only in: CA (you chose NJ)' },
    ]);
  }, 60_000);
});

describe('planner on deep lattices', () => {
  for (const size of [10_000, 40_000]) {
    it(`returns valid, finite plans on a ${size}-node lattice whose goal needs most of it`, () => {
      const file = deepLattice(size, 100, 7);
      const graph = buildCareerGraph(file);
      const world = new World(file, { holds: [] });
      for (const by of size > 10_000 ? (['months'] as const) : (['months', 'cost'] as const)) {
        const result = planCareer(graph, { holds: [] }, 'deep-goal', { by, alternatives: 3 });
        if (result.kind !== 'plan') throw new Error(result.reason);
        expect(result.plans.length).toBeGreaterThan(0);
        for (const plan of result.plans) {
          expect(Number.isFinite(plan.totals.months) && Number.isFinite(plan.totals.cost)).toBe(true);
          expect(typeof plan.optimal).toBe('boolean');
          expect(planProblems(world, 'deep-goal', plan, false)).toEqual([]);
        }
      }
    }, 120_000);
  }
});

describe('prototype-named ids', () => {
  const rows = [
    { id: 'constructor', kind: 'role' as const, months: 1 },
    { id: 'goal', kind: 'role' as const, months: 2, requires: { experience: 'constructor', years: 2 } },
  ];

  it('reads the years held in a role named constructor, and none when none are given', () => {
    const graph = graphOf(rows);
    const plan = (situation: Situation) => {
      const result = planCareer(graph, situation, 'goal');
      return result.kind === 'plan' ? result.plans[0]?.totals : result.reason;
    };
    expect(plan({ holds: ['constructor'], years: { constructor: 3 } })).toEqual({
      months: 2,
      cost: 0,
      steps: 1,
    });
    expect(plan({ holds: ['constructor'] })).toEqual({ months: 26, cost: 0, steps: 1 });
    expect(plan({ holds: [] })).toEqual({ months: 27, cost: 0, steps: 2 });
    expect(nextSteps(graph, { holds: ['constructor'], years: { constructor: 2 } }).map((i) => i.id)).toEqual([
      'goal',
    ]);
    expect(withinReach(graph, { holds: ['constructor'] }, 30).map((i) => [i.id, i.months])).toEqual([
      ['goal', 26],
    ]);
  });
});

describe('figures at and past the format limits', () => {
  it('gives exact totals at the limits on a 5,000-node chain', () => {
    const file = chainGraph(5_000);
    for (const node of file.nodes) {
      node.months = 600;
      node.cost = 10_000_000;
      if (typeof node.requires === 'object' && 'experience' in node.requires) node.requires.years = 80;
    }
    const [plan] = plansOf(file, { holds: [] }, 'chain-4999');
    const roles = file.nodes.filter((n) => typeof n.requires === 'object').length;
    expect(plan?.totals).toEqual({ months: 5_000 * 600 + roles * 80 * 12, cost: 5e10, steps: 5_000 });
  });

  it('keeps totals finite for figures of 1e308', () => {
    const huge = 1e308;
    const graph = graphOf([
      { id: 'a', kind: 'role', months: huge, cost: huge },
      { id: 'b', months: huge, cost: huge, requires: { experience: 'a', years: huge } },
      { id: 'c', months: huge, cost: huge, requires: { allOf: ['a', 'b'] } },
      { id: 'd', months: 1, cost: 1, requires: { anyOf: ['c', { experience: 'a', years: huge }] } },
    ]);
    for (const situation of [{ holds: [] }, { holds: ['a'], years: { a: huge } }]) {
      for (const by of ['months', 'cost', 'steps'] as const) {
        const result = planCareer(graph, situation, 'd', { by, alternatives: 3 });
        if (result.kind !== 'plan') throw new Error(result.reason);
        for (const plan of result.plans) {
          for (const figure of [plan.totals.months, plan.totals.cost])
            expect(Number.isFinite(figure)).toBe(true);
          for (const step of plan.steps)
            expect(Number.isFinite(step.end) && step.start <= step.end).toBe(true);
        }
      }
    }
  });
});

describe('planning leaves the graph alone', () => {
  it('adds no listeners to the graph and answers the same when calls interleave', () => {
    const a = buildCareerGraph(chainGraph(30));
    const b = buildCareerGraph(deepLattice(300, 10, 2));
    const first = planCareer(a, { holds: [] }, 'chain-29', { alternatives: 2 });
    const other = planCareer(b, { holds: [] }, 'deep-goal', { alternatives: 2 });
    expect(planCareer(a, { holds: [] }, 'chain-29', { alternatives: 2 })).toEqual(first);
    expect(planCareer(b, { holds: [] }, 'deep-goal', { alternatives: 2 })).toEqual(other);
    nextSteps(a, { holds: [] });
    withinReach(b, { holds: [] }, 24);
    for (const graph of [a, b]) expect(graph.eventNames()).toEqual([]);
  });
});
