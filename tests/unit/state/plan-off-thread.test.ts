// Big graphs planned in a worker (plan-off-thread.ts) give the main thread's plans, say "planning"
// meanwhile, cancel a question superseded before its answer, and fall back to the main thread when
// the worker fails. The worker here is an in-process stand-in running the real worker handler,
// with messages structured-cloned both ways as a browser does.

import { describe, expect, it } from 'vitest';
import { courseCatalogue } from '../../../scripts/bench/catalogue';
import { buildCareerGraph } from '../../../src/domain/career-graph';
import { planCareer } from '../../../src/domain/planner';
import type { CareerGraphFile } from '../../../src/domain/types';
import { selectPlanView } from '../../../src/state/derive';
import {
  PLAN_WORKER_NODES,
  type PlanWorkerReply,
  type PlanWorkerRequest,
  planWorkerHandler,
} from '../../../src/state/plan-answer';
import { type PlanWorkerLike, startPlanWorker } from '../../../src/state/plan-off-thread';
import { createAppStore } from '../../../src/state/store';
import { SMALL } from './state-helpers';

const FILE: CareerGraphFile = courseCatalogue({ nodes: 700, seed: 3 });
const ROLES = FILE.nodes.filter((n) => n.kind === 'role').map((n) => n.id);

class FakeWorker implements PlanWorkerLike {
  static made: FakeWorker[] = [];
  onmessage: ((e: MessageEvent<PlanWorkerReply>) => void) | null = null;
  onerror: ((e: ErrorEvent) => void) | null = null;
  terminated = false;
  questions: string[] = [];
  private answer = planWorkerHandler(planCareer);
  constructor(private readonly fail = false) {
    FakeWorker.made.push(this);
  }
  postMessage(m: PlanWorkerRequest): void {
    const copy = structuredClone(m);
    if (copy.type === 'plan') this.questions.push(copy.question.goal);
    setTimeout(() => {
      if (this.terminated) return;
      if (this.fail) {
        this.onerror?.({ preventDefault() {} } as ErrorEvent);
        return;
      }
      const reply = this.answer(copy);
      if (reply) this.onmessage?.({ data: structuredClone(reply) } as MessageEvent<PlanWorkerReply>);
    }, 0);
  }
  terminate(): void {
    this.terminated = true;
  }
}

const settle = async (): Promise<void> => {
  for (let i = 0; i < 5; i++) await new Promise((r) => setTimeout(r, 0));
};

/** A store planning on the main thread and one planning in the (stand-in) worker, same file. */
function stores(file: CareerGraphFile = FILE, fail = false) {
  FakeWorker.made = [];
  // Separate graphs, so neither store can be answered from the other's memo.
  const main = createAppStore({ loaded: { file, graph: buildCareerGraph(file) } });
  const off = createAppStore({ loaded: { file, graph: buildCareerGraph(file) } });
  const stop = startPlanWorker(off, () => new FakeWorker(fail));
  return { main, off, stop };
}

describe('plans off the main thread', () => {
  it('the catalogue is big enough to be planned in the worker', () => {
    expect(FILE.nodes.length).toBeGreaterThan(PLAN_WORKER_NODES);
    expect(ROLES.length).toBeGreaterThan(3);
  });

  it('gives the same plans as the main thread, after "planning" until the answer comes', async () => {
    const { main, off, stop } = stores();
    for (const [i, goal] of ROLES.slice(0, 4).entries()) {
      const by = (['months', 'cost', 'steps'] as const)[i % 3] ?? 'months';
      for (const s of [main, off]) {
        s.getState().setGoal(goal);
        s.getState().setObjective(by);
      }
      expect(selectPlanView(off.getState())).toEqual({ kind: 'planning', goal });
      await settle();
      const expected = selectPlanView(main.getState());
      expect(expected.kind).toBe('plan');
      expect(selectPlanView(off.getState())).toEqual(expected);
      // Another alternative of the same answer: no new question.
      const asked = FakeWorker.made.flatMap((w) => w.questions).length;
      for (const s of [main, off]) s.getState().setAlternative(1);
      expect(selectPlanView(off.getState())).toEqual(selectPlanView(main.getState()));
      expect(FakeWorker.made.flatMap((w) => w.questions)).toHaveLength(asked);
    }
    // A held start changes the question, and the answer still matches.
    for (const s of [main, off]) s.getState().addHeld(String(ROLES[0]));
    await settle();
    expect(selectPlanView(off.getState())).toEqual(selectPlanView(main.getState()));
    stop();
    expect(off.getState().offThreadPlan).toBeNull();
  });

  it('cancels a question superseded before its answer: only the last goal is shown', async () => {
    const { off, stop } = stores();
    const shown: string[] = [];
    off.subscribe((s) => {
      const v = selectPlanView(s);
      if (v.kind === 'plan') shown.push(v.result.goal);
    });
    const [a, b, c] = ROLES as [string, string, string];
    off.getState().setGoal(a);
    off.getState().setGoal(b);
    off.getState().setGoal(c);
    await settle();
    expect(shown).toEqual([c]);
    // The workers asked about a and b were stopped; the last one answered c.
    expect(FakeWorker.made.slice(0, -1).every((w) => w.terminated)).toBe(true);
    expect(FakeWorker.made.at(-1)?.questions).toEqual([c]);
    // Back to an earlier goal answered before: shown at once, no new question.
    off.getState().setGoal(b);
    await settle();
    off.getState().setGoal(c);
    expect(selectPlanView(off.getState())).toMatchObject({ kind: 'plan', result: { goal: c } });
    stop();
  });

  it('plans a small graph on the main thread even with the worker started', () => {
    FakeWorker.made = [];
    const store = createAppStore({ loaded: SMALL });
    const stop = startPlanWorker(store, () => new FakeWorker());
    const goal = SMALL.file.nodes.find((n) => n.kind === 'role')?.id as string;
    store.getState().setGoal(goal);
    expect(selectPlanView(store.getState()).kind).not.toBe('planning');
    expect(FakeWorker.made).toHaveLength(0);
    stop();
  });

  it('falls back to the main thread when the worker fails', async () => {
    const { main, off, stop } = stores(FILE, true);
    const goal = ROLES[1] as string;
    for (const s of [main, off]) s.getState().setGoal(goal);
    await settle();
    expect(selectPlanView(off.getState())).toEqual(selectPlanView(main.getState()));
    // From then on without a worker.
    const made = FakeWorker.made.length;
    for (const s of [main, off]) s.getState().setGoal(ROLES[2] as string);
    // Planned on the main thread (the plan search is loaded on demand: a promise settles first).
    await settle();
    expect(selectPlanView(off.getState())).toEqual(selectPlanView(main.getState()));
    expect(FakeWorker.made).toHaveLength(made);
    stop();
  });
});
