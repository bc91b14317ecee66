// A plan question (situation, goal, objective) and its answer as plain data, worked out the same
// way wherever it runs: on the main thread, or in the plan worker (plan.worker.ts) for big graphs.

import { buildCareerGraph, type CareerGraph } from '../domain/career-graph';
import type { planCareer } from '../domain/planner';
import type { Objective, PlanResult } from '../domain/planner/types';
import type { CareerGraphFile, Situation } from '../domain/types';

export const ALTERNATIVES = 3;
/** Graphs above this many nodes are planned in a Web Worker, where the build has workers. */
export const PLAN_WORKER_NODES = 500;

export interface PlanQuestion {
  situation: Situation;
  goal: string;
  by: Objective;
}

export type PlanOutcome = { ok: true; result: PlanResult } | { ok: false; message: string };

/** What the store keeps of plans worked out off the main thread (null: planned on the main thread). */
export interface OffThreadPlan {
  graph: CareerGraph | null;
  /** questionKey() of the question `outcome` answers. */
  question: string;
  outcome: PlanOutcome | null;
}

/** Messages to the plan worker: the graph (once per graph), then questions. */
export type PlanWorkerRequest =
  | { type: 'graph'; file: CareerGraphFile }
  | { type: 'plan'; id: number; question: PlanQuestion };

export interface PlanWorkerReply {
  id: number;
  outcome: PlanOutcome;
}

export function questionKey(q: PlanQuestion): string {
  return JSON.stringify([q.situation, q.goal, q.by]);
}

/** The plan search (loaded on demand on the main thread: planner-on-demand.ts; imported by the worker). */
export type PlanCareer = typeof planCareer;

/** The planner's answer, or why it failed, as plain data (it crosses to and from a worker). */
export function answerPlan(planCareer: PlanCareer, graph: CareerGraph, q: PlanQuestion): PlanOutcome {
  try {
    return {
      ok: true,
      result: planCareer(graph, q.situation, q.goal, { by: q.by, alternatives: ALTERNATIVES }),
    };
  } catch (e) {
    return { ok: false, message: e instanceof Error ? e.message : String(e) };
  }
}

/** The plan worker's side of the conversation (plan.worker.ts wires it to `self`): kept here so tests run it. */
export function planWorkerHandler(planCareer: PlanCareer): (m: PlanWorkerRequest) => PlanWorkerReply | null {
  let graph: CareerGraph | null = null;
  return (m) => {
    if (m.type === 'graph') {
      graph = buildCareerGraph(m.file);
      return null;
    }
    const outcome: PlanOutcome = graph
      ? answerPlan(planCareer, graph, m.question)
      : { ok: false, message: 'plan worker: no graph was sent before the question' };
    return { id: m.id, outcome };
  };
}
