// `npm run bench` at scale: the planner (3 plans) on graphs where a goal's ancestry is most of the
// graph, against one graphology single-source Dijkstra on the same graph, cold and warm, per goal.

import { dijkstra } from 'graphology-shortest-path';
import { buildCareerGraph, type CareerGraph } from '../../src/domain/career-graph';
import { type Objective, type PlanResult, planCareer, rankingOrder } from '../../src/domain/planner';
import type { CareerGraphFile, Situation } from '../../src/domain/types';
import { ms, summarise, table, time } from './measure';

export interface ScaleCase {
  name: string;
  file: CareerGraphFile;
  situation: Situation;
  /**
   * Where the single-source Dijkstra starts (what the person holds); none on long chains, where
   * graphology's Dijkstra keeps a whole path per node (memory grows with the square of the length).
   */
  source?: string;
  goals: string[];
}

export interface ScaleRow {
  name: string;
  nodes: number;
  /** Median and largest ancestry (nodes the goal can be reached from) over the goals. */
  ancestry: [number, number];
  /** Dijkstra times: as many cold calls (each on a fresh copy of the graph) per goal as the planner's, and the warm calls. */
  dijkstra: { cold: number[]; warm: number[] };
  /**
   * Per goal: the median of its cold calls (first calls, each on a fresh copy of the graph) and the
   * median of the warm calls.
   */
  planner: { cold: number[]; warm: number[] };
  /** Calls per goal, cold and warm (more than asked for on a cheap case; see SAMPLE_MS). */
  runs: { cold: number; warm: number };
  /** Plans returned and plans proven optimal, over all goals (cold calls). */
  plans: number;
  proven: number;
  /**
   * Per goal, the first plan against the first plan of a search with 10× the budget: null when
   * it ranks as well (or better), else how much more it takes by the chosen objective (0 when it
   * only trails on a later key).
   */
  behindLong: (number | null)[];
  failed: string[];
}

/** The first plan against the long search's first plan (see ScaleRow.behindLong). */
function behind(by: Objective, plan: PlanResult, long: PlanResult): number | null {
  const first = plan.kind === 'plan' ? plan.plans[0] : undefined;
  const best = long.kind === 'plan' ? long.plans[0] : undefined;
  if (first === undefined || best === undefined) return null;
  for (const o of rankingOrder(by)) {
    const d = first.totals[o] - best.totals[o];
    if (d < 0) return null;
    if (d > 0) return o === by ? d : 0;
  }
  return null;
}

/** How many nodes `goal` can be reached from through requirements (its ancestry, itself included). */
export function ancestrySize(graph: CareerGraph, goal: string): number {
  const seen = new Set([goal]);
  const stack = [goal];
  for (let id = stack.pop(); id !== undefined; id = stack.pop()) {
    graph.forEachInNeighbor(id, (u) => {
      if (!seen.has(u)) {
        seen.add(u);
        stack.push(u);
      }
    });
  }
  return seen.size;
}

/** Months from a prerequisite to the node it opens: the node's months plus any years asked for. */
function edgeWeights(graph: CareerGraph): Map<string, number> {
  const weights = new Map<string, number>();
  graph.forEachEdge((edge, attributes, _source, _target, _s, target) => {
    weights.set(edge, (target.months ?? 0) + 12 * (attributes.years ?? 0));
  });
  return weights;
}

/** How long the planner and Dijkstra are warmed up before a case is measured, by default (see measureScale). */
export const WARM_UP_MS = 2000;
/** Samples per goal, cold and warm: at least the given repetitions, more while they fit in this time. */
export const SAMPLE_MS = 1000;
export const MAX_REPS = 15;

/**
 * Measures one case, after `warmUpMs` of uncounted calls (the JIT's warm-up): per goal, `coldReps`
 * cold calls (each on a fresh copy of the graph, taking turns with as many cold Dijkstra calls, so
 * both meet the same machine) and `reps` warm calls, more of each on a cheap case (SAMPLE_MS).
 * A goal's time is the median of its calls: one call alone is as much the garbage collector's
 * moment as the goal's (Dijkstra's own slowest cold call is often twice its median).
 */
