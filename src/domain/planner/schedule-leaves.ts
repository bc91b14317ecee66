// The requirement leaves a plan's step uses (see schedule.ts): each requirement object read once
// per graph into its leaves, with their paths and keys, then evaluated against a plan's times.

import type { CareerGraph } from '../career-graph';
import { isAllOf, isAnyOf, isExperience } from '../requirement';
import type { Requirement } from '../types';
import { counted } from './problem';
import type { RequirementUse } from './types';

export interface Leaf {
  id: string;
  /** Months of experience asked for; 0 when the node itself is needed. */
  delay: number;
  years: number;
  /**
   * Where the leaf is in its requirement: `at` then `index]` (`at` is `allOf[1].anyOf[` for
   * `allOf[1].anyOf[0]`), or the root when `index` is -1. Its path (see leafPath) is made from
   * these when a plan first uses it: of a large requirement's thousands of leaves a plan uses few.
   */
  at: string;
  index: number;
  path: string | undefined;
  /** The number of its id among the ids the leaves read for its graph name, from 0 (see leafIds). */
  idNo: number;
  /** Its uses in plans, by preference and held flag (see planUseOf in schedule.ts), made when first asked for. */
  uses: (RequirementUse | undefined)[] | undefined;
}

/** A requirement read into leaves: a leaf (its own only use), all of, one of, or nothing usable. */
export type Shape = Leaf | { all: Shape[] } | { any: Shape[] } | null;

/** Whether the shape is a leaf. */
export function isLeaf(shape: Shape): shape is Leaf {
  return shape !== null && 'id' in shape;
}

/** The leaf's path in its requirement (as in requirementLeaves): `allOf[1].anyOf[0]`, '' for the root. */
export function leafPath(leaf: Leaf): string {
  leaf.path ??= leaf.index < 0 ? leaf.at : `${leaf.at}${leaf.index}]`;
  return leaf.path;
}

/** The shapes read for one graph (at one cap), and the ids their leaves name, numbered from 0. */
export interface Shapes {
  cap: number;
  byObject: WeakMap<object, Shape>;
  byId: Map<string, Shape>;
  ids: Map<string, number>;
}

function leaf(id: string, delay: number, years: number, at: string, index: number, shapes: Shapes): Leaf {
  let idNo = shapes.ids.get(id);
  if (idNo === undefined) {
    idNo = shapes.ids.size;
    shapes.ids.set(id, idNo);
  }
  return { id, delay, years, at, index, path: undefined, idNo, uses: undefined };
}

/** The requirement at `at` then `index]` (the root when `index` is -1; see Leaf.at) read into leaves. */
function read(req: Requirement | undefined, shapes: Shapes, at: string, index: number): Shape {
  if (typeof req === 'string') return leaf(req, 0, 0, at, index, shapes);
  if (req === undefined) return null;
  if (isExperience(req))
    return leaf(req.experience, counted(12 * req.years, shapes.cap), req.years, at, index, shapes);
  const path = index < 0 ? at : `${at}${index}]`;
  if (isAllOf(req)) return { all: readParts(req.allOf, shapes, path, 'allOf') };
  if (isAnyOf(req)) return { any: readParts(req.anyOf, shapes, path, 'anyOf') };
  return null;
}

/** The parts of an all-of or one-of read in order, part i at `<path>.<kind>[i]` (`<kind>[i]` at the root). */
function readParts(parts: readonly Requirement[], shapes: Shapes, path: string, kind: string): Shape[] {
  const at = path ? `${path}.${kind}[` : `${kind}[`;
  const out = new Array<Shape>(parts.length);
  for (let i = 0; i < parts.length; i++) out[i] = read(parts[i], shapes, at, i);
  return out;
}

/**
 * Requirements read per graph object (and per cap, which follows the graph's size). Keyed by the
 * requirement object itself: requirement trees are values, never edited in place (see compile.ts);
 * a requirement that is one id is keyed by that id (a plan's steps mostly need one node each).
 */
const perGraph = new WeakMap<CareerGraph, Shapes>();

/** The shapes read for the graph object at `cap` (made empty when there are none, or at another cap). */
export function shapesOf(graph: CareerGraph, cap: number): Shapes {
  let shapes = perGraph.get(graph);
  if (shapes === undefined || shapes.cap !== cap) {
    shapes = { cap, byObject: new WeakMap(), byId: new Map(), ids: new Map() };
    perGraph.set(graph, shapes);
  }
  return shapes;
}

