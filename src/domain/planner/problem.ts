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
  const regions = graph.getNodeAttributes(id).regions;
  return region === undefined || regions === undefined || regions.includes(region);
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
  const wayOwner: number[] = [];
  const wayLocal: number[] = [];
  const wayBase: number[] = [];
  const condStart: number[] = [0];
  const condNode: number[] = [];
  const condDelay: number[] = [];
  const condRaw: RawCond[] = [];
  const condWay: number[] = [];
  let truncated = false;
  const cap = figureCap(n);
  for (let v = 0; v < n; v++) {
    const id = ids[v] as string;
    const node = graph.getNodeAttributes(id);
    months[v] = counted(monthsAtPace(node, q.pace), cap);
    cost[v] = counted(node.cost, cap);
    wayStart[v] = wayOwner.length;
    const compiled = compiledNode(graph, q, id);
    truncated ||= compiled.truncated;
    let local = 0;
    const g = (): number => wayOwner.length;
    for (const way of compiled.ways) {
      // Conditions go straight into the flat arrays; a way that cannot be met is taken back out.
      const mark = condNode.length;
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
        condNode.push(u);
        condDelay.push(counted(12 * c.years, cap));
        condRaw.push(c);
        condWay.push(g());
      }
      if (!possible) {
        condNode.length = mark;
        condDelay.length = mark;
        condRaw.length = mark;
        condWay.length = mark;
        continue;
      }
      wayOwner.push(v);
      wayLocal.push(local++);
      wayBase.push(base);
      condStart.push(condNode.length);
    }
  }
  wayStart[n] = wayOwner.length;
  const userCount = new Int32Array(n + 1);
  for (const u of condNode) userCount[u + 1] = (userCount[u + 1] ?? 0) + 1;
  const userStart = new Int32Array(n + 1);
  for (let u = 0; u < n; u++) userStart[u + 1] = (userStart[u] ?? 0) + (userCount[u + 1] ?? 0);
  const fill = userStart.slice();
  const userCond = new Int32Array(condNode.length);
  for (let k = 0; k < condNode.length; k++) {
    const u = condNode[k] ?? 0;
    userCond[fill[u] ?? 0] = k;
    fill[u] = (fill[u] ?? 0) + 1;
  }
  return {
    ids,
    index,
    goal: index.get(goal) ?? -1,
    months,
    cost,
    wayStart,
    wayOwner: Int32Array.from(wayOwner),
    wayLocal: Int32Array.from(wayLocal),
    wayBase: Float64Array.from(wayBase),
    condStart: Int32Array.from(condStart),
    condNode: Int32Array.from(condNode),
    condDelay: Float64Array.from(condDelay),
    condRaw,
    userStart,
    userCond,
    condWay: Int32Array.from(condWay),
    truncated,
    scratch: newScratch(n, wayOwner.length),
  };
}

/** Plain code-unit order, the same on every machine and locale. */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
