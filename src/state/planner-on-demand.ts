// The plan search (src/domain/planner: planCareer, withinReach) loads on demand, apart from the first
// frame's code: main.tsx starts loading it at once and waits for it before the first render only
// when the starting view has a goal. Until it is there, a plan is "planning" (derive.ts).

import type * as PlannerModule from '../domain/planner';

export type Planner = typeof PlannerModule;

let planner: Planner | null = null;
let loading: Promise<Planner> | null = null;
const listeners = new Set<() => void>();

/** The planner when it has loaded, else null. */
export function loadedPlanner(): Planner | null {
  return planner;
}

/** Loads the planner once; every later call gets the same promise. */
export function loadPlanner(): Promise<Planner> {
  loading ??= import('../domain/planner').then((m) => {
    planner = m;
    for (const f of listeners) f();
    return m;
  });
  return loading;
}

/** Calls `f` once the planner has loaded; returns the unsubscribe. */
export function onPlannerLoaded(f: () => void): () => void {
  listeners.add(f);
  return () => listeners.delete(f);
}
