// @vitest-environment jsdom
// Following a plan over months: "Mark as done" moves a step to what is held (a role with 0 years)
// and the plan is worked out again from there; the live region says what changed.
import { act } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { buildCareerGraph } from '../../src/domain/career-graph';
import { selectPlanView } from '../../src/state/derive';
import { createAppStore } from '../../src/state/store';
import { Announcer } from '../../src/view/Announcer';
import { PlanPanel } from '../../src/view/panels/PlanPanel';
import { fileOf } from '../unit/planner/tables';
import { builtinStore } from './builtin-helpers';
import { click, memoryStorage, type Rendered, render, squash } from './explorer-helpers';

let shown: Rendered | null = null;
afterEach(() => {
  shown?.unmount();
  shown = null;
});

describe('mark as done', () => {
  it('moves the step to what is held, role with 0 years, and the plan follows', () => {
    const store = builtinStore();
    shown = render(
      store,
      <>
        <PlanPanel />
        <Announcer />
      </>,
    );
    act(() => {
      store.getState().addHeld('high-school-diploma');
      store.getState().setGoal('office-manager');
    });
    const before = selectPlanView(store.getState());
    if (before.kind !== 'plan') throw new Error('no plan');
    const first = before.plan.steps[0];
    expect(first?.id).toBe('medical-biller');
    const announcer = () => squash(shown?.container.querySelector('[aria-live="polite"]')?.textContent);
    expect(announcer()).toBe('Plan updated: 2 steps, 3 yr, $0 (fastest)');
    click(shown.container.querySelector('button[aria-label="Mark Medical biller as done"]'));
    const { situation } = store.getState().view;
    expect(situation.holds).toEqual(['high-school-diploma', 'medical-biller']);
    expect(situation.years).toEqual({ 'medical-biller': 0 });
    const after = selectPlanView(store.getState());
    if (after.kind !== 'plan') throw new Error('no plan');
    expect(after.plan.steps.map((s) => s.id)).toEqual(['office-manager']);
    expect(after.plan.totals.months).toBe(before.plan.totals.months);
    expect(announcer()).toBe('Plan updated: 1 step, 3 yr, $0 (fastest)');
    // Marking the goal done leaves nothing to plan: the region says why.
    click(shown.container.querySelector('button[aria-label="Mark Medical office manager as done"]'));
    expect(announcer()).toBe('No plan: you already have Medical office manager');
  });

  it('says why there is no plan when the goal cannot be reached', () => {
    const file = fileOf([
      { id: 'course', months: 2 },
      { id: 'licence', kind: 'license', requires: 'course', regions: ['CA'] },
      // NJ has to be a region the data uses, or the view drops it as unknown.
      { id: 'nj-permit', kind: 'license', regions: ['NJ'] },
    ]);
    const store = createAppStore({ storage: memoryStorage() });
    store.getState().setGraph(file, buildCareerGraph(file));
    shown = render(store, <Announcer />);
    act(() => {
      store.getState().replaceView({
        ...store.getState().view,
        situation: { holds: [], years: {}, region: 'NJ' },
        goal: 'licence',
      });
    });
    const plan = selectPlanView(store.getState());
    if (plan.kind !== 'unreachable') throw new Error(`expected no plan, got ${plan.kind}`);
    expect(squash(shown.container.querySelector('[aria-live="polite"]')?.textContent)).toBe(
      plan.result.reason,
    );
    expect(plan.result.reason).toMatch(/^No plan reaches /);
  });

  it('a non-role step done is held with no years', () => {
    const store = builtinStore();
    act(() => {
      store.getState().addHeld('high-school-diploma');
      store.getState().markDone('cca');
    });
    expect(store.getState().view.situation).toEqual({ holds: ['high-school-diploma', 'cca'], years: {} });
  });
});
