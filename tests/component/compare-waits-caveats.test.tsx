// @vitest-environment jsdom
// Compare says what the plan view says: each plan's waits (years of experience still to work) and
// caveats (fees and lengths not known, eligibility not known, cheapest among known fees), taken
// from the plan model with the plan view's objective, plan index and holdings.
import { describe, expect, it } from 'vitest';
import { planCareer } from '../../src/domain/planner/index';
import { presentPlan } from '../../src/present/plan-model';
import { caveatLines, compareRows, waitLines } from '../../src/view/compare/compare-rows';
import { builtin, builtinPlans } from './builtin-helpers';

const cellItems = (rows: ReturnType<typeof compareRows>, key: string) =>
  rows
    .find((r) => r.key === key)
    ?.cells.map((c) => (c.kind === 'list' ? c.items : c.kind === 'none' ? c.text : ''));

describe('compare waits and caveats', () => {
  it('a biller with 2 yr aiming at office manager: the wait the plan view shows', () => {
    const { graph } = builtin();
    const result = planCareer(
      graph,
      { holds: ['medical-biller'], years: { 'medical-biller': 2 } },
      'office-manager',
      {
        by: 'months',
        alternatives: 1,
      },
    );
    if (result.kind !== 'plan' || !result.plans[0]) throw new Error('no plan');
    const plan = result.plans[0];
    const rows = compareRows(graph, [{ title: 'Best plan', goal: 'office-manager', plan }], {
      by: 'months',
      holds: ['medical-biller'],
    });
    const model = presentPlan(graph, plan, {
      goal: 'office-manager',
      by: 'months',
      index: 0,
      holds: ['medical-biller'],
    });
    expect(waitLines(model)).toContain('Needs 3 yr as Medical biller: you have 2 yr, 1 yr more');
    expect(cellItems(rows, 'waits')).toEqual([waitLines(model)]);
  });

  it('the cheapest plan says its fees are not all known, and flags each step as the plan view does', () => {
    const { graph, result } = builtinPlans(['high-school-diploma'], 'rhia', 'cost');
    const [best, third] = [result.plans[0], result.plans[2]];
    if (!best || !third) throw new Error('rhia should have three plans');
    const rows = compareRows(
      graph,
      [
        { title: 'Best plan', goal: 'rhia', plan: best },
        { title: 'Plan 3', goal: 'rhia', plan: third, index: 2 },
      ],
      { by: 'cost', holds: ['high-school-diploma'] },
    );
    const models = [best, third].map((plan, index) =>
      presentPlan(graph, plan, { goal: 'rhia', by: 'cost', index, holds: ['high-school-diploma'] }),
    );
    const [bestLines, thirdLines] = models.map(caveatLines);
    expect(cellItems(rows, 'caveats')).toEqual([bestLines, thirdLines]);
    // The cheapest-among-known-fees caveat belongs to the best plan only (its index counts).
    expect(bestLines?.[0]).toMatch(/fee/i);
    expect(bestLines).toEqual(expect.arrayContaining(models[0]?.caveats ?? []));
    expect(thirdLines?.some((l) => l.endsWith('not known'))).toBe(true);
  });
});
