// The built-in dataset for component tests that need its real gaps (unknown fees and lengths):
// parsed graph, planner answers on it, and an app store holding it.
import { planCareer } from '../../src/domain/planner/index';
import type { Objective } from '../../src/domain/planner/types';
import { createAppStore } from '../../src/state/store';
import { builtinGraph } from '../unit/support/career-graphs';
import { memoryStorage } from './explorer-helpers';

/** Parsed once per test file (tests/unit/support/career-graphs.ts): tests read it, never change it. */
export const builtin = () => builtinGraph('health-information');

export function builtinStore() {
  const store = createAppStore({ storage: memoryStorage() });
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
