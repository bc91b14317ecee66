// Answers derived from the store: the plan for the chosen question and what can be done next.
// Planning happens here (through the domain planner), never in view code; results are memoised
// per question so re-renders cost nothing.

import type { CareerGraph } from '../domain/career-graph';
import type { ReachItem } from '../domain/planner';
import { nextSteps, planCareer } from '../domain/planner';
import type { Plan, PlanResult } from '../domain/planner/types';
import type { Situation } from '../domain/types';
import { planAt } from '../present/plan-model';
import { plannedSituation } from './planned-situation';
import type { AppState } from './store';

export const ALTERNATIVES = 3;

export type PlanView =
  | { kind: 'no-data' }
  | { kind: 'no-goal' }
  | { kind: 'already-held'; goal: string }
  | { kind: 'plan'; result: Extract<PlanResult, { kind: 'plan' }>; plan: Plan; index: number }
  | { kind: 'unreachable'; result: Extract<PlanResult, { kind: 'unreachable' }> }
  | { kind: 'error'; message: string };

/**
 * The situation every planning question is asked with: what the person ticked plus what holding it
 * implies (state/planned-situation.ts). The store keeps only what they ticked.
 */
export function situationOf(graph: CareerGraph, state: AppState): Situation {
  const { holds, years, region, pace } = state.view.situation;
  const own = { holds, years, ...(region ? { region } : {}), ...(pace === 'part-time' ? { pace } : {}) };
  return plannedSituation(graph, own).situation;
}

let planKey = '';
let planGraph: CareerGraph | null = null;
let planAnswer: PlanView = { kind: 'no-data' };

function computePlan(graph: CareerGraph, state: AppState): PlanView {
  const { goal, by } = state.view;
  if (goal === null) return { kind: 'no-goal' };
  const situation = situationOf(graph, state);
  if (situation.holds.includes(goal)) return { kind: 'already-held', goal };
  try {
    const result = planCareer(graph, situation, goal, { by, alternatives: ALTERNATIVES });
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
  if (planGraph !== state.data.graph || key !== planKey) {
    planGraph = state.data.graph;
    planKey = key;
    planAnswer = computePlan(state.data.graph, state);
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
      nextAnswer = nextSteps(state.data.graph, situationOf(state.data.graph, state));
    } catch {
      nextAnswer = [];
    }
  }
  return nextAnswer;
}
