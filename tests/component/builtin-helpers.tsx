// The built-in dataset for component tests that need its real gaps (unknown fees and lengths):
// parsed graph, planner answers on it, an app store holding it, and panels rendered on that store
// with a situation set through the store's own actions (as the panels set it).
import { act, type ReactNode } from 'react';
import { planCareer } from '../../src/domain/planner/index';
import type { Objective } from '../../src/domain/planner/types';
import type { MaybeStorage } from '../../src/state/persist';
import { createAppStore } from '../../src/state/store';
import { PlanPanel } from '../../src/view/panels/PlanPanel';
import { SituationPanel } from '../../src/view/panels/SituationPanel';
import { builtinGraph } from '../unit/support/career-graphs';
import { memoryStorage, type Rendered, render } from './explorer-helpers';

/** Parsed once per test file (tests/unit/support/career-graphs.ts): tests read it, never change it. */
export const builtin = () => builtinGraph('health-information');

export function builtinStore(storage: MaybeStorage = memoryStorage()) {
  const store = createAppStore({ storage });
  const { file, graph } = builtin();
  store.getState().setGraph(file, graph);
  return store;
}

export function builtinPlans(holds: string[], goal: string, by: Objective = 'months') {
  const { graph } = builtin();
  const result = planCareer(graph, { holds }, goal, { by, alternatives: 3 });
  if (result.kind !== 'plan') throw new Error(`no plan to ${goal}`);
  return { graph, result };
}

/** A situation as a person enters it: what they hold, years in roles, a goal. */
export interface EnteredSituation {
  holds?: string[];
  years?: Record<string, number>;
  goal?: string;
}

let mounted: Rendered[] = [];

/** Unmounts what renderBuiltin rendered: `afterEach(unmountBuiltin)` in every file that calls it. */
export function unmountBuiltin(): void {
  for (const shown of mounted) shown.unmount();
  mounted = [];
}

/**
 * `ui` on a store holding the built-in graph, then `entered` set through the store's actions in
 * the order a person enters it (holds, years, goal), so the panels answer as they do in the app.
 */
export function renderBuiltin(ui: ReactNode, entered: EnteredSituation = {}, storage?: MaybeStorage) {
  const store = builtinStore(storage);
  const shown = render(store, ui);
  mounted.push(shown);
  act(() => {
    const actions = store.getState();
    for (const id of entered.holds ?? []) actions.addHeld(id);
    for (const [role, years] of Object.entries(entered.years ?? {})) actions.setYears(role, years);
    if (entered.goal) actions.setGoal(entered.goal);
  });
  return { store, container: shown.container };
}

/** The situation form with the plan under it, as the page shows them. */
export function SituationAndPlan() {
  return (
    <>
      <SituationPanel />
      <PlanPanel />
    </>
  );
}
