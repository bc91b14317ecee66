// `npm run bench` at scale: the planner (3 plans) on graphs where a goal's ancestry is most of the
// graph, against one graphology single-source Dijkstra on the same graph, cold and warm, per goal.

import { dijkstra } from 'graphology-shortest-path';
import { buildCareerGraph, type CareerGraph } from '../../src/domain/career-graph';
import { type Objective, planCareer } from '../../src/domain/planner';
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
  dijkstra: { cold: number; warm: number };
  /** Per goal: first call on a fresh copy of the graph, and the median of the warm calls. */
  planner: { cold: number[]; warm: number[] };
  notOptimal: number;
  failed: string[];
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

/** Measures one case: `reps` warm calls per goal after a cold one on a fresh copy of the graph. */
export function measureScale(c: ScaleCase, by: Objective, reps: number): ScaleRow {
  const graph = buildCareerGraph(c.file);
  const weights = edgeWeights(graph);
  const weight = (edge: string): number => weights.get(edge) ?? 0;
  const source = c.source;
  const coldDijkstra =
    source === undefined ? Number.NaN : time(() => dijkstra.singleSource(graph.copy(), source, weight)).ms;
  const warmDijkstra: number[] = [];
  for (let r = 0; source !== undefined && r < Math.max(3, reps); r++) {
    warmDijkstra.push(time(() => dijkstra.singleSource(graph, source, weight)).ms);
  }
  if (warmDijkstra.length === 0) warmDijkstra.push(Number.NaN);
  const row: ScaleRow = {
    name: c.name,
    nodes: graph.order,
    ancestry: [0, 0],
    dijkstra: { cold: coldDijkstra, warm: summarise(warmDijkstra).median },
    planner: { cold: [], warm: [] },
    notOptimal: 0,
    failed: [],
  };
  const sizes = c.goals.map((g) => ancestrySize(graph, g));
  row.ancestry = [summarise(sizes).median, Math.max(...sizes)];
  const options = { by, alternatives: 3 };
  for (const goal of c.goals) {
    try {
      const fresh = graph.copy();
      const cold = time(() => planCareer(fresh, c.situation, goal, options));
      row.planner.cold.push(cold.ms);
      if (cold.value.kind === 'plan' && cold.value.plans.some((p) => !p.optimal)) row.notOptimal++;
      const warm: number[] = [];
      for (let r = 0; r < reps; r++) warm.push(time(() => planCareer(graph, c.situation, goal, options)).ms);
      row.planner.warm.push(summarise(warm).median);
    } catch (error) {
      row.failed.push(`${goal}: ${String(error).slice(0, 60)}`);
    }
  }
  console.error(`  measured ${c.name}`);
  return row;
}

const ratio = (x: number, base: number): string => (base > 0 ? `${(x / base).toFixed(1)}×` : '–');
const msOrDash = (t: number): string => (Number.isNaN(t) ? '–' : ms(t));

/** The table: planner times per goal (median and worst) and their ratio to one Dijkstra. */
export function scaleTable(rows: ScaleRow[]): string {
  const cells = rows.map((r) => {
    const cold = summarise(r.planner.cold.length > 0 ? r.planner.cold : [Number.NaN]);
    const warm = summarise(r.planner.warm.length > 0 ? r.planner.warm : [Number.NaN]);
    return [
      r.name,
      String(r.nodes),
      `${r.ancestry[0]}/${r.ancestry[1]}`,
      `${msOrDash(r.dijkstra.cold)}/${msOrDash(r.dijkstra.warm)}`,
      `${ms(cold.median)}/${ms(cold.max)}`,
      `${ratio(cold.median, r.dijkstra.cold)}/${ratio(cold.max, r.dijkstra.cold)}`,
      `${ms(warm.median)}/${ms(warm.max)}`,
      `${ratio(warm.median, r.dijkstra.warm)}/${ratio(warm.max, r.dijkstra.warm)}`,
      `${r.planner.cold.length} goals${r.notOptimal ? `, ${r.notOptimal} not proven optimal` : ''}${
        r.failed.length ? `, ${r.failed.length} failed (${r.failed[0]})` : ''
      }`,
    ];
  });
  return table(
    [
      'graph',
      'nodes',
      'ancestry med/max',
      'Dijkstra ms cold/warm',
      'plan cold ms med/worst',
      'cold ratio med/worst',
      'plan warm ms med/worst',
      'warm ratio med/worst',
      'note',
    ],
    cells,
  );
}
