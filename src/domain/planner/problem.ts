// One planning question turned into an indexed AND/OR graph: only the goal's ancestry, only nodes
// a person can still obtain, held prerequisites folded into constants.

import type { CareerGraph } from '../career-graph';
import type { CareerNode, Pace, Situation } from '../types';
import { CHOICE_PREFIX, type CompiledNode, type RawCond } from './compile';
import { compareIds, type GraphIndex, graphIndex, type RankedWays, rankedWays } from './graph-index';
import { IdIndex } from './id-index';
import { monthsAtPace } from './pace';
import { newScratch, type Scratch } from './scratch';
import { type Kept, keepProblem, keptProblem, questionKey, withScratch } from './whole-memo';

export interface Problem {
  /**
   * Candidate nodes (available, not held, in the goal's ancestry), sorted by id: index order is id
   * order; then, from index `real` on, the hidden choice nodes of their requirements (see
   * CompiledNode.choices), which take no time, cost nothing and are never steps.
   */
  ids: string[];
  /** How many of `ids` are real nodes: indices from `real` on are choice nodes. */
  real: number;
  /** Each real node's index by id. */
  index: IdIndex;
  goal: number;
  months: Float64Array;
  cost: Float64Array;
  // Ways in flat arrays: way g belongs to node wayOwner[g] (as its wayLocal[g]-th way).
  wayStart: Int32Array; // node v's ways are wayStart[v] .. wayStart[v + 1]
  wayOwner: Int32Array;
  wayLocal: Int32Array;
  /** Months the way waits for regardless of new steps (experience in a role already held). */
  wayBase: Float64Array;
  condStart: Int32Array; // way g's conditions are condStart[g] .. condStart[g + 1]
  condNode: Int32Array;
  /** 12·years for experience conditions, else 0. */
  condDelay: Float64Array;
  condRaw: RawCond[];
  // Reverse index: the conditions that mention node u are userCond[userStart[u] .. userStart[u + 1]].
  userStart: Int32Array;
  userCond: Int32Array;
  condWay: Int32Array;
  /** Working arrays of this problem's searches (one problem per question, so calls never share them). */
  scratch: Scratch;
}

export interface Question {
  held: Set<string>;
  /** Years held per role: a Map, so an id such as `constructor` never reads Object.prototype. */
  years: Map<string, number>;
  region: string | undefined;
  includePreferred: boolean;
  /** Study pace: part time doubles the months of education nodes. */
  pace: Pace | undefined;
  /** Requirements compiled so far for this question (see compiledNode). */
  compiled: Map<string, CompiledNode>;
  /** The graph's index and working arrays over its ranks, for this question (see ranksOf). */
  ranked?: RankedQuestion;
}

/**
 * Per question, made once: its graph's index (checked once, as a question's graph does not change
 * while it is answered), held nodes by rank, and arrays over every rank that each use leaves as it
 * found them, so that many searches of one question (withinReach) pay for the graph's size once.
 */
interface RankedQuestion {
  graph: CareerGraph;
  gi: GraphIndex;
  /**
   * Per rank: 0 not met yet, 1 in the ancestry being found, 2 held or not offered in the region
   * (3 for the latter while a walk that notes them has noted it).
   */
  seen: Uint8Array;
  stack: Int32Array;
  /** Per rank: 1 when held. */
  held: Uint8Array;
  /** Per rank: its index in the problem being built, else -1. */
  local: Int32Array;
}

function ranksOf(graph: CareerGraph, q: Question, known?: GraphIndex): RankedQuestion {
  if (q.ranked !== undefined && q.ranked.graph === graph) return q.ranked;
  const gi = known ?? graphIndex(graph);
  const n = gi.ids.length;
  const seen = new Uint8Array(n);
  const held = new Uint8Array(n);
  for (const id of q.held) {
    const r = gi.rank.get(id);
    if (r !== undefined) {
      seen[r] = 2;
      held[r] = 1;
    }
  }
  q.ranked = { graph, gi, seen, held, stack: new Int32Array(n), local: new Int32Array(n).fill(-1) };
  return q.ranked;
}

export function questionOf(situation: Situation, includePreferred: boolean): Question {
  const years = new Map<string, number>();
  const given = situation.years ?? {};
  for (const id of Object.keys(given)) {
    if (Object.hasOwn(given, id)) years.set(id, given[id] ?? 0);
  }
  return {
    held: new Set(situation.holds),
    years,
    region: situation.region,
    includePreferred,
    pace: situation.pace,
    compiled: new Map(),
  };
}

