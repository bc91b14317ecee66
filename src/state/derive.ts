// Answers derived from the store: the plan for the chosen question and what can be done next.
// Planning happens here (through the domain planner), never in view code; results are memoised
// per question so re-renders cost nothing. The planner loads on demand (planner-on-demand.ts):
// until it is there a goal's plan is "planning" and what can be done next is not known yet (null).

import type { CareerGraph } from '../domain/career-graph';
import type { Plan, PlanResult, ReachItem } from '../domain/planner/types';
import type { Situation } from '../domain/types';
import { planAt } from '../present/plan-at';
import {
  answerPlan,
  PLAN_WORKER_NODES,
  type PlanOutcome,
  type PlanQuestion,
  questionKey,
} from './plan-answer';
import { plannedSituation } from './planned-situation';
import { loadedPlanner, loadPlanner } from './planner-on-demand';
import type { AppState } from './store';

export { ALTERNATIVES } from './plan-answer';

export type PlanView =
  | { kind: 'no-data' }
  | { kind: 'no-goal' }
  | { kind: 'already-held'; goal: string }
  /** A plan being worked out: in the plan worker (big graphs), or the plan search still loading. */
  | { kind: 'planning'; goal: string }
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

/** The question the planner is asked now (null: no goal, or the goal is already held). */
export function planQuestionOf(state: AppState): PlanQuestion | null {
  const { goal, by } = state.view;
  if (goal === null || state.data.status !== 'ready') return null;
  const situation = situationOf(state.data.graph, state);
  if (situation.holds.includes(goal)) return null;
  return { situation, goal, by };
}

/** Whether this state's plans come from the plan worker: started (main.tsx) and a big graph. */
export function plansOffThread(state: AppState): boolean {
  return (
    state.offThreadPlan !== null &&
    state.data.status === 'ready' &&
    state.data.graph.order > PLAN_WORKER_NODES
  );
}

function viewOf(outcome: PlanOutcome, alternative: number): PlanView {
  if (!outcome.ok) return { kind: 'error', message: outcome.message };
  const { result } = outcome;
  if (result.kind === 'unreachable') return { kind: 'unreachable', result };
  const plan = planAt(result.plans, alternative);
  if (plan === undefined) return { kind: 'error', message: 'The planner returned no plan.' };
  return { kind: 'plan', result, plan, index: result.plans.indexOf(plan) };
}

const NO_DATA: PlanView = { kind: 'no-data' };
const NO_GOAL: PlanView = { kind: 'no-goal' };

/** The main thread's last answer, so choosing another alternative does not plan again. */
let mainAnswer: { graph: CareerGraph; question: string; outcome: PlanOutcome } | null = null;
/** The last view given, kept while nothing it depends on changes (selectors must be stable). */
let memo: {
  graph: CareerGraph;
  key: string;
  outcome: PlanOutcome | null | undefined;
  view: PlanView;
} | null = null;

export function selectPlanView(state: AppState): PlanView {
  if (state.data.status !== 'ready') return NO_DATA;
  const { graph } = state.data;
  const question = planQuestionOf(state);
  if (question === null) {
    const { goal } = state.view;
    if (goal === null) return NO_GOAL;
    if (memo?.graph === graph && memo.key === `held:${goal}`) return memo.view;
    memo = { graph, key: `held:${goal}`, outcome: undefined, view: { kind: 'already-held', goal } };
    return memo.view;
  }
  const qKey = questionKey(question);
  const key = `${qKey}#${state.view.alternative}`;
  const off = state.offThreadPlan;
  let outcome: PlanOutcome | null;
  if (off !== null && plansOffThread(state)) {
    outcome = off.graph === graph && off.question === qKey ? off.outcome : null;
  } else {
    const planner = loadedPlanner();
    if (planner === null) {
      // The plan search is still loading (a moment after start-up at most): "planning" until then.
      void loadPlanner();
      outcome = null;
    } else {
      if (mainAnswer?.graph !== graph || mainAnswer.question !== qKey)
        mainAnswer = { graph, question: qKey, outcome: answerPlan(planner.planCareer, graph, question) };
      outcome = mainAnswer.outcome;
    }
  }
  if (memo?.graph === graph && memo.key === key && memo.outcome === outcome) return memo.view;
  const view: PlanView = outcome
    ? viewOf(outcome, state.view.alternative)
    : { kind: 'planning', goal: question.goal };
  memo = { graph, key, outcome, view };
  return view;
}

let nextKey = '';
let nextGraph: CareerGraph | null = null;
let nextAnswer: ReachItem[] = [];

/**
 * What can be obtained now with what is held, quickest first (the planner's order); null while the
 * planner is still loading (a moment after start-up at most).
 */
export function selectNextSteps(state: AppState): ReachItem[] | null {
  if (state.data.status !== 'ready') return [];
  const planner = loadedPlanner();
  if (planner === null) {
    void loadPlanner();
    return null;
  }
  const key = JSON.stringify(state.view.situation);
  if (nextGraph !== state.data.graph || key !== nextKey) {
    nextGraph = state.data.graph;
    nextKey = key;
    try {
      nextAnswer = planner.nextSteps(state.data.graph, situationOf(state.data.graph, state));
    } catch {
      nextAnswer = [];
    }
  }
  return nextAnswer;
}
