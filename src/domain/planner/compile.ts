// Requirement trees rewritten as "ways" (disjunctive normal form): each way is one set of
// conditions that together meet the requirement, i.e. one hyperarc of the AND/OR graph.

import type { CareerGraph } from '../career-graph';
import { isAllOf, isAnyOf, isExperience } from '../requirement';
import type { AnyOf, Experience, Requirement } from '../types';
import type { Question } from './problem';
import type { StepReason } from './types';

/**
 * One condition of a way: hold `id`, for `years` when it is an experience condition (0 otherwise);
 * or, when `choice` is set, meet the node's hidden choice node `choices[choice]` (then `id` is
 * CHOICE_PREFIX + the number, never a node id, and `years` is 0).
 */
export interface RawCond {
  id: string;
  years: number;
  /** Why the condition is there, ready to become a step reason (`for` is filled per node). */
  reason: Omit<StepReason, 'for'>;
  choice?: number;
}

export interface RawWay {
  conds: RawCond[];
}

export interface CompiledNode {
  ways: RawWay[];
  /**
   * Hidden choice nodes: where an all-of's product of options would pass the way limit, each of
   * its one-of groups (a part with more than one way) becomes one condition on a choice node
   * whose ways are the group's ways (their reasons and years as they were), so the node keeps one
   * way over the choices instead of every combination. A choice is met when one of its ways is;
   * it takes no time, costs nothing and is never a step. Choices may name earlier choices.
   */
  choices: RawWay[][];
}

/** A requirement tree rarely has more than a handful of ways; past this, one-of groups become choices. */
export const WAY_LIMIT = 512;

let wayLimit = WAY_LIMIT;

/** A one-of keeps up to this many times the way limit before its parts become choices (see dnf). */
const ANY_OF_FACTOR = 8;

/** The way limit requirements are compiled with now (WAY_LIMIT unless a test set another). */
export function currentWayLimit(): number {
  return wayLimit;
}

/**
 * Sets the way limit (≥ 1) for requirements compiled from now on and returns the previous one:
 * tests use a small limit so that choice nodes appear on small graphs. Compiled requirements are
 * remembered per limit, so a graph planned under another limit compiles again.
 */
export function setWayLimit(limit: number): number {
  if (!(Number.isInteger(limit) && limit >= 1))
    throw new RangeError('planner: way limit must be a whole number ≥ 1');
  const before = wayLimit;
  wayLimit = limit;
  return before;
}

/** Prefix of the id a choice condition carries (never a node id: ids are kebab-case). */
export const CHOICE_PREFIX = '\u0000choice:';

function leafReason(
  need: StepReason['need'],
  path: string,
  part: Requirement,
  preferred: boolean,
  years?: number,
): Omit<StepReason, 'for'> {
  // Each shape made whole at once (fields added later would need a second block per reason).
  if (years === undefined) return preferred ? { need, path, part, preferred } : { need, path, part };
  return preferred ? { need, path, part, years, preferred } : { need, path, part, years };
}

/** Ways this small are merged and compared by a linear scan (no index built). */
const SMALL_WAY = 8;

/** Merges two ways: the union of conditions, one per id, keeping the longer experience. */
function mergeWays(a: RawWay, b: RawWay): RawWay {
  if (a.conds.length + b.conds.length <= SMALL_WAY) return mergeSmall(a, b);
  const conds = [...a.conds];
  const at = new Map(conds.map((c, i) => [c.id, i]));
  for (const c of b.conds) {
    const i = at.get(c.id);
    const existing = i === undefined ? undefined : conds[i];
    if (i === undefined || existing === undefined) {
      at.set(c.id, conds.length);
      conds.push(c);
    } else if (c.years > existing.years) conds[i] = c;
  }
  return { conds };
}

/** Whether two small lists of conditions name a common id. */
function shareAnId(a: readonly RawCond[], b: readonly RawCond[]): boolean {
  for (const c of a) for (const d of b) if (c.id === d.id) return true;
  return false;
}

/**
 * mergeWays on small ways: the same conditions in the same order, found by a linear scan (one
 * array of the exact size when no id is shared, the usual case).
 */