/**
 * The largest figure (months, cost, a wait) the planner counts: sums and critical paths over every
 * node of a problem then stay finite even for absurd inputs such as 1e308. Far above any real figure.
 */
export function figureCap(nodeCount: number): number {
  return Number.MAX_VALUE / (8 * (nodeCount + 1));
}

/** A figure as the planner counts it: finite, not negative, at most `cap`. */
export function counted(x: number | undefined, cap: number): number {
  return x !== undefined && x > 0 ? Math.min(x, cap) : 0;
}

/** Whether a person in the question's region may obtain the node at all. */
export function inRegion(graph: CareerGraph, id: string, region: string | undefined): boolean {
  return region === undefined || offeredIn(graph.getNodeAttributes(id), region);
}

/** inRegion on node data already read. */
function offeredIn(node: CareerNode, region: string | undefined): boolean {
  return region === undefined || node.regions === undefined || node.regions.includes(region);
}

/** Months an experience condition still needs when its role is already held. */
export function heldExperienceMonths(q: Question, role: string, years: number): number {
  const held = q.years.get(role) ?? 0;
  return Math.max(0, 12 * (years - (Number.isFinite(held) ? held : 0)));
}

/**
 * ancestry as ranks of the graph's index, ascending. With `outside`, the ranks of the nodes its
 * ways name that are left out for their region go there too (once each).
 */
function ancestryRanks(
  graph: CareerGraph,
  rq: RankedQuestion,
  q: Question,
  goal: string,
  outside?: number[],
): Int32Array {
  const { gi, seen, stack, held } = rq;
  const g = gi.rank.get(goal);
  if (g === undefined) graph.getNodeAttributes(goal); // throws: no such node
  if (g === undefined || q.held.has(goal) || !inRegion(graph, goal, q.region)) return new Int32Array(0);
  seen[g] = 1;
  stack[0] = g;
  let top = 1;
  let count = 1;
  while (top > 0) {
    // Every condition of the node's ways and its choices' ways (choices, below -1, skipped).
    const rw = rankedWays(graph, gi, q, stack[--top] as number);
    const { wayStart, cond } = rw.pool;
    const last = wayStart[rw.end] as number;
    for (let k = wayStart[rw.first] as number; k < last; k++) {
      const u = cond[k] as number;
      if (u < 0) continue;
      if (seen[u] !== 0) {
        // Left out for its region (by this walk or an earlier one of the question): noted once.
        if (outside !== undefined && seen[u] === 2 && held[u] === 0) {
          seen[u] = 3;
          outside.push(u);
        }
        continue;
      }
      // Held and out-of-region marks stay: they hold for every search of the question.
      if (q.region !== undefined && !inRegion(graph, gi.ids[u] as string, q.region)) {
        seen[u] = outside === undefined ? 2 : 3;
        outside?.push(u);
        continue;
      }
      seen[u] = 1;
      stack[top++] = u;
      count++;
    }
  }
  const ranks = new Int32Array(count);
  let i = 0;
  for (let r = 0; r < seen.length && i < count; r++) if (seen[r] === 1) ranks[i++] = r;
  for (const r of ranks) seen[r] = 0;
  if (outside !== undefined) for (const r of outside) seen[r] = 2;
  return ranks;
}

/** Available, not-held nodes from which `goal` can be reached backwards through requirements, in id order. */
export function ancestry(graph: CareerGraph, q: Question, goal: string): string[] {
  const rq = ranksOf(graph, q);
  return Array.from(ancestryRanks(graph, rq, q, goal), (r) => rq.gi.ids[r] as string);
}

/** Builds the indexed problem over `nodeIds` (which must contain `goal`). */
export function buildProblem(graph: CareerGraph, q: Question, goal: string, nodeIds: string[]): Problem {
  const rq = ranksOf(graph, q);
  const ranks = Int32Array.from(nodeIds, (id) => {
    const r = rq.gi.rank.get(id);
    if (r === undefined) graph.getNodeAttributes(id); // throws: no such node
    return r ?? -1;
  });
  return buildFromRanks(graph, rq, q, goal, ranks.sort());
}

/**
 * buildProblem over the nodes of these ranks (ascending, so index order is id order); with `used`,
 * the ranked ways it used per node go there.
 */
