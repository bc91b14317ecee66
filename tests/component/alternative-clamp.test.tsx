// @vitest-environment jsdom
// The chosen alternative is clamped once (src/state/derive.ts, through planAt): a link's alt=9
// shows the last plan, and the tab, the handout and the index the views get all agree on it.
import { act } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { runPlan } from '../../scripts/plan';
import { planAt } from '../../src/present/plan-model';
import { selectPlanView } from '../../src/state/derive';
import { buildHandoutData } from '../../src/view/handout/handout-data';
import { PlanPanel } from '../../src/view/panels/PlanPanel';
import { builtin, builtinStore } from './builtin-helpers';
import { type Rendered, render, squash } from './explorer-helpers';

let shown: Rendered | null = null;
afterEach(() => {
  shown?.unmount();
  shown = null;
});

describe('the chosen alternative', () => {
  it('beyond the plans there are, is the last plan everywhere', () => {
    const store = builtinStore();
    act(() => {
      store.getState().addHeld('high-school-diploma');
      store.getState().setGoal('medical-and-health-services-manager');
      store.getState().setAlternative(9);
    });
    const view = selectPlanView(store.getState());
    if (view.kind !== 'plan') throw new Error(`expected a plan, got ${view.kind}`);
    const last = view.result.plans.length - 1;
    expect(last).toBeGreaterThan(0);
    expect(view.index).toBe(last);
    expect(view.plan).toBe(view.result.plans[last]);
    shown = render(store, <PlanPanel />);
    const selected = shown.container.querySelector('[role="tab"][aria-selected="true"]');
    expect(squash(selected?.textContent)).toContain(`Plan ${last + 1}`);
    const { graph } = builtin();
    const handout = buildHandoutData({
      graph,
      situation: { holds: ['high-school-diploma'] },
      result: view.result,
      index: view.index,
      date: new Date(0),
    });
    if (handout.kind !== 'handout') throw new Error('expected a handout');
    expect(handout.data.steps.map((s) => s.id)).toEqual(view.plan.steps.map((s) => s.id));
  });

  it('planAt clamps below and above', () => {
    expect(planAt(['a', 'b', 'c'], -1)).toBe('a');
    expect(planAt(['a', 'b', 'c'], 7)).toBe('c');
    expect(planAt([], 0)).toBeUndefined();
  });
});

describe('the second plan', () => {
  it('is "Plan 2" in the tabs, on the handout and in the CLI (it was "Option 2" and "Alternative 1")', () => {
    const store = builtinStore();
    act(() => {
      store.getState().addHeld('high-school-diploma');
      store.getState().setGoal('rhia');
    });
    const view = selectPlanView(store.getState());
    if (view.kind !== 'plan') throw new Error('expected a plan');
    shown = render(store, <PlanPanel />);
    const tabs = [...shown.container.querySelectorAll('[role="tab"]')].map((t) => squash(t.textContent));
    expect(tabs[1]?.startsWith('Plan 2')).toBe(true);
    const { graph, file } = builtin();
    const handout = buildHandoutData({
      graph,
      situation: { holds: ['high-school-diploma'] },
      result: view.result,
      index: 0,
      date: new Date(0),
    });
    if (handout.kind !== 'handout') throw new Error('expected a handout');
    expect(handout.data.alternatives[0]?.startsWith('Plan 2: ')).toBe(true);
    const lines: string[] = [];
    runPlan(['--goal', 'rhia', '--holds', 'high-school-diploma', '--alternatives', '2'], {
      out: (l) => lines.push(l),
      err: (l) => lines.push(l),
      readFile: () => JSON.stringify(file),
    });
    expect(lines.some((l) => l.startsWith('Plan 2: '))).toBe(true);
    expect(lines.some((l) => l.startsWith('Alternative'))).toBe(false);
  });
});