function mergeSmall(a: RawWay, b: RawWay): RawWay {
  if (!shareAnId(a.conds, b.conds)) return { conds: a.conds.concat(b.conds) };
  const conds = a.conds.slice();
  for (const c of b.conds) {
    let i = 0;
    while (i < conds.length && (conds[i] as RawCond).id !== c.id) i++;
    if (i === conds.length) conds.push(c);
    else if (c.years > (conds[i] as RawCond).years) conds[i] = c;
  }
  return { conds };
}

/**
 * Drops every way that another makes pointless (everything the other asks for, it asks for too,
 * at least as long); of equal ways the first stays. Quadratic in the ways, which WAY_LIMIT keeps
 * small; each test is linear in the smaller way through an id index of the larger.
 */
function pruneDominated(ways: RawWay[]): RawWay[] {
  if (ways.length <= 1) return ways;
  if (ways.every((w) => w.conds.length === 1)) return pruneSingles(ways);
  const index = ways.map((w) => new Map(w.conds.map((c) => [c.id, c.years])));
  /** Whether way i asks for everything way j asks for, at least as long. */
  const covers = (i: number, j: number): boolean => {
    const a = ways[j]?.conds ?? [];
    const b = index[i];
    if (b === undefined || a.length > b.size) return false;
    return a.every((c) => (b.get(c.id) ?? Number.NEGATIVE_INFINITY) >= c.years);
  };
  return ways.filter((_, i) => {
    for (let j = 0; j < ways.length; j++) {
      if (j !== i && covers(i, j) && (j < i || !covers(j, i))) return false;
    }
    return true;
  });
}

/**
 * pruneDominated on ways of one condition each: per id, the first way of the fewest years stays.
 * The ways themselves when none goes (the usual case: one-of options name distinct ids).
 */
function pruneSingles(ways: RawWay[]): RawWay[] {
  if (ways.length <= SMALL_WAY && distinctSingles(ways)) return ways;
  const best = new Map<string, number>();
  let dropped = false;
  for (let i = 0; i < ways.length; i++) {
    const c = ways[i]?.conds[0];
    if (c === undefined) continue;
    const j = best.get(c.id);
    if (j === undefined) best.set(c.id, i);
    else {
      dropped = true;
      if (c.years < (ways[j]?.conds[0]?.years ?? 0)) best.set(c.id, i);
    }
  }
  if (!dropped) return ways;
  return ways.filter((w, i) => best.get(w.conds[0]?.id ?? '') === i);
}

/** Whether no two of these one-condition ways name the same id (then none dominates another). */
function distinctSingles(ways: RawWay[]): boolean {
  for (let i = 1; i < ways.length; i++) {
    const id = ways[i]?.conds[0]?.id;
    for (let j = 0; j < i; j++) if (ways[j]?.conds[0]?.id === id) return false;
  }
  return true;
}

interface Dnf {
  ways: RawWay[];
}

/** The choices of the requirement being compiled, and the limit it is compiled with. */
interface Ctx {
  choices: RawWay[][];
  limit: number;
}

/** The path of a requirement's `i`-th part of this kind, e.g. `anyOf[1].allOf[0]`. */
function partPath(path: string, kind: string, i: number): string {
  return `${path ? `${path}.` : ''}${kind}[${i}]`;
}

const NEEDS: readonly StepReason['need'][] = ['anyOf', 'allOf', 'experience'];
const PART_KINDS = ['', 'anyOf', 'allOf'] as const;

/**
 * A condition on a node (a leaf of the requirement), its reason made only when asked for: of a
 * graph's thousands of conditions only a plan's steps show theirs, and reasons made up front (an
 * object and a path string each) were most of what a compiled graph kept. The reason's parts are
 * packed in `code`: need (×1), the path's last step (×4: none, anyOf, allOf), preferred (×16)
 * and that step's index (×32); its path is `base`, or `base` and that step.
 */
class LeafCond implements RawCond {
  private constructor(
    readonly id: string,
    readonly years: number,
    private readonly part: Requirement,
    private readonly base: string,
    private readonly code: number,
  ) {}

