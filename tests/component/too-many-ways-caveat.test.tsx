// A requirement with more combinations of options than the planner multiplies out (WAY_LIMIT) is
// no longer cut: each one-of group becomes a hidden choice, and the plan is weighed like any other.
// A plan that does say a requirement was cut is unproven for that reason, not because "the search
// stopped early": its notes name the requirement instead.
import { describe, expect, it } from 'vitest';
import { wideOneOfGraph } from '../../scripts/bench/shapes';
import { buildCareerGraph } from '../../src/domain/career-graph';
import { type Plan, planCareer } from '../../src/domain/planner';
import { presentPlan } from '../../src/present/plan-model';
import { PLAN_WORDS } from '../../src/present/plan-words';

function planFor(groups: number, options: number): Plan {
  const graph = buildCareerGraph(wideOneOfGraph(groups, options));
  const result = planCareer(graph, { holds: ['wide-root'] }, 'wide-goal');
  const plan = result.kind === 'plan' ? result.plans[0] : undefined;
  if (plan === undefined) throw new Error('no plan');
  return plan;
}

function caveatsOf(groups: number, options: number, plan: Plan): string[] {
  const graph = buildCareerGraph(wideOneOfGraph(groups, options));
  return presentPlan(graph, plan, { goal: 'wide-goal', by: 'months', index: 0, holds: ['wide-root'] })
    .caveats;
}

describe('a requirement with more combinations than the planner multiplies out', () => {
  it('is not cut: the plan is proven the best and says nothing of combinations', () => {
    const plan = planFor(3, 12); // 1,728 combinations, past the limit of 512
    expect(plan.optimal).toBe(true);
    expect('tooManyWays' in plan).toBe(false);
    const caveats = caveatsOf(3, 12, plan);
    expect(caveats.some((c) => c.startsWith('Not proven'))).toBe(false);
    expect(caveats).not.toContain(PLAN_WORDS.notOptimal);
  });

  it('says which requirement was cut, when a plan says one was, and not that the search stopped early', () => {
    const label = buildCareerGraph(wideOneOfGraph(3, 12)).getNodeAttributes('wide-goal').label;
    const cut: Plan = { ...planFor(3, 12), optimal: false, tooManyWays: ['wide-goal'] };
    const caveats = caveatsOf(3, 12, cut);
    expect(caveats).toContain(PLAN_WORDS.tooManyWays(label));
    expect(caveats).not.toContain(PLAN_WORDS.notOptimal);
    expect(PLAN_WORDS.tooManyWays(label)).toMatch(
      /^Not proven the best: the requirement of .+ has more combinations/,
    );
  });

  it('says nothing of it when every combination was weighed', () => {
    const caveats = caveatsOf(2, 12, planFor(2, 12)); // 144 combinations
    expect(caveats.some((c) => c.startsWith('Not proven'))).toBe(false);
    expect(caveats).not.toContain(PLAN_WORDS.notOptimal);
  });
});