function buildFromRanks(
  graph: CareerGraph,
  rq: RankedQuestion,
  q: Question,
  goal: string,
  ranks: Int32Array,
  used?: { ranked?: RankedWays[] },
): Problem {
  const { gi, held, local } = rq;
  const n = ranks.length;
  // Filled by index: Array.from over a typed array walks an iterator, an object per element.
  const nodes = new Array<CareerNode>(n);
  const ranked = new Array<RankedWays>(n);
  const ids = new Array<string>(n);
  for (let v = 0; v < n; v++) {
    const r = ranks[v] as number;
    ids[v] = gi.ids[r] as string;
    nodes[v] = graph.getNodeAttributes(ids[v]);
    ranked[v] = rankedWays(graph, gi, q, r, nodes[v]);
  }
  if (used !== undefined) used.ranked = ranked;
  // Choice nodes follow the real ones: node v's choice j is node choiceAt[v] + j.
  const choiceAt = new Int32Array(n);
  const owners: number[] = [];
  // Per choice node: the first of its ways in its owner's pool (they follow the owner's own ways).
  const choiceFirst: number[] = [];
  for (let v = 0; v < n; v++) {
    const { choiceWays, first, own } = ranked[v] as RankedWays;
    choiceAt[v] = n + owners.length;
    let from = first + own;
    for (let j = 0; j < choiceWays.length; j++) {
      owners.push(v);
      choiceFirst.push(from);
      from += choiceWays[j] as number;
      ids.push(`${CHOICE_PREFIX}${ids[v]}:${j}`);
    }
  }
  const total = ids.length;
  for (let i = 0; i < n; i++) local[ranks[i] as number] = i;
  const months = new Float64Array(total);
  const cost = new Float64Array(total);
  const wayStart = new Int32Array(total + 1);
  // Sized for every way and condition first, then cut to what was kept: no growing arrays.
  let wayRoom = 0;
  let condRoom = 0;
  for (const c of ranked) {
    wayRoom += c.end - c.first;
    condRoom += (c.pool.wayStart[c.end] as number) - (c.pool.wayStart[c.first] as number);
  }
  const wayOwner = new Int32Array(wayRoom);
  const wayLocal = new Int32Array(wayRoom);
  const wayBase = new Float64Array(wayRoom);
  const condStart = new Int32Array(wayRoom + 1);
  const condNode = new Int32Array(condRoom);
  const condDelay = new Float64Array(condRoom);
  const condWay = new Int32Array(condRoom);
  // Sized once (filled in order, then cut): growing it one condition at a time cost more than the rest.
  const condRaw = new Array<RawCond>(condRoom);
  let ways = 0;
  let conds = 0;
  const cap = figureCap(total);
  for (let v = 0; v < total; v++) {
    const owner = v < n ? v : (owners[v - n] as number);
    const rw = ranked[owner] as RankedWays;
    // The node's ways in its pool: its own, or (a choice node) the choice's.
    let fromWay: number;
    let toWay: number;
    if (v < n) {
      const node = nodes[v] as CareerNode;
      months[v] = counted(monthsAtPace(node, q.pace), cap);
      cost[v] = counted(node.cost, cap);
      fromWay = rw.first;
      toWay = rw.first + rw.own;
    } else {
      fromWay = choiceFirst[v - n] as number;
      toWay = fromWay + (rw.choiceWays[v - (choiceAt[owner] as number)] as number);
    }
    const { wayStart: start, cond: rankOf, raw: raws } = rw.pool;
    wayStart[v] = ways;
    let wayOfNode = 0;
    for (let w = fromWay; w < toWay; w++) {
      // Conditions go straight into the flat arrays; a way that cannot be met is taken back out.
      const mark = conds;
      let base = 0;
      let possible = true;
      for (let k = start[w] as number; k < (start[w + 1] as number); k++) {
        const r = rankOf[k] as number;
        if (r <= -2) {
          condNode[conds] = (choiceAt[owner] as number) - 2 - r;
          condDelay[conds] = 0;
          condWay[conds] = ways;
          condRaw[conds] = raws[k] as RawCond;
          conds++;
          continue;
        }
        const y = (raws[k] as RawCond).years;
        if (held[r] === 1) {
          if (y > 0) base = Math.max(base, counted(heldExperienceMonths(q, gi.ids[r] as string, y), cap));
          continue;
        }
        const u = local[r] as number;
        if (u < 0) {
          possible = false;
          break;
        }
        condNode[conds] = u;
        condDelay[conds] = y > 0 ? counted(12 * y, cap) : 0;
        condWay[conds] = ways;
        condRaw[conds] = raws[k] as RawCond;
        conds++;
      }
      if (!possible) {
        conds = mark;
        continue;
      }
      wayOwner[ways] = v;
      wayLocal[ways] = wayOfNode++;
      wayBase[ways] = base;
      ways++;
      condStart[ways] = conds;
    }
  }
  wayStart[total] = ways;
  condRaw.length = conds;
  const g = gi.rank.get(goal);
  const goalAt = g === undefined ? -1 : (local[g] as number);
  for (const r of ranks) local[r] = -1;
  const arrays = { wayOwner, wayLocal, wayBase, condStart, condNode, condDelay, condWay, condRaw };
  return packProblem(ids, n, new IdIndex(ids, n), goalAt, months, cost, wayStart, arrays, ways, conds);
}

