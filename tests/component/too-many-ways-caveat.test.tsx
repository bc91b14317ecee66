// A plan through a requirement cut at the planner's product limit is unproven for that reason,
// not because "the search stopped early": the plan's notes name the requirement instead.
import { describe, expect, it } from 'vitest';
import { wideOneOfGraph } from '../../scripts/bench/shapes';
import { buildCareerGraph } from '../../src/domain/career-graph';
import { planCareer } from '../../src/domain/planner';
import { presentPlan } from '../../src/present/plan-model';
import { PLAN_WORDS } from '../../src/present/plan-words';

function caveatsFor(groups: number, options: number): string[] {
  const file = wideOneOfGraph(groups, options);
  const graph = buildCareerGraph(file);
  const result = planCareer(graph, { holds: ['wide-root'] }, 'wide-goal');
  const plan = result.kind === 'plan' ? result.plans[0] : undefined;
  if (plan === undefined) throw new Error('no plan');
  return presentPlan(graph, plan, { goal: 'wide-goal', by: 'months', index: 0, holds: ['wide-root'] })
    .caveats;
}

describe('a requirement with more combinations than the planner weighs', () => {
  it('says which requirement was cut, and not that the search stopped early', () => {
    const label = buildCareerGraph(wideOneOfGraph(3, 12)).getNodeAttributes('wide-goal').label;
    const caveats = caveatsFor(3, 12); // 1,728 combinations, past the limit of 512
    expect(caveats).toContain(PLAN_WORDS.tooManyWays(label));
    expect(caveats).not.toContain(PLAN_WORDS.notOptimal);
    expect(PLAN_WORDS.tooManyWays(label)).toMatch(
      /^Not proven the best: the requirement of .+ has more combinations/,
    );
  });

  it('says nothing of it when every combination was weighed', () => {
    const caveats = caveatsFor(2, 12); // 144 combinations
    expect(caveats.some((c) => c.startsWith('Not proven'))).toBe(false);
    expect(caveats).not.toContain(PLAN_WORDS.notOptimal);
  });
});
