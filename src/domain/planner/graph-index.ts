// A graph's nodes numbered in id order, and each node's compiled ways with their conditions as
// those numbers, kept per graph object: the questions asked of one graph then walk integer arrays
// instead of maps of ids. Graphology graphs are mutable, so every use checks what it relies on.

import type { CareerGraph } from '../career-graph';
import type { CareerNode, Requirement } from '../types';
import { currentWayLimit, type RawCond, type RawWay, requirementWays } from './compile';
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

/**
 * One node's compiled ways, with each condition's node as a rank: flat lists of ranks and the
 * compiled conditions only (the way objects go once made: fewer objects live per node).
 */
export interface RankedWays {
  /** The requirement objects these were compiled from (the entry holds only while they do). */
  requires: Requirement | undefined;
  prefers: Requirement | undefined;
  /** The way limit they were compiled with. */
  limit: number;
  /** The ways (see RankedList). */
  own: RankedList;
  /** The same for each hidden choice node of the requirement (see CompiledNode.choices). */
  choices: RankedList[];
  /** Every node rank the ways and choices name (what the node's ancestry follows). */
  all: readonly number[];
}

/**
 * Ways as ranks: way w's conditions are conds[start[w] .. start[w + 1]], in the compiled order, a
 * node as its rank and choice j as -2 - j. Plain arrays: a few are made per node, and typed
 * arrays cost far more to make.
 */
export interface RankedList {
  start: readonly number[];
  conds: readonly number[];
  /** Per condition, in the same order: the compiled condition. */
  raws: readonly RawCond[];
}

/** Ways as ranks: a choice condition is -2 - its number, a node its rank. */
function waysAsRanks(graph: CareerGraph, gi: GraphIndex, ways: RawWay[]): RankedList {
  let size = 0;
  for (const way of ways) size += way.conds.length;
  // Arrays of the exact size (grown one push at a time, each would hold room for 16).
  const start = new Array<number>(ways.length + 1);
  const conds = new Array<number>(size);
  const raws = new Array<RawCond>(size);
  let k = 0;
  start[0] = 0;
  for (let w = 0; w < ways.length; w++) {
    for (const c of (ways[w] as RawWay).conds) {
      raws[k] = c;
      if (c.choice !== undefined) {
        conds[k++] = -2 - c.choice;
        continue;
      }
      const u = gi.rank.get(c.id);
      if (u === undefined) graph.getNodeAttributes(c.id); // throws: no such node
      conds[k++] = u ?? -1;
    }
    start[w + 1] = k;
  }
  return { start, conds, raws };
}

const perGraph = new WeakMap<CareerGraph, GraphIndex>();

/** The choices of the many nodes that have none (never written to). */
const NO_CHOICES: RankedList[] = [];

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
  // The default sort compares strings by code units, as compareIds does, without calling back.
  const ids = [...order].sort();
  const rank = new Map<string, number>();
  for (let i = 0; i < ids.length; i++) rank.set(ids[i] as string, i);
  // Filled out to every rank now: entries set in ancestry order would make a sparse (slow) array.
  const none = (): undefined[] => new Array<undefined>(ids.length).fill(undefined);
  const made: GraphIndex = { ids, rank, order, ways: [none(), none()] };
  perGraph.set(graph, made);
  return made;
}

/**
 * The node of rank `r`'s ways for the question's preference setting, made again when the node now
 * carries other requirement objects (as compiledNode's memo does); `node` is its data, when the
 * caller has read it already. An id a condition names that is not in the graph throws
 * graphology's NotFoundGraphError, as reading that node would.
 */
export function rankedWays(
  graph: CareerGraph,
  gi: GraphIndex,
  q: Question,
  r: number,
  node: CareerNode = graph.getNodeAttributes(gi.ids[r] as string),
): RankedWays {
  const byRank = gi.ways[q.includePreferred ? 1 : 0];
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
  // This entry is the node's memo here: compiled straight from the requirement (compiledNode's
  // per-question and per-graph maps would only be looked up once more).
  const compiled = requirementWays(node.requires, prefers);
  const own = waysAsRanks(graph, gi, compiled.ways);
  const choices =
    compiled.choices.length === 0 ? NO_CHOICES : compiled.choices.map((ways) => waysAsRanks(graph, gi, ways));
  let all = own.conds;
  if (choices.length > 0) {
    const named = [...own.conds, ...choices.flatMap((c) => [...c.conds])].filter((u) => u >= 0);
    all = [...new Set(named)];
  }
  const made: RankedWays = {
    requires: node.requires,
    prefers,
    limit: currentWayLimit(),
    own,
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