/** The ways and conditions of a problem being packed, in arrays sized for at least as many. */
interface Unpacked {
  wayOwner: Int32Array;
  wayLocal: Int32Array;
  wayBase: Float64Array;
  condStart: Int32Array;
  condNode: Int32Array;
  condDelay: Float64Array;
  condWay: Int32Array;
  condRaw: RawCond[];
}

/** A Problem from arrays filled up to `ways` ways and `conds` conditions: cut to size, users indexed. */
function packProblem(
  ids: string[],
  real: number,
  index: IdIndex,
  goal: number,
  months: Float64Array,
  cost: Float64Array,
  wayStart: Int32Array,
  a: Unpacked,
  ways: number,
  conds: number,
): Problem {
  const { userStart, userCond } = users(ids.length, a.condNode.subarray(0, conds));
  const arrays = {
    ids,
    real,
    index,
    goal,
    months,
    cost,
    wayStart,
    wayOwner: a.wayOwner.slice(0, ways),
    wayLocal: a.wayLocal.slice(0, ways),
    wayBase: a.wayBase.slice(0, ways),
    condStart: a.condStart.slice(0, ways + 1),
    condNode: a.condNode.slice(0, conds),
    condDelay: a.condDelay.slice(0, conds),
    condRaw: a.condRaw,
    userStart,
    userCond,
    condWay: a.condWay.slice(0, conds),
  };
  return withScratch(arrays, newScratch(ids.length, ways));
}

/**
 * ancestry and buildProblem on it in one go, without turning ranks into ids and back. The same
 * question asked again of the same graph gets the problem kept from before (see whole-memo.ts)
 * while every node read for it still reads the same (see stillSame).
 */
export function buildWhole(graph: CareerGraph, q: Question, goal: string): Problem {
  const gi = q.ranked !== undefined && q.ranked.graph === graph ? q.ranked.gi : graphIndex(graph);
  const key = questionKey(q, goal);
  const again = keptProblem(gi, key, (kept) => stillSame(graph, gi, q, kept));
  if (again !== undefined) return again;
  // The question's arrays over every rank are made only now, when the problem is built.
  const rq = ranksOf(graph, q, gi);
  const outside: number[] = [];
  const ranks = ancestryRanks(graph, rq, q, goal, outside);
  const used: { ranked?: RankedWays[] } = {};
  const problem = buildFromRanks(graph, rq, q, goal, ranks, used);
  if (ranks.length > 0 && used.ranked !== undefined) {
    keepProblem(rq.gi, { key, problem, ranks, ranked: used.ranked, outside });
  }
  return problem;
}

/**
 * Whether building the kept problem again would read the same of every node it read: each real
 * node still has the requirement objects its ranked ways came from, the same months and cost as
 * counted, and is still offered in the region; each node left out for its region still is. (The
 * graph index being the same, the graph has the same nodes; the key holds the rest, the way limit too.)
 */
function stillSame(graph: CareerGraph, gi: GraphIndex, q: Question, kept: Kept): boolean {
  const { problem: p, ranks, ranked, outside } = kept;
  const cap = figureCap(p.ids.length);
  for (let v = 0; v < ranks.length; v++) {
    const node = graph.getNodeAttributes(gi.ids[ranks[v] as number] as string);
    const rw = ranked[v] as RankedWays;
    if (
      rw.requires !== node.requires ||
      rw.prefers !== (q.includePreferred ? node.prefers : undefined) ||
      counted(monthsAtPace(node, q.pace), cap) !== p.months[v] ||
      counted(node.cost, cap) !== p.cost[v] ||
      !offeredIn(node, q.region)
    ) {
      return false;
    }
  }
  for (const r of outside)
    if (offeredIn(graph.getNodeAttributes(gi.ids[r] as string), q.region)) return false;
  return true;
}

