// Answers derived from the store: the plan for the chosen question and what can be done next.
// Planning happens here (through the domain planner), never in view code; results are memoised
// per question so re-renders cost nothing. The plan search loads on demand (planner-on-demand.ts):
// until it is there a goal's plan is "planning"; what can be done next needs only next-steps.ts.

import type { CareerGraph } from '../domain/career-graph';
import { nextSteps } from '../domain/planner/next-steps';
import type { Plan, PlanResult, ReachItem } from '../domain/planner/types';
import type { Situation } from '../domain/types';
import { planAt } from '../present/plan-model';
import { loadedPlanner, loadPlanner, type Planner } from './planner-on-demand';
import type { AppState } from './store';

export const ALTERNATIVES = 3;

export type PlanView =
  | { kind: 'no-data' }
  | { kind: 'no-goal' }
  /** A goal, and the planner still loading (a moment after start-up at most). */
  | { kind: 'planning' }
  | { kind: 'already-held'; goal: string }
  | { kind: 'plan'; result: Extract<PlanResult, { kind: 'plan' }>; plan: Plan; index: number }
  | { kind: 'unreachable'; result: Extract<PlanResult, { kind: 'unreachable' }> }
  | { kind: 'error'; message: string };

export function situationOf(state: AppState): Situation {
  const { holds, years, region, pace } = state.view.situation;
  return { holds, years, ...(region ? { region } : {}), ...(pace === 'part-time' ? { pace } : {}) };
}

let planKey = '';
let planGraph: CareerGraph | null = null;
let planPlanner: Planner | null = null;
let planAnswer: PlanView = { kind: 'no-data' };

function computePlan(graph: CareerGraph, state: AppState, planner: Planner | null): PlanView {
  const { goal, by } = state.view;
  if (goal === null) return { kind: 'no-goal' };
  if (state.view.situation.holds.includes(goal)) return { kind: 'already-held', goal };
  if (planner === null) {
    void loadPlanner();
    return { kind: 'planning' };
  }
  try {
    const result = planner.planCareer(graph, situationOf(state), goal, { by, alternatives: ALTERNATIVES });
    if (result.kind === 'unreachable') return { kind: 'unreachable', result };
    const plan = planAt(result.plans, state.view.alternative);
    if (plan === undefined) return { kind: 'error', message: 'The planner returned no plan.' };
    return { kind: 'plan', result, plan, index: result.plans.indexOf(plan) };
  } catch (e) {
    return { kind: 'error', message: e instanceof Error ? e.message : String(e) };
  }
}

export function selectPlanView(state: AppState): PlanView {
  if (state.data.status !== 'ready') return { kind: 'no-data' };
  const { situation, goal, by, alternative } = state.view;
  const key = JSON.stringify([situation, goal, by, alternative]);
  const planner = loadedPlanner();
  if (planGraph !== state.data.graph || key !== planKey || planner !== planPlanner) {
    planGraph = state.data.graph;
    planKey = key;
    planPlanner = planner;
    planAnswer = computePlan(state.data.graph, state, planner);
  }
  return planAnswer;
}

let nextKey = '';
let nextGraph: CareerGraph | null = null;
let nextAnswer: ReachItem[] = [];

/** What can be obtained now with what is held, quickest first (the planner's order). */
export function selectNextSteps(state: AppState): ReachItem[] {
  if (state.data.status !== 'ready') return [];
  const key = JSON.stringify(state.view.situation);
  if (nextGraph !== state.data.graph || key !== nextKey) {
    nextGraph = state.data.graph;
    nextKey = key;
    try {
      nextAnswer = nextSteps(state.data.graph, situationOf(state));
    } catch {
      nextAnswer = [];
    }
  }
  return nextAnswer;
}
