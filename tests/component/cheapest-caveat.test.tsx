// @vitest-environment jsdom
// "Cheapest" ranks unknown fees as 0; the best plan by cost says so next to its totals and in the
// handout's notes, and says nothing when every fee is known or the objective is not cost.
import { act } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { presentPlan } from '../../src/present/plan-model';
import { PLAN_WORDS } from '../../src/present/plan-words';
import { buildHandoutData } from '../../src/view/handout/handout-data';
import { PlanPanel } from '../../src/view/panels/PlanPanel';
import { builtinPlans, builtinStore } from './builtin-helpers';
import { type Rendered, render } from './explorer-helpers';

let shown: Rendered | null = null;
afterEach(() => {
  shown?.unmount();
  shown = null;
});

describe('cheapest among known fees', () => {
  it('words, in the plan model only for the best plan by cost with fees not known', () => {
    expect(PLAN_WORDS.cheapestCaveat(2)).toBe('Cheapest among known fees: 2 fees are not known.');
    expect(PLAN_WORDS.cheapestCaveat(1)).toBe('Cheapest among known fees: 1 fee is not known.');
    const { graph, result } = builtinPlans(['high-school-diploma'], 'rhia', 'cost');
    const plan = result.kind === 'plan' ? result.plans[0] : undefined;
    if (plan === undefined) throw new Error('no plan');
    const caveats = (by: 'cost' | 'months', index: number) =>
      presentPlan(graph, plan, { goal: 'rhia', by, index, holds: [] }).caveats.filter((c) =>
        c.startsWith('Cheapest'),
      );
    expect(caveats('cost', 0)).toEqual(['Cheapest among known fees: 2 fees are not known.']);
    expect(caveats('months', 0)).toEqual([]);
    expect(caveats('cost', 1)).toEqual([]);
  });

  it('plan panel: best plan to RHIA by cost has the RHIT and RHIA exam fees unknown', () => {
    const store = builtinStore();
    shown = render(store, <PlanPanel />);
    act(() => {
      store.getState().addHeld('high-school-diploma');
      store.getState().setGoal('rhia');
      store.getState().setObjective('cost');
    });
    const caveats = () =>
      [...(shown?.container.querySelectorAll('.plan-caveat') ?? [])].map((p) => p.textContent);
    expect(caveats()).toContain('Cheapest among known fees: 2 fees are not known.');
    act(() => store.getState().setObjective('months'));
    expect(caveats().filter((c) => c?.startsWith('Cheapest'))).toEqual([]);
  });

  it('handout subtitle data', () => {
    const { graph, result } = builtinPlans(['high-school-diploma'], 'rhia', 'cost');
    const out = buildHandoutData({
      graph,
      situation: { holds: ['high-school-diploma'] },
      result,
      index: 0,
      date: new Date(0),
    });
    if (out.kind !== 'handout') throw new Error(out.reason);
    expect(out.data.objective).toBe('cheapest plan');
    expect(out.data.caveats).toContain('Cheapest among known fees: 2 fees are not known.');
    const third = buildHandoutData({
      graph,
      situation: { holds: ['high-school-diploma'] },
      result,
      index: 2,
      date: new Date(0),
    });
    if (third.kind !== 'handout') throw new Error(third.reason);
    expect(third.data.objective).toBe('plan 3 of 3 (plan 1 is the cheapest)');
    expect(third.data.caveats.filter((c) => c.startsWith('Cheapest'))).toEqual([]);
  });
});