/**
 * The ids the leaves of these shapes name so far, each with its number (Leaf.idNo); an id no
 * leaf names has none. Read-only for the caller.
 */
export function leafIds(shapes: Shapes): ReadonlyMap<string, number> {
  return shapes.ids;
}

/** The requirement read into leaves, once per graph object (see shapesOf). */
export function shapeOf(shapes: Shapes, req: Requirement): Shape {
  if (typeof req === 'string') {
    const known = shapes.byId.get(req);
    if (known !== undefined) return known;
    const shape = read(req, shapes, '', -1);
    shapes.byId.set(req, shape);
    return shape;
  }
  if (typeof req !== 'object' || req === null) return read(req, shapes, '', -1);
  const known = shapes.byObject.get(req);
  if (known !== undefined) return known;
  const shape = read(req, shapes, '', -1);
  shapes.byObject.set(req, shape);
  return shape;
}

/** Months are compared with this tolerance so fractional years never split a tie. */
export const EPS = 1e-9;

/**
 * What usedLeaves reads of a plan, for the step whose requirement it reads: whether a leaf names a
 * role held now, whether the planner chose a step for that leaf of this requirement, and when the
 * leaf is ready.
 */
export interface LeafTimes {
  held(leaf: Leaf): boolean;
  served(leaf: Leaf): boolean;
  time(leaf: Leaf): number;
}

/**
 * A list of leaves reused from requirement to requirement: `items[0 … length − 1]`; the array is
 * written over, never shortened (no garbage per requirement read).
 */
export interface LeafList {
  items: Leaf[];
  length: number;
}

function put(list: LeafList, leaf: Leaf): void {
  if (list.length === list.items.length) list.items.push(leaf);
  else list.items[list.length] = leaf;
  list.length++;
}

/**
 * Appends to `out` the leaves of the requirement that the plan uses: everything under an all-of,
 * and under a one-of the option met earliest by what is held and the plan's steps; on a tie the
 * option the planner chose (holding a step that serves this node this way), else the first.
 * False, `out` as it was, when the requirement cannot be met at all.
 */
export function pushUsedLeaves(shape: Shape, times: LeafTimes, out: LeafList): boolean {
  if (shape === null) return false;
  if (isLeaf(shape)) {
    put(out, shape);
    return true;
  }
  const from = out.length;
  if ('all' in shape) {
    for (const part of shape.all)
      if (!pushUsedLeaves(part, times, out)) {
        out.length = from;
        return false;
      }
    return true;
  }
  // The best option so far is kept at from…start − 1, each other one read after it, then moved
  // down in its place or dropped.
  let found = false;
  /** The best option's rank on a tie (see tieRank), -1 until a tie asks for it. */
  let bestRank = -1;
  let bestAt = 0;
  for (const part of shape.any) {
    const start = out.length;
    if (!pushUsedLeaves(part, times, out)) continue;
    const end = out.length;
    let at = 0;
    for (let k = start; k < end; k++) at = Math.max(at, times.time(out.items[k] as Leaf));
    let take = false;
    if (!Number.isFinite(at) || (found && at >= bestAt + EPS))
      take = false; // later than the best: never taken
    else if (!found || at < bestAt - EPS) {
      take = true;
      bestRank = -1;
    } else {
      // A tie: what is held already (it ties no step down), then the planner's choice.
      const rank = tieRank(out.items, start, end, times);
      if (bestRank < 0) bestRank = tieRank(out.items, from, start, times);
      if (rank < bestRank) {
        take = true;
        bestRank = rank;
      }
    }
    if (!take) {
      out.length = start;
      continue;
    }
    for (let k = start; k < end; k++) out.items[from + k - start] = out.items[k] as Leaf;
    out.length = from + end - start;
    found = true;
    bestAt = at;
  }
  return found;
}

/** 0 when every leaf of `leaves[from … to − 1]` is held, else 1 when one is a choice the planner made (served), else 2. */
function tieRank(leaves: readonly Leaf[], from: number, to: number, times: LeafTimes): number {
  let allHeld = true;
  for (let k = from; k < to; k++) allHeld &&= times.held(leaves[k] as Leaf);
  if (allHeld) return 0;
  for (let k = from; k < to; k++) if (times.served(leaves[k] as Leaf)) return 1;
  return 2;
}
