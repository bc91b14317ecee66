// Requirement trees rewritten as "ways" (disjunctive normal form): each way is one set of
// conditions that together meet the requirement, i.e. one hyperarc of the AND/OR graph.

import type { CareerGraph } from '../career-graph';
import { isAllOf, isAnyOf, isExperience } from '../requirement';
import type { Requirement } from '../types';
import type { StepReason } from './types';

/** One condition of a way: hold `id`, for `years` when it is an experience condition (0 otherwise). */
export interface RawCond {
  id: string;
  years: number;
  /** Why the condition is there, ready to become a step reason (`for` is filled per node). */
  reason: Omit<StepReason, 'for'>;
}

export interface RawWay {
  conds: RawCond[];
}

export interface CompiledNode {
  ways: RawWay[];
  /** True when the normal form was cut at WAY_LIMIT; plans through the node are then not proven optimal. */
  truncated: boolean;
}

/** A requirement tree rarely has more than a handful of ways; this guards against product blow-up. */
export const WAY_LIMIT = 512;

function leafReason(
  need: StepReason['need'],
  path: string,
  part: Requirement,
  preferred: boolean,
  years?: number,
): Omit<StepReason, 'for'> {
  return {
    need,
    path,
    part,
    ...(years !== undefined ? { years } : {}),
    ...(preferred ? { preferred: true } : {}),
  };
}

/** Merges two ways: the union of conditions, one per id, keeping the longer experience. */
function mergeWays(a: RawWay, b: RawWay): RawWay {
  const conds = [...a.conds];
  for (const c of b.conds) {
    const i = conds.findIndex((x) => x.id === c.id);
    const existing = i >= 0 ? conds[i] : undefined;
    if (existing === undefined) conds.push(c);
    else if (c.years > existing.years) conds[i] = c;
  }
  return { conds };
}

/** Way `a` makes `b` pointless when everything `a` asks for, `b` asks for too (at least as long). */
function dominates(a: RawWay, b: RawWay): boolean {
  return a.conds.every((ca) => b.conds.some((cb) => cb.id === ca.id && cb.years >= ca.years));
}

function pruneDominated(ways: RawWay[]): RawWay[] {
  return ways.filter(
    (w, i) => !ways.some((v, j) => j !== i && dominates(v, w) && (!dominates(w, v) || j < i)),
  );
}

interface Dnf {
  ways: RawWay[];
  truncated: boolean;
}

function dnf(
  r: Requirement,
  path: string,
  parentAnyOf: Requirement | null,
  parentPath: string,
  pref: boolean,
): Dnf {
  if (typeof r === 'string') {
    const reason =
      parentAnyOf !== null
        ? leafReason('anyOf', parentPath, parentAnyOf, pref)
        : leafReason('allOf', path, r, pref);
    return { ways: [{ conds: [{ id: r, years: 0, reason }] }], truncated: false };
  }
  if (isExperience(r)) {
    const reason = leafReason('experience', path, r, pref, r.years);
    return { ways: [{ conds: [{ id: r.experience, years: r.years, reason }] }], truncated: false };
  }
  const join = (i: number, kind: string): string => `${path ? `${path}.` : ''}${kind}[${i}]`;
  if (isAnyOf(r)) {
    const parts = r.anyOf.map((c, i) => dnf(c, join(i, 'anyOf'), r, path, pref));
    let ways = parts.flatMap((p) => p.ways);
    let truncated = parts.some((p) => p.truncated);
    if (ways.length > WAY_LIMIT) {
      ways = ways.slice(0, WAY_LIMIT);
      truncated = true;
    }
    return { ways: pruneDominated(ways), truncated };
  }
  if (isAllOf(r)) {
    let acc: Dnf = { ways: [{ conds: [] }], truncated: false };
    r.allOf.forEach((c, i) => {
      const part = dnf(c, join(i, 'allOf'), null, path, pref);
      let ways = acc.ways.flatMap((a) => part.ways.map((b) => mergeWays(a, b)));
      let truncated = acc.truncated || part.truncated;
      if (ways.length > WAY_LIMIT) {
        ways = ways.slice(0, WAY_LIMIT);
        truncated = true;
      }
      acc = { ways: pruneDominated(ways), truncated };
    });
    return acc;
  }
  return { ways: [], truncated: false };
}

/** The ways of a requirement; no requirement means one way with no conditions. */
export function requirementWays(requires: Requirement | undefined, prefers?: Requirement): CompiledNode {
  const req =
    requires === undefined ? { ways: [{ conds: [] }], truncated: false } : dnf(requires, '', null, '', false);
  if (prefers === undefined) return req;
  const pref = dnf(prefers, '', null, '', true);
  const ways = pruneDominated(req.ways.flatMap((a) => pref.ways.map((b) => mergeWays(a, b)))).slice(
    0,
    WAY_LIMIT,
  );
  return { ways, truncated: req.truncated || pref.truncated || ways.length === WAY_LIMIT };
}

// Requirements live in node attributes; any change to nodes drops the compiled ways.
const CHANGE_EVENTS = [
  'nodeAdded',
  'nodeDropped',
  'nodeAttributesUpdated',
  'eachNodeAttributesUpdated',
  'cleared',
] as const;

const caches = new WeakMap<CareerGraph, [Map<string, CompiledNode>, Map<string, CompiledNode>]>();

/**
 * The node's ways, compiled once per graph (and per preference setting). The cache is dropped as
 * soon as the graph changes, so a mutated graph is never planned with stale requirements.
 */
export function compiledNode(graph: CareerGraph, id: string, includePreferred: boolean): CompiledNode {
  let pair = caches.get(graph);
  if (pair === undefined) {
    const created: [Map<string, CompiledNode>, Map<string, CompiledNode>] = [new Map(), new Map()];
    pair = created;
    caches.set(graph, created);
    const drop = (): void => {
      created[0].clear();
      created[1].clear();
    };
    for (const event of CHANGE_EVENTS) graph.on(event, drop);
  }
  const cache = pair[includePreferred ? 1 : 0];
  let compiled = cache.get(id);
  if (compiled === undefined) {
    const node = graph.getNodeAttributes(id);
    compiled = requirementWays(node.requires, includePreferred ? node.prefers : undefined);
    cache.set(id, compiled);
  }
  return compiled;
}