  /**
   * The condition `id` (held `years`, 0 for none) whose reason has this need, names `part` and
   * has the path `base` (`kind` and `index` unset) or `base` then the `kind`[`index`] step.
   */
  static of(
    id: string,
    years: number,
    need: 0 | 1 | 2,
    part: Requirement,
    pref: boolean,
    base: string,
    kind: 0 | 1 | 2 = 0,
    index = 0,
  ): LeafCond {
    return new LeafCond(id, years, part, base, need + 4 * kind + (pref ? 16 : 0) + 32 * index);
  }

  get reason(): Omit<StepReason, 'for'> {
    const { code, base } = this;
    const need = NEEDS[code % 4] as StepReason['need'];
    const kind = PART_KINDS[Math.floor(code / 4) % 4] ?? '';
    const path = kind === '' ? base : partPath(base, kind, Math.floor(code / 32));
    return leafReason(
      need,
      path,
      this.part,
      Math.floor(code / 16) % 2 === 1,
      need === 'experience' ? this.years : undefined,
    );
  }
}

const ANY_OF = 0;
const ALL_OF = 1;
const EXPERIENCE = 2;

/** The one way of an experience condition, the requirement `r` at `base` (then `kind`[`index`], when set). */
function experienceWay(r: Experience, pref: boolean, base: string, kind: 0 | 1 | 2 = 0, index = 0): RawWay {
  return { conds: [LeafCond.of(r.experience, r.years, EXPERIENCE, r, pref, base, kind, index)] };
}

/** The one way of a plain id at `base` then `allOf[index]` (its reason names the id itself). */
function idInAllOf(id: string, pref: boolean, base: string, index: number): Dnf {
  return { ways: [{ conds: [LeafCond.of(id, 0, ALL_OF, id, pref, base, 2, index)] }] };
}

function dnf(
  r: Requirement,
  path: string,
  parentAnyOf: Requirement | null,
  parentPath: string,
  pref: boolean,
  ctx: Ctx,
): Dnf {
  if (typeof r === 'string') {
    const cond =
      parentAnyOf !== null
        ? LeafCond.of(r, 0, ANY_OF, parentAnyOf, pref, parentPath)
        : LeafCond.of(r, 0, ALL_OF, r, pref, path);
    return { ways: [{ conds: [cond] }] };
  }
  if (isExperience(r)) return { ways: [experienceWay(r, pref, path)] };
  if (isAnyOf(r)) return { ways: anyOf(r, path, pref, ctx) };
  if (isAllOf(r)) {
    // Leaves take their path lazily (see LeafCond); other parts are compiled at theirs.
    const parts = r.allOf.map((c, i): Dnf => {
      if (typeof c === 'string') return idInAllOf(c, pref, path, i);
      if (isExperience(c)) return { ways: [experienceWay(c, pref, path, 2, i)] };
      return dnf(c, partPath(path, 'allOf', i), null, path, pref, ctx);
    });
    return allOf(parts, ctx, path, r, pref);
  }
  return { ways: [] };
}

/** The ways of a one-of: its parts' ways (see dnf). */
function anyOf(r: AnyOf, path: string, pref: boolean, ctx: Ctx): RawWay[] {
  // A one-of's ways are its parts' ways, never cut: their number grows with the requirement's
  // size, not as a product (each all-of inside keeps within the limit through choices). Past
  // ANY_OF_FACTOR times the limit, parts of several ways become choices, which keeps the
  // pruning of dominated ways (quadratic) to one way per part.
  let parts: RawWay[][] | undefined;
  // While every part has one way (ids and experience always do), its ways are the parts' in
  // order, in an array of the exact size.
  let ways = new Array<RawWay>(r.anyOf.length);
  let count = 0;
  let total = 0;
  for (let i = 0; i < r.anyOf.length; i++) {
    const child = r.anyOf[i];
    if (child === undefined) continue;
    let one: RawWay | undefined;
    let part: RawWay[] = [];
    // A plain id's reason names the one-of; an experience condition's names itself.
    if (typeof child === 'string') one = { conds: [LeafCond.of(child, 0, ANY_OF, r, pref, path)] };
    else if (isExperience(child)) one = experienceWay(child, pref, path, 1, i);
    else {
      part = dnf(child, partPath(path, 'anyOf', i), r, path, pref, ctx).ways;
      if (part.length === 1) one = part[0];
    }
    if (one !== undefined) {
      total++;
      if (parts === undefined) ways[count++] = one;
      else parts.push([one]);
    } else {
      total += part.length;
      parts ??= ways.slice(0, count).map((w) => [w]);
      parts.push(part);
    }
  }
  if (parts === undefined) {
    if (count < ways.length) ways = ways.slice(0, count);
    return pruneDominated(ways);
  }
  ways = [];
  const wrap = total > ANY_OF_FACTOR * ctx.limit;
  for (const part of parts) {
    if (wrap && part.length > 1) ways.push(choiceWay(part, ctx, path, r, pref));
    else for (const w of part) ways.push(w);
  }
  return pruneDominated(ways);
}

