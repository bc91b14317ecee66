// The built-in dataset for component tests that need its real gaps (unknown fees and lengths):
// parsed graph, planner answers on it, and an app store holding it.
import { readFileSync } from 'node:fs';
import { parseCareerGraph } from '../../src/data/load';
import { planCareer } from '../../src/domain/planner/index';
import type { Objective } from '../../src/domain/planner/types';
import { createAppStore } from '../../src/state/store';
import { memoryStorage } from './explorer-helpers';

const BUILTIN = 'graph-data/health-information.json';

let parsedOnce: Extract<ReturnType<typeof parseCareerGraph>, { ok: true }> | undefined;

/** Parsed once per test file: tests read the graph, never change it. */
export function builtin() {
  if (parsedOnce) return parsedOnce;
  const parsed = parseCareerGraph(readFileSync(BUILTIN, 'utf8'), BUILTIN);
  if (!parsed.ok) throw new Error(parsed.problems.join('\n'));
  parsedOnce = parsed;
  return parsed;
}

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
