// A requirement with more combinations of options than the planner multiplies out (WAY_LIMIT) is
// never cut: each one-of group becomes a hidden choice, and the plan is weighed like any other.
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
    const caveats = caveatsOf(3, 12, plan);
    expect(caveats.some((c) => c.startsWith('Not proven'))).toBe(false);
    expect(caveats).not.toContain(PLAN_WORDS.notOptimal);
  });

  it('says nothing of it when every combination was weighed', () => {
    const caveats = caveatsOf(2, 12, planFor(2, 12)); // 144 combinations
    expect(caveats.some((c) => c.startsWith('Not proven'))).toBe(false);
    expect(caveats).not.toContain(PLAN_WORDS.notOptimal);
  });
});