/** A way of one condition: the new choice node whose ways are `part`'s. */
function choiceWay(part: RawWay[], ctx: Ctx, path: string, r: Requirement, pref: boolean): RawWay {
  const choice = ctx.choices.length;
  ctx.choices.push(part);
  return {
    conds: [
      { id: `${CHOICE_PREFIX}${choice}`, years: 0, reason: leafReason('allOf', path, r, pref), choice },
    ],
  };
}

/**
 * All of the parts: their ways multiplied out while the product stays within the limit; past it,
 * every part of several ways becomes a choice node and the product is one way.
 */
function allOf(parts: Dnf[], ctx: Ctx, path: string, r: Requirement, pref: boolean): Dnf {
  let acc: Dnf = { ways: [{ conds: [] }] };
  let fits = true;
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i] as Dnf;
    if (acc.ways.length * part.ways.length > ctx.limit) {
      fits = false;
      break;
    }
    // The first part times the empty way is the first part (its ways name each id once).
    acc = i === 0 ? part : product(acc, part);
  }
  if (fits) return acc;
  acc = { ways: [{ conds: [] }] };
  for (const part of parts) {
    acc = product(acc, part.ways.length > 1 ? { ways: [choiceWay(part.ways, ctx, path, r, pref)] } : part);
  }
  return acc;
}

/** All of `a` and all of `b`: their ways merged pairwise (the caller keeps the product within the limit). */
function product(a: Dnf, b: Dnf): Dnf {
  const ways = new Array<RawWay>(a.ways.length * b.ways.length);
  let k = 0;
  for (const x of a.ways) for (const y of b.ways) ways[k++] = mergeWays(x, y);
  // Ways over disjoint ids, each side free of dominated ways, merge into ways none of which
  // dominates another: pruning (quadratic) is then only needed when the sides share an id.
  return { ways: sharesAnId(a, b) ? pruneDominated(ways) : ways };
}

/** Whether some id appears in a way of `a` and in a way of `b`. */
function sharesAnId(a: Dnf, b: Dnf): boolean {
  if (a.ways.length * b.ways.length <= SMALL_WAY) {
    for (const x of a.ways)
      for (const c of x.conds)
        for (const y of b.ways) for (const d of y.conds) if (c.id === d.id) return true;
    return false;
  }
  const left = new Set<string>();
  for (const w of a.ways) for (const c of w.conds) left.add(c.id);
  for (const w of b.ways) for (const c of w.conds) if (left.has(c.id)) return true;
  return false;
}

/**
 * The one condition of a requirement that is the plain id `id` (what requirementWays gives it,
 * made without the ways around it: most nodes of a large graph need one node each).
 */
export function plainIdCond(id: string): RawCond {
  return LeafCond.of(id, 0, ALL_OF, id, false, '');
}

/** A leaf of a requirement (an id or an experience condition), or undefined for anything else. */
function leafCondIn(
  r: Requirement | undefined,
  parentAnyOf: AnyOf | null,
  base: string,
  kind: 0 | 1 | 2,
  index: number,
): LeafCond | undefined {
  if (typeof r === 'string') {
    // As dnf and anyOf make them: in a one-of the reason names the one-of; in an all-of the id.
    return parentAnyOf !== null
      ? LeafCond.of(r, 0, ANY_OF, parentAnyOf, false, base)
      : LeafCond.of(r, 0, ALL_OF, r, false, base, kind, index);
  }
  if (r !== undefined && isExperience(r))
    return LeafCond.of(r.experience, r.years, EXPERIENCE, r, false, base, kind, index);
  return undefined;
}

