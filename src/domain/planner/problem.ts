// One planning question turned into an indexed AND/OR graph: only the goal's ancestry, only nodes
// a person can still obtain, held prerequisites folded into constants.

import type { CareerGraph } from '../career-graph';
import type { Pace, Situation } from '../types';
import { type CompiledNode, compiledNode, type RawCond } from './compile';
import { monthsAtPace } from './pace';
import { newScratch, type Scratch } from './scratch';

export interface Problem {
  /** Candidate nodes (available, not held, in the goal's ancestry), sorted by id: index order is id order. */
  ids: string[];
  index: Map<string, number>;
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
  /** Some requirement in the ancestry was too large to expand fully. */
  truncated: boolean;
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
  if (region === undefined) return true;
  const regions = graph.getNodeAttributes(id).regions;
  return regions === undefined || regions.includes(region);
}

/** Months an experience condition still needs when its role is already held. */
export function heldExperienceMonths(q: Question, role: string, years: number): number {
  const held = q.years.get(role) ?? 0;
  return Math.max(0, 12 * (years - (Number.isFinite(held) ? held : 0)));
}

/** Available, not-held nodes from which `goal` can be reached backwards through requirements. */
export function ancestry(graph: CareerGraph, q: Question, goal: string): string[] {
  const open = (id: string): boolean => !q.held.has(id) && inRegion(graph, id, q.region);
  if (!open(goal)) return [];
  const seen = new Set<string>([goal]);
  const stack = [goal];
  for (let id = stack.pop(); id !== undefined; id = stack.pop()) {
    for (const way of compiledNode(graph, q, id).ways) {
      for (const c of way.conds) {
        if (!seen.has(c.id) && open(c.id)) {
          seen.add(c.id);
          stack.push(c.id);
        }
      }
    }
  }
  return [...seen];
}

/** Builds the indexed problem over `nodeIds` (which must contain `goal`). */
export function buildProblem(graph: CareerGraph, q: Question, goal: string, nodeIds: string[]): Problem {
  const ids = [...nodeIds].sort(compareIds);
  const index = new Map(ids.map((id, i) => [id, i]));
  const n = ids.length;
  const months = new Float64Array(n);
  const cost = new Float64Array(n);
  const wayStart = new Int32Array(n + 1);
  // Sized for every way and condition first, then cut to what was kept: no growing arrays.
  const compiled = ids.map((id) => compiledNode(graph, q, id));
  let wayRoom = 0;
  let condRoom = 0;
  for (const c of compiled) {
    wayRoom += c.ways.length;
    for (const way of c.ways) condRoom += way.conds.length;
  }
  const wayOwner = new Int32Array(wayRoom);
  const wayLocal = new Int32Array(wayRoom);
  const wayBase = new Float64Array(wayRoom);
  const condStart = new Int32Array(wayRoom + 1);
  const condNode = new Int32Array(condRoom);
  const condDelay = new Float64Array(condRoom);
  const condWay = new Int32Array(condRoom);
  const condRaw: RawCond[] = [];
  let ways = 0;
  let conds = 0;
  let truncated = false;
  const cap = figureCap(n);
  for (let v = 0; v < n; v++) {
    const node = graph.getNodeAttributes(ids[v] as string);
    months[v] = counted(monthsAtPace(node, q.pace), cap);
    cost[v] = counted(node.cost, cap);
    wayStart[v] = ways;
    const own = compiled[v] as CompiledNode;
    truncated ||= own.truncated;
    let local = 0;
    for (const way of own.ways) {
      // Conditions go straight into the flat arrays; a way that cannot be met is taken back out.
      const mark = conds;
      let base = 0;
      let possible = true;
      for (const c of way.conds) {
        if (q.held.has(c.id)) {
          if (c.years > 0) base = Math.max(base, counted(heldExperienceMonths(q, c.id, c.years), cap));
          continue;
        }
        const u = index.get(c.id);
        if (u === undefined) {
          possible = false;
          break;
        }
        condNode[conds] = u;
        condDelay[conds] = counted(12 * c.years, cap);
        condWay[conds] = ways;
        condRaw.push(c);
        conds++;
      }
      if (!possible) {
        conds = mark;
        condRaw.length = mark;
        continue;
      }
      wayOwner[ways] = v;
      wayLocal[ways] = local++;
      wayBase[ways] = base;
      ways++;
      condStart[ways] = conds;
    }
  }
  wayStart[n] = ways;
  return {
    ids,
    index,
    goal: index.get(goal) ?? -1,
    months,
    cost,
    wayStart,
    wayOwner: wayOwner.slice(0, ways),
    wayLocal: wayLocal.slice(0, ways),
    wayBase: wayBase.slice(0, ways),
    condStart: condStart.slice(0, ways + 1),
    condNode: condNode.slice(0, conds),
    condDelay: condDelay.slice(0, conds),
    condRaw,
    ...users(n, condNode.subarray(0, conds)),
    condWay: condWay.slice(0, conds),
    truncated,
    scratch: newScratch(n, ways),
  };
}

/** The reverse index: for each node, the conditions that mention it (in condition order). */
function users(n: number, condNode: Int32Array): { userStart: Int32Array; userCond: Int32Array } {
  const userStart = new Int32Array(n + 1);
  for (const u of condNode) userStart[u + 1] = (userStart[u + 1] ?? 0) + 1;
  for (let u = 0; u < n; u++) userStart[u + 1] = (userStart[u + 1] ?? 0) + (userStart[u] ?? 0);
  const fill = userStart.slice();
  const userCond = new Int32Array(condNode.length);
  condNode.forEach((u, k) => {
    userCond[fill[u] ?? 0] = k;
    fill[u] = (fill[u] ?? 0) + 1;
  });
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
 * cap (see reachesCap), since a smaller problem caps higher. `truncated(v)`: whether node v's
 * requirement was cut (see CompiledNode).
 */
export function restrictProblem(
  p: Problem,
  keep: readonly number[],
  truncated: (v: number) => boolean,
): Problem {
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
  const condRaw: RawCond[] = [];
  let ways = 0;
  let conds = 0;
  let cut = false;
  for (let i = 0; i < n; i++) {
    const v = keep[i] ?? 0;
    months[i] = p.months[v] ?? 0;
    cost[i] = p.cost[v] ?? 0;
    wayStart[i] = ways;
    cut ||= truncated(v);
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
  const ids = keep.map((v) => p.ids[v] ?? '');
  return {
    ids,
    index: new Map(ids.map((id, i) => [id, i])),
    goal: to[p.goal] ?? -1,
    months,
    cost,
    wayStart,
    wayOwner: wayOwner.slice(0, ways),
    wayLocal: wayLocal.slice(0, ways),
    wayBase: wayBase.slice(0, ways),
    condStart: condStart.slice(0, ways + 1),
    condNode: condNode.slice(0, conds),
    condDelay: condDelay.slice(0, conds),
    condRaw,
    ...users(n, condNode.subarray(0, conds)),
    condWay: condWay.slice(0, conds),
    truncated: cut,
    scratch: newScratch(n, ways),
  };
}

/** Plain code-unit order, the same on every machine and locale. */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
