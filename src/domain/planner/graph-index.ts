// A graph's nodes numbered in id order, and each node's compiled ways with their conditions as
// those numbers, kept per graph object: the questions asked of one graph then walk integer arrays
// instead of maps of ids. Graphology graphs are mutable, so every use checks what it relies on.

import type { CareerGraph } from '../career-graph';
import type { CareerNode, Requirement } from '../types';
import {
  currentWayLimit,
  flatWays,
  plainIdCond,
  type RawCond,
  type RawWay,
  requirementWays,
} from './compile';
import type { Question } from './problem';

/** The graph's node ids in plain code-unit order; a node's rank is its position here. */
export interface GraphIndex {
  ids: string[];
  rank: Map<string, number>;
  /** The node ids in the graph's own order when the index was made (to see additions and drops). */
  order: string[];
  /** Per preference setting (0 without, 1 with), per rank: the node's ways over ranks. */
  ways: [(RankedWays | undefined)[], (RankedWays | undefined)[]];
  /** Every compiled way's conditions, in one pool for all the nodes (see WayPool). */
  pool: WayPool;
  /**
   * The condition last made for a requirement that is one id: a value (never written to), so
   * nodes needing that id can share it.
   */
  lastPlain: RawCond | undefined;
  /** Appends to the pool what flatWays writes: null starts a way, a condition joins it. */
  sink: (cond: RawCond | null) => void;
}

/**
 * Compiled ways as ranks, appended node after node: way w's conditions are cond[wayStart[w] ..
 * wayStart[w + 1]], a node as its rank and choice j of the way's node as -2 - j; raw holds each
 * condition's compiled form (its years, its reason). Kept in a few long arrays rather than a few
 * small ones per node: a large graph's thousands of small arrays were most of what the garbage
 * collector had to move when a graph was first planned on.
 */
export interface WayPool {
  wayStart: Int32Array;
  cond: Int32Array;
  raw: RawCond[];
  /** Ways and conditions in use (the arrays have room for more). */
  ways: number;
  conds: number;
  /** Conditions of entries made again since (left in the pool, unused). */
  stale: number;
}

/**
 * One node's compiled ways, as a range of the pool: its own ways are `first` to `first + own`,
 * then each hidden choice node's ways in turn (`choiceWays[j]` of them for choice j; see
 * CompiledNode.choices), up to `end`.
 */
export interface RankedWays {
  /** The requirement objects these were compiled from (the entry holds only while they do). */
  requires: Requirement | undefined;
  prefers: Requirement | undefined;
  /** The way limit they were compiled with. */
  limit: number;
  /** The pool the ranges are in (the index may start a new one later; see dropStale). */
  pool: WayPool;
  first: number;
  own: number;
  choiceWays: readonly number[];
  end: number;
}

/** A pool with room for this many ways and conditions to start with. */
function newPool(room: number): WayPool {
  return {
    wayStart: new Int32Array(room + 1),
    cond: new Int32Array(room),
    raw: [],
    ways: 0,
    conds: 0,
    stale: 0,
  };
}

/** `a` copied into a typed array twice as long or long enough for `need`. */
function grown(a: Int32Array, need: number): Int32Array {
  const bigger = new Int32Array(Math.max(need, 2 * a.length));
  bigger.set(a);
  return bigger;
}

/** Appends ways to the pool, as ranks: a choice condition is -2 - its number, a node its rank. */
function appendWays(graph: CareerGraph, gi: GraphIndex, ways: readonly RawWay[]): void {
  const pool = gi.pool;
  let size = 0;
  for (const way of ways) size += way.conds.length;
  if (pool.ways + ways.length + 1 > pool.wayStart.length)
    pool.wayStart = grown(pool.wayStart, pool.ways + ways.length + 1);
  if (pool.conds + size > pool.cond.length) pool.cond = grown(pool.cond, pool.conds + size);
  const { wayStart, cond, raw } = pool;
  let k = pool.conds;
  let w = pool.ways;
  for (const way of ways) {
    wayStart[w] = k;
    for (const c of way.conds) {
      raw[k] = c;
      if (c.choice !== undefined) {
        cond[k++] = -2 - c.choice;
        continue;
      }
      const u = gi.rank.get(c.id);
      if (u === undefined) graph.getNodeAttributes(c.id); // throws: no such node
      cond[k++] = u ?? -1;
    }
    w++;
  }
  wayStart[w] = k;
  pool.ways = w;
  pool.conds = k;
}

/** Starts a way in the pool (ended by the next way's start or by endWays). */
function startWay(pool: WayPool): void {
  if (pool.ways + 2 > pool.wayStart.length) pool.wayStart = grown(pool.wayStart, pool.ways + 2);
  pool.wayStart[pool.ways++] = pool.conds;
}