/** The options of a part that is a leaf or a one-of of leaves, at `base` (see flatWays); undefined for another shape. */
function flatPart(
  r: Requirement | undefined,
  base: string,
  kind: 0 | 2,
  index: number,
): LeafCond[] | undefined {
  const one = leafCondIn(r, null, base, kind, index);
  if (one !== undefined) return [one];
  if (r === undefined || typeof r === 'string' || !isAnyOf(r) || r.anyOf.length === 0) return undefined;
  const path = kind === 0 ? base : partPath(base, 'allOf', index);
  const options = new Array<LeafCond>(r.anyOf.length);
  for (let i = 0; i < r.anyOf.length; i++) {
    const c = leafCondIn(r.anyOf[i], r, path, 1, i);
    if (c === undefined) return undefined;
    options[i] = c;
  }
  return options;
}

/** Whether no two of the conditions name the same id (a linear scan for the few of most requirements). */
function distinctIds(parts: readonly (readonly LeafCond[])[]): boolean {
  let count = 0;
  for (const part of parts) count += part.length;
  if (count <= SMALL_WAY) {
    for (let i = 0; i < parts.length; i++) {
      const a = parts[i] as readonly LeafCond[];
      for (let x = 0; x < a.length; x++) {
        const id = (a[x] as LeafCond).id;
        for (let y = x + 1; y < a.length; y++) if ((a[y] as LeafCond).id === id) return false;
        for (let j = i + 1; j < parts.length; j++)
          for (const c of parts[j] as LeafCond[]) if (c.id === id) return false;
      }
    }
    return true;
  }
  const seen = new Set<string>();
  for (const part of parts) for (const c of part) seen.add(c.id);
  return seen.size === count;
}

/** What flatWays wrote: how many ways of the node's own, then how many ways each choice node has. */
export interface FlatWays {
  own: number;
  choiceWays: readonly number[];
}

/**
 * requirementWays(requires) without preferences, written straight to `sink` (a way, then its
 * conditions; the node's own ways, then each choice node's), for the shapes most requirements
 * have: a leaf, a one-of of leaves, or an all-of of those, every id named once. Then no way makes
 * another pointless, so the ways are the product of the parts' options in order, with the
 * conditions and reasons requirementWays gives; past the way limit, as there, an all-of keeps one
 * way whose parts of several options are choice nodes. Without requirementWays' intermediate
 * ways. Null, with nothing written, for any other shape.
 */
export function flatWays(requires: Requirement, sink: (cond: RawCond | null) => void): FlatWays | null {
  let parts: LeafCond[][];
  const all = typeof requires !== 'string' && !isExperience(requires) && isAllOf(requires);
  if (all) {
    if (requires.allOf.length === 0) return null;
    parts = new Array<LeafCond[]>(requires.allOf.length);
    for (let i = 0; i < requires.allOf.length; i++) {
      const part = flatPart(requires.allOf[i], '', 2, i);
      if (part === undefined) return null;
      parts[i] = part;
    }
  } else {
    const part = flatPart(requires, '', 0, 0);
    if (part === undefined) return null;
    parts = [part];
  }
  let product = 1;
  for (const part of parts) product *= part.length;
  // A one-of of leaves keeps every option, however many (as anyOf does); an all-of past the limit
  // keeps one way.
  if (all && product > wayLimit) {
    if (!distinctIds(parts)) return null;
    // One way over the parts: each part of several options a choice node (numbered in order).
    const choiceWays: number[] = [];
    sink(null);
    for (const part of parts) {
      if (part.length === 1) sink(part[0] as LeafCond);
      else {
        sink({
          id: `${CHOICE_PREFIX}${choiceWays.length}`,
          years: 0,
          reason: leafReason('allOf', '', requires, false),
          choice: choiceWays.length,
        });
        choiceWays.push(part.length);
      }
    }
    for (const part of parts) {
      if (part.length === 1) continue;
      for (const c of part) {
        sink(null);
        sink(c);
      }
    }
    return { own: 1, choiceWays };
  }
  if (!distinctIds(parts)) return null;
  if (parts.length === 1) {
    // One part: a way per option.
    for (const c of parts[0] as LeafCond[]) {
      sink(null);
      sink(c);
    }
    return { own: product, choiceWays: NO_CHOICE_WAYS };
  }
  // The product in order, the first part's option the slowest to change (as allOf multiplies).
  const at = new Array<number>(parts.length).fill(0);
  for (let w = 0; w < product; w++) {
    sink(null);
    for (let i = 0; i < parts.length; i++) sink((parts[i] as LeafCond[])[at[i] as number] as LeafCond);
    for (let i = parts.length - 1; i >= 0; i--) {
      at[i] = (at[i] as number) + 1;
      if ((at[i] as number) < (parts[i] as LeafCond[]).length) break;
      at[i] = 0;
    }
  }
  return { own: product, choiceWays: NO_CHOICE_WAYS };
}

