// Big graphs' plans worked out in a Web Worker (plan.worker.ts), so choosing a goal never freezes
// the page: the plan view says "planning" until the answer to the current question arrives, and a
// question superseded while it is being worked out is cancelled (its worker is stopped).
// The view layer starts it (main.tsx) with the build's worker factory; the one-file build has none.

import type { CareerGraph } from '../domain/career-graph';
import type { CareerGraphFile } from '../domain/types';
import { planQuestionOf, plansOffThread } from './derive';
import {
  answerPlan,
  type PlanOutcome,
  type PlanQuestion,
  type PlanWorkerReply,
  type PlanWorkerRequest,
  questionKey,
} from './plan-answer';
import { loadPlanner } from './planner-on-demand';
import type { AppStore } from './store';

/** The part of a Web Worker this uses (tests pass an in-process stand-in). */
export interface PlanWorkerLike {
  postMessage(m: PlanWorkerRequest): void;
  terminate(): void;
  onmessage: ((e: MessageEvent<PlanWorkerReply>) => void) | null;
  onerror: ((e: ErrorEvent) => void) | null;
}

/** Answers kept per graph, so going back to an earlier question shows its plan at once. */
const KEPT_ANSWERS = 16;

/** Starts planning big graphs in workers made by `makeWorker`; returns the function that stops it. */
export function startPlanWorker(store: AppStore, makeWorker: () => PlanWorkerLike): () => void {
  let worker: PlanWorkerLike | null = null;
  let workerGraph: CareerGraph | null = null;
  /** The workers could not run (a failed start): plan on the main thread from then on. */
  let broken = false;
  let nextId = 1;
  let pending: { id: number; graph: CareerGraph; key: string; question: PlanQuestion } | null = null;
  /** The question last asked (answered or pending). */
  let asked: { graph: CareerGraph; key: string } | null = null;
  let kept: { graph: CareerGraph | null; answers: Map<string, PlanOutcome> } = {
    graph: null,
    answers: new Map(),
  };

  const stopWorker = (): void => {
    worker?.terminate();
    worker = null;
    workerGraph = null;
  };
  const deliver = (graph: CareerGraph, key: string, outcome: PlanOutcome): void => {
    if (kept.graph !== graph) kept = { graph, answers: new Map() };
    kept.answers.set(key, outcome);
    if (kept.answers.size > KEPT_ANSWERS) kept.answers.delete(kept.answers.keys().next().value as string);
    store.setState({ offThreadPlan: { graph, question: key, outcome } });
  };
  /** Without workers the plan search is loaded here (planner-on-demand.ts) and asked directly. */
  const answerOnMainThread = (graph: CareerGraph, key: string, question: PlanQuestion): void => {
    void loadPlanner().then((p) => deliver(graph, key, answerPlan(p.planCareer, graph, question)));
  };
  const onReply = (reply: PlanWorkerReply): void => {
    // An answer to a question no longer asked is dropped.
    if (!pending || pending.id !== reply.id) return;
    const { graph, key } = pending;
    pending = null;
    deliver(graph, key, reply.outcome);
  };
  const onFailure = (): void => {
    broken = true;
    stopWorker();
    const stale = pending;
    pending = null;
    if (stale) answerOnMainThread(stale.graph, stale.key, stale.question);
  };
  const workerFor = (graph: CareerGraph, file: CareerGraphFile): PlanWorkerLike => {
    if (worker && workerGraph === graph) return worker;
    stopWorker();
    const w = makeWorker();
    w.onmessage = (e) => onReply(e.data);
    w.onerror = (e) => {
      e.preventDefault?.();
      onFailure();
    };
    w.postMessage({ type: 'graph', file });
    worker = w;
    workerGraph = graph;
    return w;
  };

  const onChange = (): void => {
    const state = store.getState();
    if (state.data.status !== 'ready' || !plansOffThread(state)) return;
    const { graph, file } = state.data;
    const question = planQuestionOf(state);
    if (question === null) return;
    const key = questionKey(question);
    if (asked?.graph === graph && asked.key === key) return;
    asked = { graph, key };
    // A question still being worked out is not wanted any more: stop its worker.
    if (pending) stopWorker();
    pending = null;
    const known = kept.graph === graph ? kept.answers.get(key) : undefined;
    if (known) {
      store.setState({ offThreadPlan: { graph, question: key, outcome: known } });
      return;
    }
    if (broken) {
      answerOnMainThread(graph, key, question);
      return;
    }
    pending = { id: nextId++, graph, key, question };
    try {
      workerFor(graph, file).postMessage({ type: 'plan', id: pending.id, question });
    } catch {
      onFailure();
    }
  };

  store.setState({ offThreadPlan: { graph: null, question: '', outcome: null } });
  const unsubscribe = store.subscribe(onChange);
  onChange();
  return () => {
    unsubscribe();
    pending = null;
    stopWorker();
    store.setState({ offThreadPlan: null });
  };
}
