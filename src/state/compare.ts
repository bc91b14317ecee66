// Plans for the compare view: another goal from the same situation and objective. Planning stays
// in the state layer (through the domain planner), never in view code.

import type { PlanResult } from '../domain/planner/types';
import { plannedSituation } from './planned-situation';
import { loadedPlanner } from './planner-on-demand';
import type { AppState } from './store';

export type OtherGoalPlan = PlanResult | { kind: 'error'; message: string };

export function planOtherGoal(state: AppState, goal: string): OtherGoalPlan {
  if (state.data.status !== 'ready') return { kind: 'error', message: 'The career graph is not loaded yet.' };
  // Compare opens from a shown plan, so the planner has loaded.
  const planner = loadedPlanner();
  if (planner === null) return { kind: 'error', message: 'The planner is still loading.' };
  const { holds, years, region } = state.view.situation;
  try {
    const own = region ? { holds, years, region } : { holds, years };
    return planner.planCareer(state.data.graph, plannedSituation(state.data.graph, own).situation, goal, {
      by: state.view.by,
      alternatives: 1,
    });
  } catch (e) {
    return { kind: 'error', message: e instanceof Error ? e.message : String(e) };
  }
}
