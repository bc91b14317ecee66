// The plan search loads on demand: before it has, a goal's plan is "planning" (and it starts
// loading) and what can be done next is not known yet (null); once it has, the same question gets its
// plan and the next steps are there.

import { describe, expect, it, vi } from 'vitest';
import { memoryStorage } from './state-helpers';

describe('the planner on demand', () => {
  it('says "planning" (and no next steps yet) until the planner has loaded, then plans', async () => {
    // Fresh modules: the test setup (tests/support/load-on-demand.ts) loaded the planner already.
    vi.resetModules();
    const helpers = await import('./state-helpers');
    const derive = await import('../../../src/state/derive');
    const onDemand = await import('../../../src/state/planner-on-demand');
    expect(onDemand.loadedPlanner()).toBeNull();
    const { store } = helpers.openApp({ storage: memoryStorage() });
    const goal = helpers.smallFile.nodes.at(-1)?.id as string;
    store.getState().setGoal(goal);
    expect(derive.selectPlanView(store.getState())).toEqual({ kind: 'planning', goal });
    expect(derive.selectNextSteps(store.getState())).toBeNull();
    const loaded = vi.fn();
    onDemand.onPlannerLoaded(loaded);
    await onDemand.loadPlanner();
    expect(loaded).toHaveBeenCalledOnce();
    const view = derive.selectPlanView(store.getState());
    expect(view.kind).toBe('plan');
    expect(view.kind === 'plan' && view.plan.steps.at(-1)?.id).toBe(goal);
    expect(derive.selectNextSteps(store.getState())?.length).toBeGreaterThan(0);
  });
});
