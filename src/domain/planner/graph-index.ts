// A graph's nodes numbered in id order, and each node's compiled ways with their conditions as
// those numbers, kept per graph object: the questions asked of one graph then walk integer arrays
// instead of maps of ids. Graphology graphs are mutable, so every use checks what it relies on.

import type { CareerGraph } from '../career-graph';
import type { Requirement } from '../types';
import { type CompiledNode, compiledNode, currentWayLimit, type RawWay } from './compile';
import type { Question } from './problem';

/** The graph's node ids in plain code-unit order; a node's rank is its position here. */
export interface GraphIndex {
  ids: string[];
  rank: Map<string, number>;
  /** The node ids in the graph's own order when the index was made (to see additions and drops). */
  order: string[];
  /** Per preference setting (0 without, 1 with), per rank: the node's ways over ranks. */
  ways: [(RankedWays | undefined)[], (RankedWays | undefined)[]];
}

/** One node's compiled ways, with each condition's node as a rank. */
export interface RankedWays {
  /** The requirement objects these were compiled from (the entry holds only while they do). */
  requires: Requirement | undefined;
  prefers: Requirement | undefined;
  compiled: CompiledNode;
  /** The way limit they were compiled with. */
  limit: number;
  /** Way w's conditions are conds[start[w] .. start[w + 1]], in the compiled order; choice j is -2 - j. */
  start: Int32Array;
  conds: Int32Array;
  /** The same for each hidden choice node of the requirement (see CompiledNode.choices). */
  choices: { start: Int32Array; conds: Int32Array }[];
  /** Every node rank the ways and choices name (what the node's ancestry follows). */
  all: Int32Array;
}

/** Ways as ranks: a choice condition is -2 - its number, a node its rank. */
function waysAsRanks(
  graph: CareerGraph,
  gi: GraphIndex,
  ways: RawWay[],
): { start: Int32Array; conds: Int32Array } {
  let size = 0;
  for (const way of ways) size += way.conds.length;
  const start = new Int32Array(ways.length + 1);
  const conds = new Int32Array(size);
  let k = 0;
  ways.forEach((way, w) => {
    for (const c of way.conds) {
      if (c.choice !== undefined) {
        conds[k++] = -2 - c.choice;
        continue;
      }
      const u = gi.rank.get(c.id);
      if (u === undefined) graph.getNodeAttributes(c.id); // throws: no such node
      conds[k++] = u ?? -1;
    }
    start[w + 1] = k;
  });
  return { start, conds };
}

const perGraph = new WeakMap<CareerGraph, GraphIndex>();

/** Whether the graph still has exactly the nodes, in the same order, the index was made from. */
function sameNodes(graph: CareerGraph, order: readonly string[]): boolean {
  if (graph.order !== order.length) return false;
  let i = 0;
  let same = true;
  graph.forEachNode((id) => {
    if (same && order[i] !== id) same = false;
    i++;
  });
  return same;
}

/** The graph's index, made again when a node was added or dropped since. */
export function graphIndex(graph: CareerGraph): GraphIndex {
  const known = perGraph.get(graph);
  if (known !== undefined && sameNodes(graph, known.order)) return known;
  const order = graph.nodes();
  const ids = [...order].sort(compareIds);
  const made: GraphIndex = { ids, rank: new Map(ids.map((id, i) => [id, i])), order, ways: [[], []] };
  perGraph.set(graph, made);
  return made;
}

/**
 * The node of rank `r`'s ways for the question's preference setting, made again when the node now
 * carries other requirement objects (as compiledNode's memo). An id a condition names that is not
 * in the graph throws graphology's NotFoundGraphError, as reading that node would.
 */
export function rankedWays(graph: CareerGraph, gi: GraphIndex, q: Question, r: number): RankedWays {
  const byRank = gi.ways[q.includePreferred ? 1 : 0];
  const id = gi.ids[r] as string;
  const node = graph.getNodeAttributes(id);
  const prefers = q.includePreferred ? node.prefers : undefined;
  const known = byRank[r];
  if (
    known !== undefined &&
    known.requires === node.requires &&
    known.prefers === prefers &&
    known.limit === currentWayLimit()
  ) {
    return known;
  }
  const compiled = compiledNode(graph, q, id);
  const { start, conds } = waysAsRanks(graph, gi, compiled.ways);
  const choices = compiled.choices.map((ways) => waysAsRanks(graph, gi, ways));
  let all = conds;
  if (choices.length > 0) {
    const named = [...conds, ...choices.flatMap((c) => [...c.conds])].filter((u) => u >= 0);
    all = Int32Array.from(new Set(named));
  }
  const made: RankedWays = {
    requires: node.requires,
    prefers,
    limit: currentWayLimit(),
    compiled,
    start,
    conds,
    choices,
    all,
  };
  byRank[r] = made;
  return made;
}

/** Plain code-unit order, the same on every machine and locale. */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
