// @vitest-environment jsdom
// "Cheapest" ranks unknown fees as 0; the best plan by cost says so next to its totals and in the
// handout's subtitle, and says nothing when every fee is known or the objective is not cost.
import { act } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { cheapestCaveat } from '../../src/view/format/money';
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
  it('words', () => {
    expect(cheapestCaveat('cost', 0, 2)).toBe('Cheapest among known fees: 2 fees are not known.');
    expect(cheapestCaveat('cost', 0, 1)).toBe('Cheapest among known fees: 1 fee is not known.');
    expect(cheapestCaveat('cost', 0, 0)).toBeUndefined();
    expect(cheapestCaveat('months', 0, 2)).toBeUndefined();
    expect(cheapestCaveat('cost', 1, 2)).toBeUndefined();
  });

  it('plan panel: best plan to RHIA by cost has the RHIT and RHIA exam fees unknown', () => {
    const store = builtinStore();
    shown = render(store, <PlanPanel />);
    act(() => {
      store.getState().addHeld('high-school-diploma');
      store.getState().setGoal('rhia');
      store.getState().setObjective('cost');
    });
    expect(shown.container.querySelector('.cheapest-caveat')?.textContent).toBe(
      'Cheapest among known fees: 2 fees are not known.',
    );
    act(() => store.getState().setObjective('months'));
    expect(shown.container.querySelector('.cheapest-caveat')).toBeNull();
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
    expect(out.data.costCaveat).toBe('Cheapest among known fees: 2 fees are not known.');
    const third = buildHandoutData({
      graph,
      situation: { holds: ['high-school-diploma'] },
      result,
      index: 2,
      date: new Date(0),
    });
    if (third.kind !== 'handout') throw new Error(third.reason);
    expect(third.data.objective).toBe('plan 3 of 3 (plan 1 is the cheapest)');
    expect(third.data.costCaveat).toBeUndefined();
  });
});
