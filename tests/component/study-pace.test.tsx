// @vitest-environment jsdom
// Study pace: the situation panel's choice reaches the planner (programs twice as long part time),
// the plan states it, and it is kept with the rest of the situation.
import { afterEach, describe, expect, it } from 'vitest';
import { selectPlanView } from '../../src/state/derive';
import { createAppStore } from '../../src/state/store';
import { builtin, renderBuiltin, SituationAndPlan, unmountBuiltin } from './builtin-helpers';
import { byLabel, change, memoryStorage, squash } from './explorer-helpers';

afterEach(unmountBuiltin);

describe('study pace', () => {
  it('part time doubles the degree, changes the totals and is said in the plan; it is kept', () => {
    const storage = memoryStorage();
    const { graph } = builtin();
    const entered = { holds: ['high-school-diploma'], goal: 'rhia' };
    const { store, container } = renderBuiltin(<SituationAndPlan />, entered, storage);
    const months = () => {
      const view = selectPlanView(store.getState());
      return view.kind === 'plan' ? view.plan.totals.months : Number.NaN;
    };
    const full = months();
    change(byLabel(container, 'Study pace'), 'part-time');
    expect(store.getState().view.situation.pace).toBe('part-time');
    const view = selectPlanView(store.getState());
    if (view.kind !== 'plan') throw new Error('no plan');
    const degree = view.plan.steps.find((s) => graph.getNodeAttribute(s.id, 'kind') === 'education');
    expect((degree?.end ?? 0) - (degree?.start ?? 0)).toBe(
      2 * (graph.getNodeAttribute(degree?.id ?? '', 'months') ?? 0),
    );
    expect(months()).toBeGreaterThan(full);
    expect(squash(container.querySelector('.assumptions')?.textContent)).toContain(
      'Study part time: programs take twice their full-time length.',
    );
    // Kept like the rest of the situation.
    const again = createAppStore({ storage });
    expect(again.getState().view.situation.pace).toBe('part-time');
    change(byLabel(container, 'Study pace'), 'full-time');
    expect(store.getState().view.situation.pace).toBeUndefined();
    expect(months()).toBe(full);
  });
});