/** No choice nodes: one array shared by the many flat requirements (never written to). */
const NO_CHOICE_WAYS: readonly number[] = [];

/** The ways of a requirement; no requirement means one way with no conditions. */
export function requirementWays(requires: Requirement | undefined, prefers?: Requirement): CompiledNode {
  const ctx: Ctx = { choices: [], limit: wayLimit };
  const req = requires === undefined ? { ways: [{ conds: [] }] } : dnf(requires, '', null, '', false, ctx);
  if (prefers === undefined) return { ways: req.ways, choices: choicesOf(ctx) };
  // Requirement and preference count as all of the two (their choices are named after the requirement).
  const both = allOf([req, dnf(prefers, '', null, '', true, ctx)], ctx, '', requires ?? prefers, false);
  return { ways: both.ways, choices: choicesOf(ctx) };
}

/** No choices: one array shared by the many requirements without any (never written to). */
const NO_CHOICES: RawWay[][] = [];

function choicesOf(ctx: Ctx): RawWay[][] {
  return ctx.choices.length === 0 ? NO_CHOICES : ctx.choices;
}

/** A node's ways as compiled from these requirement objects. */
interface Memo {
  requires: Requirement | undefined;
  prefers: Requirement | undefined;
  limit: number;
  compiled: CompiledNode;
}

/**
 * Ways compiled per graph object (without and with preferences), so that the questions asked of
 * one graph compile each requirement once. An entry is used only while the node still carries
 * the very requirement objects it was compiled from: setting or replacing a node's requirement
 * compiles it again. Requirement trees are values (the app and the data layer never edit one in
 * place); a caller that does edit one in place must set it again (or plan on a new graph).
 */
const perGraph = new WeakMap<CareerGraph, [Map<string, Memo>, Map<string, Memo>]>();

function memoOf(graph: CareerGraph, includePreferred: boolean): Map<string, Memo> {
  let memos = perGraph.get(graph);
  if (memos === undefined) {
    memos = [new Map(), new Map()];
    perGraph.set(graph, memos);
  }
  return memos[includePreferred ? 1 : 0];
}

/**
 * The node's ways, compiled once per graph and preference setting (see perGraph), and looked up
 * once per question (the question keeps what it used).
 */
export function compiledNode(graph: CareerGraph, q: Question, id: string): CompiledNode {
  let compiled = q.compiled.get(id);
  if (compiled === undefined) {
    const node = graph.getNodeAttributes(id);
    const prefers = q.includePreferred ? node.prefers : undefined;
    const memo = memoOf(graph, q.includePreferred);
    const known = memo.get(id);
    if (
      known !== undefined &&
      known.requires === node.requires &&
      known.prefers === prefers &&
      known.limit === wayLimit
    ) {
      compiled = known.compiled;
    } else {
      compiled = requirementWays(node.requires, prefers);
      memo.set(id, { requires: node.requires, prefers, limit: wayLimit, compiled });
    }
    q.compiled.set(id, compiled);
  }
  return compiled;
}
