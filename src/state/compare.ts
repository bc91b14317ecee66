// Plans for the compare view: another goal from the same situation and objective. Planning stays
// in the state layer (through the domain planner), never in view code.

import type { PlanResult } from '../domain/planner';
import { planCareer } from '../domain/planner';
import { plannedSituation } from './planned-situation';
import type { AppState } from './store';

export type OtherGoalPlan = PlanResult | { kind: 'error'; message: string };

export function planOtherGoal(state: AppState, goal: string): OtherGoalPlan {
  if (state.data.status !== 'ready') return { kind: 'error', message: 'The career graph is not loaded yet.' };
  const { holds, years, region } = state.view.situation;
  try {
    const own = region ? { holds, years, region } : { holds, years };
    return planCareer(state.data.graph, plannedSituation(state.data.graph, own).situation, goal, {
      by: state.view.by,
      alternatives: 1,
    });
  } catch (e) {
    return { kind: 'error', message: e instanceof Error ? e.message : String(e) };
  }
}