export function measureScale(
  c: ScaleCase,
  by: Objective,
  reps: number,
  coldReps = 3,
  warmUpMs = WARM_UP_MS,
): ScaleRow {
  const graph = buildCareerGraph(c.file);
  const weights = edgeWeights(graph);
  const weight = (edge: string): number => weights.get(edge) ?? 0;
  const source = c.source;
  const row: ScaleRow = {
    name: c.name,
    nodes: graph.order,
    ancestry: [0, 0],
    dijkstra: { cold: [], warm: [] },
    planner: { cold: [], warm: [] },
    runs: { cold: 0, warm: 0 },
    plans: 0,
    proven: 0,
    behindLong: [],
    failed: [],
  };
  const dijkstraOn = (g: CareerGraph, from: string): number =>
    time(() => dijkstra.singleSource(g, from, weight)).ms;
  const coldDijkstra = (): void => {
    if (source !== undefined) row.dijkstra.cold.push(dijkstraOn(graph.copy(), source));
  };
  const sizes = c.goals.map((g) => ancestrySize(graph, g));
  row.ancestry = [summarise(sizes).median, Math.max(...sizes)];
  const options = { by, alternatives: 3 };
  // Warm-ups, not counted, for at least warmUpMs: V8 compiles functions in tiers over their
  // first dozens of calls (the search's closures reach their optimised code only after 30–40
  // calls on the one-of product), and a timing taken before that measures the compiler. Each
  // round calls Dijkstra and the planner cold, on copies of the graph, and warm. Warm calls go to
  // the graph itself as well as to a copy: a copy's node data has other hidden classes than the
  // graph as built, and code compiled for one alone is thrown away at the other's first call.
  // The graph caches stay cold: each cold call below gets a fresh copy.
  const [firstGoal] = c.goals;
  const warmUntil = performance.now() + warmUpMs;
  const perCall: number[] = [];
  for (let r = 0; firstGoal !== undefined && (r < 3 || performance.now() < warmUntil); r++) {
    if (source !== undefined) {
      dijkstraOn(graph.copy(), source);
      dijkstraOn(graph, source);
    }
    try {
      const copy = graph.copy();
      perCall.push(time(() => planCareer(copy, c.situation, firstGoal, options)).ms);
      planCareer(copy, c.situation, firstGoal, options);
      planCareer(graph, c.situation, firstGoal, options);
    } catch {
      break; // reported with the goal below
    }
  }
  // Cheap cases take more samples (a median of 3 calls of 10 ms is one garbage collection's
  // whim): as many as fit in SAMPLE_MS by the warm-ups' median cold call, up to MAX_REPS.
  const perCallMs = perCall.length > 0 ? summarise(perCall).median : Number.POSITIVE_INFINITY;
  const repsFor = (given: number): number =>
    Math.max(given, Math.min(MAX_REPS, Math.ceil(SAMPLE_MS / Math.max(perCallMs, 0.01))));
  const coldRuns = repsFor(Math.max(1, coldReps));
  const warmRuns = repsFor(reps);
  row.runs = { cold: coldRuns, warm: warmRuns };
  if (source !== undefined) {
    for (let r = 0; r < warmRuns * c.goals.length; r++) row.dijkstra.warm.push(dijkstraOn(graph, source));
  }
  for (const goal of c.goals) {
    try {
      const colds: number[] = [];
      let answer: PlanResult | undefined;
      for (let r = 0; r < coldRuns; r++) {
        coldDijkstra();
        const fresh = graph.copy();
        const cold = time(() => planCareer(fresh, c.situation, goal, options));
        colds.push(cold.ms);
        answer = cold.value; // the same every time (the planner is deterministic)
      }
      row.planner.cold.push(summarise(colds).median);
      if (answer?.kind === 'plan') {
        row.plans += answer.plans.length;
        row.proven += answer.plans.filter((p) => p.optimal).length;
      }
      // One uncounted call first: the warm-ups planned on copies, never on this graph object.
      planCareer(graph, c.situation, goal, options);
      const warm: number[] = [];
      for (let r = 0; r < warmRuns; r++)
        warm.push(time(() => planCareer(graph, c.situation, goal, options)).ms);
      row.planner.warm.push(summarise(warm).median);
      const long = planCareer(graph, c.situation, goal, { ...options, effort: 10 });
      if (answer !== undefined) row.behindLong.push(behind(by, answer, long));
    } catch (error) {
      row.failed.push(`${goal}: ${String(error).slice(0, 60)}`);
    }
  }
  console.error(`  measured ${c.name}`);
  return row;
}

const ratio = (x: number, base: number): string => (base > 0 ? `${(x / base).toFixed(1)}×` : '–');
const msOrDash = (t: number): string => (Number.isNaN(t) ? '–' : ms(t));
const timing = (samples: number[]) => summarise(samples.length > 0 ? samples : [Number.NaN]);

/** Goals whose first plan ranks as well as the long search's, and the largest shortfall (chosen objective). */
function versusLong(behindLong: (number | null)[]): string {
  const short = behindLong.filter((b): b is number => b !== null);
  const good = `${behindLong.length - short.length}/${behindLong.length}`;
  return short.length === 0 ? good : `${good} (worst +${Math.max(...short)})`;
}

/**
 * The table, two lines per graph (cold, warm): the planner's time per goal (median and worst
 * goal), one Dijkstra's (median and slowest call), the planner's median and worst goal each
 * divided by Dijkstra's median, how many of the plans were proven optimal, and for how many goals
 * the first plan ranks as well as the first plan of a search with 10× the budget (with the
 * largest shortfall by the chosen objective).
 */
export function scaleTable(rows: ScaleRow[]): string {
  const cells = rows.flatMap((r) =>
    (['cold', 'warm'] as const).map((run) => {
      const plan = timing(r.planner[run]);
      const base = timing(r.dijkstra[run]);
      const note = [
        `${r.planner.cold.length} goal${r.planner.cold.length === 1 ? '' : 's'}`,
        ...(r.failed.length ? [`${r.failed.length} failed (${r.failed[0]})`] : []),
      ].join(', ');
      return [
        run === 'cold' ? r.name : '',
        run === 'cold' ? String(r.nodes) : '',
        run === 'cold' ? `${r.ancestry[0]}/${r.ancestry[1]}` : '',
        run,
        `${msOrDash(plan.median)}/${msOrDash(plan.max)}`,
        `${msOrDash(base.median)}/${msOrDash(base.max)}`,
        `${ratio(plan.median, base.median)}/${ratio(plan.max, base.median)}`,
        run === 'cold' ? `${r.proven}/${r.plans}` : '',
        run === 'cold' ? versusLong(r.behindLong) : '',
        run === 'cold' ? note : '',
      ];
    }),
  );
  return table(
    [
      'graph',
      'nodes',
      'ancestry med/max',
      'run',
      'planner ms med/worst',
      'Dijkstra ms med/worst',
      'ratio med/worst',
      'proven optimal',
      'as good as 10× search',
      'note',
    ],
    cells,
  );
}