/** Adds condition `c` to the way started last (see appendWays). */
function addCond(graph: CareerGraph, gi: GraphIndex, c: RawCond): void {
  const pool = gi.pool;
  if (pool.conds + 1 > pool.cond.length) pool.cond = grown(pool.cond, pool.conds + 1);
  pool.raw[pool.conds] = c;
  if (c.choice !== undefined) {
    pool.cond[pool.conds++] = -2 - c.choice;
    return;
  }
  const u = gi.rank.get(c.id);
  if (u === undefined) graph.getNodeAttributes(c.id); // throws: no such node
  pool.cond[pool.conds++] = u ?? -1;
}

/** Ends the ways started: the last one's conditions end where the pool's do. */
function endWays(pool: WayPool): void {
  pool.wayStart[pool.ways] = pool.conds;
}

const perGraph = new WeakMap<CareerGraph, GraphIndex>();

/** The choices of the many nodes that have none (never written to). */
const NO_CHOICES: readonly number[] = [];

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

/** Filled out to every rank: entries set in ancestry order would make a sparse (slow) array. */
const noWays = (n: number): undefined[] => new Array<undefined>(n).fill(undefined);

/** The graph's index, made again when a node was added or dropped since. */
export function graphIndex(graph: CareerGraph): GraphIndex {
  const known = perGraph.get(graph);
  if (known !== undefined && sameNodes(graph, known.order)) return known;
  const order = graph.nodes();
  // The default sort compares strings by code units, as compareIds does, without calling back.
  const ids = [...order].sort();
  const rank = new Map<string, number>();
  for (let i = 0; i < ids.length; i++) rank.set(ids[i] as string, i);
  const made: GraphIndex = {
    ids,
    rank,
    order,
    ways: [noWays(ids.length), noWays(ids.length)],
    pool: newPool(4 * ids.length),
    lastPlain: undefined,
    sink: (c) => (c === null ? startWay(made.pool) : addCond(graph, made, c)),
  };
  perGraph.set(graph, made);
  return made;
}

/**
 * Starts the pool again, every entry forgotten, once most of it is entries made again since (a
 * graph edited node by node for a long time): what is in use is then made again when asked for.
 */
function dropStale(gi: GraphIndex): void {
  const { pool } = gi;
  if (pool.stale < 1024 || 2 * pool.stale < pool.conds) return;
  gi.ways = [noWays(gi.ids.length), noWays(gi.ids.length)];
  gi.pool = newPool(4 * gi.ids.length);
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
  const prefers = q.includePreferred ? node.prefers : undefined;
  const known = gi.ways[q.includePreferred ? 1 : 0][r];
  if (
    known !== undefined &&
    known.requires === node.requires &&
    known.prefers === prefers &&
    known.limit === currentWayLimit()
  ) {
    return known;
  }
  if (known !== undefined && known.pool === gi.pool) {
    const { pool } = gi;
    pool.stale += (pool.wayStart[known.end] as number) - (pool.wayStart[known.first] as number);
    dropStale(gi);
  }
  // Every way of the node lands in the pool in one go (dropStale only runs above).
  const first = gi.pool.ways;
  let own = 1;
  let choiceWays = NO_CHOICES;
  const { requires } = node;
  if (prefers === undefined && (requires === undefined || typeof requires === 'string')) {
    // No requirement or one id (most nodes): its one way, as requirementWays would give it.
    startWay(gi.pool);
    if (requires !== undefined) {
      // Nodes that need the same id in a row (the options of a one-of, say) share its condition.
      if (gi.lastPlain?.id !== requires) gi.lastPlain = plainIdCond(requires);
      addCond(graph, gi, gi.lastPlain);
    }
    endWays(gi.pool);
  } else {
    // A one-of of ids, an all-of of those, ...: its ways written straight to the pool.
    const flat = prefers === undefined ? flatWays(requires as Requirement, gi.sink) : null;
    if (flat !== null) {
      endWays(gi.pool);
      own = flat.own;
      choiceWays = flat.choiceWays;
    } else {
      // This entry is the node's memo here: compiled straight from the requirement (compiledNode's
      // per-question and per-graph maps would only be looked up once more).
      const compiled = requirementWays(requires, prefers);
      appendWays(graph, gi, compiled.ways);
      own = compiled.ways.length;
      if (compiled.choices.length > 0) {
        choiceWays = compiled.choices.map((ways) => ways.length);
        for (const ways of compiled.choices) appendWays(graph, gi, ways);
      }
    }
  }
  const made: RankedWays = {
    requires,
    prefers,
    limit: currentWayLimit(),
    pool: gi.pool,
    first,
    own,
    choiceWays,
    end: gi.pool.ways,
  };
  gi.ways[q.includePreferred ? 1 : 0][r] = made;
  return made;
}

/** Plain code-unit order, the same on every machine and locale. */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