/** The reverse index: for each node, the conditions that mention it (in condition order). */
function users(n: number, condNode: Int32Array): { userStart: Int32Array; userCond: Int32Array } {
  // Index loops: this runs once per problem, mostly before the JIT has compiled it, and an
  // iterator over a typed array then makes an object per element.
  const userStart = new Int32Array(n + 1);
  for (let k = 0; k < condNode.length; k++) {
    const u = condNode[k] as number;
    userStart[u + 1] = (userStart[u + 1] as number) + 1;
  }
  for (let u = 0; u < n; u++) userStart[u + 1] = (userStart[u + 1] as number) + (userStart[u] as number);
  const fill = userStart.slice();
  const userCond = new Int32Array(condNode.length);
  for (let k = 0; k < condNode.length; k++) {
    const u = condNode[k] as number;
    userCond[fill[u] as number] = k;
    fill[u] = (fill[u] as number) + 1;
  }
  return { userStart, userCond };
}

/**
 * Whether some figure of `p` was cut at its cap (figureCap of its size): then a smaller problem
 * over some of its nodes, whose cap is higher, must be built from the graph again.
 */
export function reachesCap(p: Problem): boolean {
  const cap = figureCap(p.ids.length);
  const at = (xs: Float64Array): boolean => xs.some((x) => x >= cap);
  return at(p.months) || at(p.cost) || at(p.wayBase) || at(p.condDelay);
}

/**
 * The problem `p` kept to the nodes `keep` (indices of `p`, ascending, the goal among them): the
 * same arrays buildProblem gives on those nodes' ids (ways through a dropped node dropped, the
 * rest in their order), without reading the graph again; only when no figure of `p` reached its
 * cap (see reachesCap), since a smaller problem caps higher. Kept choice nodes must follow the
 * real ones (they do in `p`, and `keep` is ascending).
 */
export function restrictProblem(p: Problem, keep: readonly number[]): Problem {
  const n = keep.length;
  const to = new Int32Array(p.ids.length).fill(-1);
  keep.forEach((v, i) => {
    to[v] = i;
  });
  const months = new Float64Array(n);
  const cost = new Float64Array(n);
  const wayStart = new Int32Array(n + 1);
  const wayRoom = p.wayOwner.length;
  const wayOwner = new Int32Array(wayRoom);
  const wayLocal = new Int32Array(wayRoom);
  const wayBase = new Float64Array(wayRoom);
  const condStart = new Int32Array(wayRoom + 1);
  const condNode = new Int32Array(p.condNode.length);
  const condDelay = new Float64Array(p.condNode.length);
  const condWay = new Int32Array(p.condNode.length);
  const condRaw = new Array<RawCond>(p.condNode.length);
  let ways = 0;
  let conds = 0;
  for (let i = 0; i < n; i++) {
    const v = keep[i] ?? 0;
    months[i] = p.months[v] ?? 0;
    cost[i] = p.cost[v] ?? 0;
    wayStart[i] = ways;
    let local = 0;
    for (let g = p.wayStart[v] ?? 0; g < (p.wayStart[v + 1] ?? 0); g++) {
      const from = p.condStart[g] ?? 0;
      const last = p.condStart[g + 1] ?? 0;
      let possible = true;
      for (let c = from; c < last && possible; c++) possible = (to[p.condNode[c] ?? 0] ?? -1) >= 0;
      if (!possible) continue;
      for (let c = from; c < last; c++) {
        condNode[conds] = to[p.condNode[c] ?? 0] ?? 0;
        condDelay[conds] = p.condDelay[c] ?? 0;
        condWay[conds] = ways;
        condRaw[conds] = p.condRaw[c] as RawCond;
        conds++;
      }
      wayOwner[ways] = i;
      wayLocal[ways] = local++;
      wayBase[ways] = p.wayBase[g] ?? 0;
      ways++;
      condStart[ways] = conds;
    }
  }
  wayStart[n] = ways;
  condRaw.length = conds;
  const ids = keep.map((v) => p.ids[v] ?? '');
  const real = keep.filter((v) => v < p.real).length;
  const index = new IdIndex(ids, real);
  const arrays = { wayOwner, wayLocal, wayBase, condStart, condNode, condDelay, condWay, condRaw };
  return packProblem(ids, real, index, to[p.goal] ?? -1, months, cost, wayStart, arrays, ways, conds);
}

export { compareIds };
