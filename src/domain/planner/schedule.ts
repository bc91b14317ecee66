// A plan turned into a schedule a person can act on: when each step is needed (as late as it can
// be without delaying the goal), the experience years it waits for, and what is not known about it.

import type { CareerGraph } from '../career-graph';
import { ownValue } from '../own-key';
import type { CareerNode, Situation } from '../types';
import { IntList } from './int-list';
import { compareIds, figureCap } from './problem';
import {
  EPS,
  isLeaf,
  type Leaf,
  type LeafList,
  type LeafTimes,
  leafIds,
  leafPath,
  pushUsedLeaves,
  type Shape,
  shapeOf,
  shapesOf,
} from './schedule-leaves';
import { inStepOrder } from './step-order';
import type { ExperienceWait, Plan, PlanStep, RawPlan, RequirementUse, UnknownFact } from './types';

/** A role held now whose years a step still waits for. */
interface HeldWait {
  role: string;
  years: number;
  have: number;
  /** Months from now until the years are complete. */
  remaining: number;
}

/**
 * What each step's requirement asks of the plan (see needsOf), for all the steps at once: per
 * step, every requirement leaf the plan uses for it, held or a step (`uses`, an array of their
 * exact number); the links to the steps it needs, step i's from `linkFirst[i]` to
 * `linkFirst[i + 1] - 1` of one flat list (`linkAt`: the step's index, `linkLeaf`: the leaf,
 * whose delay is the months after that step is reached, for experience, else 0); and its waits on
 * roles held now (`held`, per step).
 */
interface Needs {
  uses: RequirementUse[][];
  linkFirst: Int32Array;
  linkAt: IntList;
  linkLeaf: Leaf[];
  held: HeldWait[][];
}

/** The waits on held roles of a step that has none (most steps): shared, never added to. */
const NO_HELD: HeldWait[] = [];

/**
 * The empty list of every step with no waits, unknowns or uses (most steps): one array, frozen,
 * so it is never added to.
 */
const EMPTY = Object.freeze([]) as never[];

/** The uses of the step being read (see needsOf): one array written over from step to step. */
const stepUses: { items: RequirementUse[]; length: number } = { items: [], length: 0 };

/** The largest of `values` and 0, without spreading (plans can be tens of thousands of steps). */
function maxOf(values: Float64Array): number {
  let m = 0;
  for (let k = 0; k < values.length; k++) if ((values[k] as number) > m) m = values[k] as number;
  return m;
}

/** Lists by index in one flat array: the items of `i` are `items[first[i]]` to `items[first[i + 1] - 1]`. */
interface Lists {
  first: Int32Array;
  items: Int32Array;
}

/** The lists turned around: `j` lists `i` (in order of `i`) wherever `i` lists `j`. */
function reversed({ first, items }: Lists): Lists {
  const n = first.length - 1;
  const counts = new Int32Array(n + 1);
  for (let k = 0; k < items.length; k++) {
    const j = items[k] as number;
    counts[j + 1] = (counts[j + 1] as number) + 1;
  }
  for (let j = 0; j < n; j++) counts[j + 1] = (counts[j + 1] as number) + (counts[j] as number);
  const out = new Int32Array(items.length);
  const next = counts.slice(0, n);
  for (let i = 0; i < n; i++)
    for (let k = first[i] as number; k < (first[i + 1] as number); k++) {
      const j = items[k] as number;
      out[next[j] as number] = i;
      next[j] = (next[j] as number) + 1;
    }
  return { first: counts, items: out };
}

/**
 * The indices 0…n−1, each after the ones it lists (post-order, on an explicit stack, roots in
 * index order); on a cycle, an index still open is simply not waited for.
 */
function postOrder({ first, items }: Lists): Int32Array {
  const n = first.length - 1;
  const order = new Int32Array(n);
  let size = 0;
  const seen = new Uint8Array(n);
  const stack = new Int32Array(n);
  const next = new Int32Array(n);
  for (let root = 0; root < n; root++) {
    if (seen[root] === 1) continue;
    let top = 0;
    stack[0] = root;
    next[0] = first[root] as number;
    seen[root] = 1;
    while (top >= 0) {
      const id = stack[top] as number;
      const k = next[top] as number;
      if (k >= (first[id + 1] as number)) {
        top--;
        order[size++] = id;
      } else {
        next[top] = k + 1;
        const dep = items[k] as number;
        if (seen[dep] === 0) {
          seen[dep] = 1;
          top++;
          stack[top] = dep;
          next[top] = first[dep] as number;
        }
      }
    }
  }
  return order;
}

/** Sorts `order` (indices) by `end` descending, ties by index; quick when nearly sorted. */
function insertionSort(order: Int32Array, end: Float64Array): void {
  for (let k = 1; k < order.length; k++) {
    const x = order[k] as number;
    const ex = end[x] as number;
    let j = k - 1;
    for (; j >= 0; j--) {
      const y = order[j] as number;
      const ey = end[y] as number;
      if (ey > ex || (ey === ex && y < x)) break;
      order[j + 1] = y;
    }
    order[j + 1] = x;
  }
}

/**
 * Per leaf id number (Leaf.idNo), what one plan makes of it, in arrays kept from plan to plan (a
 * plan's schedule is made in one go, never two at once): an entry holds only when its stamp is the
 * plan's (`PlanLeaves.stamp`), so nothing is cleared between plans.
 */
const byId = { stamp: new Int32Array(0), step: new Int32Array(0), heldStamp: new Int32Array(0), plans: 0 };

/** Room for `count` ids in `byId` (the stamps of a new array are 0, never a plan's). */
function byIdFor(count: number): typeof byId {
  if (byId.stamp.length < count) {
    const size = Math.max(count, 2 * byId.stamp.length);
    byId.stamp = new Int32Array(size);
    byId.step = new Int32Array(size);
    byId.heldStamp = new Int32Array(size);
  }
  if (byId.plans === 0x7fffffff) {
    byId.stamp.fill(0);
    byId.heldStamp.fill(0);
    byId.plans = 0;
  }
  byId.plans++;
  return byId;
}

/**
 * The requirement leaves of a graph against one plan: by the number of the leaf's id, the index
 * of its node among the plan's steps and whether its role is held now. Also when a leaf is ready
 * for the step `self` whose requirement is read, the steps ending at `ends` (by index).
 */
class PlanLeaves implements LeafTimes {
  private readonly stamp: number;
  private readonly byId: typeof byId;
  self = 0;
  ends: Float64Array = new Float64Array(0);
  /** The plan's goal among its steps, -1 when it is not one. */
  readonly goalIndex: number;

  constructor(
    ids: ReadonlyMap<string, number>,
    private readonly raw: RawPlan,
    private readonly stepIds: readonly string[],
    private readonly situation: Situation,
    goal: string,
  ) {
    const at = byIdFor(ids.size);
    this.byId = at;
    this.stamp = at.plans;
    let goalIndex = -1;
    // A plan's steps are distinct nodes; ids no leaf names are never looked up.
    for (let i = 0; i < stepIds.length; i++) {
      const id = stepIds[i] as string;
      if (id === goal && goalIndex < 0) goalIndex = i;
      const no = ids.get(id);
      if (no === undefined) continue;
      at.stamp[no] = this.stamp;
      at.step[no] = i;
    }
    this.goalIndex = goalIndex;
    for (const id of situation.holds) {
      const no = ids.get(id);
      if (no !== undefined) at.heldStamp[no] = this.stamp;
    }
  }

  /** The leaf's node among the plan's steps, -1 when it is not one. */
  stepOf(leaf: Leaf): number {
    const no = leaf.idNo;
    return this.byId.stamp[no] === this.stamp ? (this.byId.step[no] as number) : -1;
  }

  /** Whether the leaf names a role held now. */
  held(leaf: Leaf): boolean {
    return this.byId.heldStamp[leaf.idNo] === this.stamp;
  }

  /**
   * Whether the planner chose a step for this leaf of the requirement of the step being read: the
   * leaf's step has a reason for that step with the leaf's years (experience), or with none (0)
   * for a plain id leaf. Years are compared as their text, as the planner's choices were keyed.
   */
  served(leaf: Leaf): boolean {
    const j = this.stepOf(leaf);
    if (j < 0) return false;
    const forId = this.stepIds[this.self] as string;
    for (const r of (this.raw.steps[j] as RawPlan['steps'][number]).reasons) {
      if (r.for !== forId) continue;
      const years = r.need === 'experience' ? (r.years ?? 0) : 0;
      if (years === leaf.years || String(years) === String(leaf.years)) return true;
    }
    return false;
  }

  /** Months from now until a held role's years are complete. */
  heldRemaining(leaf: Leaf): number {
    return Math.max(0, leaf.delay - 12 * (ownValue(this.situation.years, leaf.id) ?? 0));
  }

  time(leaf: Leaf): number {
    const { self, ends } = this;
    const j = this.stepOf(leaf);
    if (j === self) return Number.POSITIVE_INFINITY; // a node never meets its own requirement
    if (this.held(leaf)) return this.heldRemaining(leaf);
    if (j < 0) return Number.POSITIVE_INFINITY;
    const at = (ends[j] as number) + leaf.delay;
    // A later step of the planner's order ready no sooner than this one ends may need it (see
    // "Latest times" in schedulePlan).
    return j > self && at >= (ends[self] as number) - EPS ? Number.POSITIVE_INFINITY : at;
  }
}

/** A plan's step requirements, and what reading them needs. */
interface Context {
  situation: Situation;
  /** Per step: its requirement's shape and, when preferences count, its preference's (undefined: none). */
  requires: (Shape | undefined)[];
  prefers: (Shape | undefined)[];
  leaves: PlanLeaves;
}

/** The leaves a requirement uses (see pushUsedLeaves), read into one list kept from step to step. */
const used: LeafList = { items: [], length: 0 };

/**
 * Appends to `needs` what step `i`'s requirement asks of the plan's steps (ending at `ends`, by
 * index) and of the roles held now; the steps are read in index order.
 */
function needsOf(ctx: Context, i: number, ends: Float64Array, needs: Needs): void {
  const { leaves } = ctx;
  leaves.self = i;
  leaves.ends = ends;
  // The requirement and, when preferences count, the preference: each a tree of its own, so the
  // paths match the graph's edges (`<id>:requires:<path>`, `<id>:prefers:<path>`).
  const requires = ctx.requires[i];
  const prefers = ctx.prefers[i];
  used.length = 0;
  stepUses.length = 0;
  if (requires !== undefined && pushUsedLeaves(requires, leaves, used))
    for (let k = 0; k < used.length; k++) addUse(needs, i, used.items[k] as Leaf, false, ctx);
  const from = used.length;
  if (prefers !== undefined && pushUsedLeaves(prefers, leaves, used))
    for (let k = from; k < used.length; k++) addUse(needs, i, used.items[k] as Leaf, true, ctx);
  needs.uses[i] = stepUses.length === 0 ? EMPTY : stepUses.items.slice(0, stepUses.length);
  needs.linkFirst[i + 1] = needs.linkAt.length;
}

/**
 * The earliest start step `i`'s requirement allows, the plan's steps ending at `ends`: the latest
 * of the waits on held roles and the links to steps needsOf would list (without listing them).
 */
function earliestStartOf(ctx: Context, i: number, ends: Float64Array): number {
  const { leaves } = ctx;
  leaves.self = i;
  leaves.ends = ends;
  const requires = ctx.requires[i];
  const prefers = ctx.prefers[i];
  used.length = 0;
  if (requires !== undefined) pushUsedLeaves(requires, leaves, used);
  if (prefers !== undefined) pushUsedLeaves(prefers, leaves, used);
  return latestOf(used, leaves, ends);
}

/** The latest of 0, the wait on each held role of `used` still running, each step's end plus its delay. */
function latestOf(used: LeafList, leaves: PlanLeaves, ends: Float64Array): number {
  let latest = 0;
  for (let k = 0; k < used.length; k++) {
    const leaf = used.items[k] as Leaf;
    if (leaves.held(leaf)) {
      const remaining = leaves.heldRemaining(leaf);
      if (remaining > EPS && remaining > latest) latest = remaining;
    } else {
      const j = leaves.stepOf(leaf);
      if (j >= 0) latest = Math.max(latest, (ends[j] as number) + leaf.delay);
    }
  }
  return latest;
}

/**
 * The use of `leaf` in a plan, made once per leaf (of the graph's shapes), preference and held
 * flag: a value, frozen, shared by every plan that uses the leaf so.
 */
function planUseOf(leaf: Leaf, preferred: boolean, held: boolean): RequirementUse {
  const slot = (preferred ? 2 : 0) + (held ? 1 : 0);
  if (leaf.uses === undefined) leaf.uses = [undefined, undefined, undefined, undefined];
  const known = leaf.uses[slot];
  if (known !== undefined) return known;
  // Literal objects, fields in the order id, path, years?, preferred?, held (faster than spreads).
  const { id, years } = leaf;
  const path = leafPath(leaf);
  const use: RequirementUse = Object.freeze(
    years > 0
      ? preferred
        ? { id, path, years, preferred: true as const, held }
        : { id, path, years, held }
      : preferred
        ? { id, path, preferred: true as const, held }
        : { id, path, held },
  );
  leaf.uses[slot] = use;
  return use;
}

/** Records one leaf the plan uses for step `i` in `needs`: as a use, and as a link to a step or a wait on a held role. */
function addUse(
  needs: Needs,
  i: number,
  leaf: Leaf,
  preferred: boolean,
  { leaves, situation }: Context,
): void {
  const { id, years } = leaf;
  const isHeld = leaves.held(leaf);
  const use = planUseOf(leaf, preferred, isHeld);
  if (stepUses.length === stepUses.items.length) stepUses.items.push(use);
  else stepUses.items[stepUses.length] = use;
  stepUses.length++;
  if (isHeld) {
    const remaining = leaves.heldRemaining(leaf);
    if (remaining > EPS) {
      if (needs.held[i] === NO_HELD) needs.held[i] = [];
      (needs.held[i] as HeldWait[]).push({
        role: id,
        years,
        have: ownValue(situation.years, id) ?? 0,
        remaining,
      });
    }
  } else {
    const at = leaves.stepOf(leaf);
    if (at >= 0) {
      needs.linkAt.push(at);
      needs.linkLeaf.push(leaf);
    }
  }
}

/**
 * The latest month step `step` (by index) may be obtained so that the requirement read into
 * `shape` is still met by `deadline`, the other leaves being ready at `leaves.time(leaf)` (for
 * the step `leaves.self` whose requirement it is, the steps ending at `leaves.ends`): +∞ when the
 * requirement does not need the step in time, −∞ when it cannot be met by then at all.
 */
function latestEndFor(shape: Shape, step: number, deadline: number, leaves: PlanLeaves): number {
  if (shape === null) return Number.NEGATIVE_INFINITY;
  if (isLeaf(shape)) {
    const leaf = shape;
    if (leaves.stepOf(leaf) === step) return deadline - leaf.delay;
    return leaves.time(leaf) <= deadline + EPS ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
  }
  // Each loop stops once its answer can no longer move (−∞ for all of, +∞ for one of): a one-of
  // met in time by another option does not need the step at all, however many options follow.
  if ('all' in shape) {
    let latest = Number.POSITIVE_INFINITY;
    for (const r of shape.all) {
      latest = Math.min(latest, latestEndFor(r, step, deadline, leaves));
      if (latest === Number.NEGATIVE_INFINITY) break;
    }
    return latest;
  }
  let latest = Number.NEGATIVE_INFINITY;
  for (const r of shape.any) {
    latest = Math.max(latest, latestEndFor(r, step, deadline, leaves));
    if (latest === Number.POSITIVE_INFINITY) break;
  }
  return latest;
}

function unknownFacts(node: CareerNode): UnknownFact[] {
  if (node.costKnown !== false && node.monthsKnown !== false && node.requiresKnown !== false) return EMPTY;
  const facts: UnknownFact[] = [];
  if (node.costKnown === false) facts.push('cost');
  if (node.monthsKnown === false) facts.push('months');
  if (node.requiresKnown === false) facts.push('eligibility');
  return facts;
}

/**
 * The plan as a schedule. Start times are the latest that do not delay the goal: a step on the
 * critical path starts as early as it can, any other step just in time for the first step that
 * needs it (experience counted back from there), so an exam is taken just before the role that
 * needs it. No step starts before its own requirements are met; totals are unchanged.
 */
export function schedulePlan(
  graph: CareerGraph,
  situation: Situation,
  goal: string,
  raw: RawPlan,
  includePreferred = false,
): Plan {
  const pace = situation.pace ?? 'full-time';
  // The steps by index (a plan's steps are distinct nodes): lengths, times and links in arrays.
  const n = raw.steps.length;
  const stepIds: string[] = new Array(n);
  // Each step's length as the planner counted it (at the pace, under its cap for huge figures),
  // so the schedule's times stay finite and its totals the planner's.
  const lengths = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const s = raw.steps[i] as RawPlan['steps'][number];
    stepIds[i] = s.id;
    lengths[i] = s.end - s.start;
  }

  const nodes: CareerNode[] = new Array(n);
  const shapes = shapesOf(graph, figureCap(graph.order));
  // Each step's requirement and, when preferences count, its preference, read into leaves.
  const requires: (Shape | undefined)[] = new Array(n);
  const prefers: (Shape | undefined)[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const node = graph.getNodeAttributes(stepIds[i] as string);
    nodes[i] = node;
    requires[i] = node.requires === undefined ? undefined : shapeOf(shapes, node.requires);
    prefers[i] = includePreferred && node.prefers !== undefined ? shapeOf(shapes, node.prefers) : undefined;
  }
  // Every leaf the plan's requirements can name is numbered by now (they were all read above).
  const leaves = new PlanLeaves(leafIds(shapes), raw, stepIds, situation, goal);
  // The steps each step's requirement mentions (what its earliest time can depend on), by index:
  // the requirement's then the preference's, each once, in the order of their leaves (as
  // requirementIds of the two).
  const depOf = new Int32Array(n).fill(-1);
  const depFirst = new Int32Array(n + 1);
  const depItems = new IntList(2 * n);
  for (let i = 0; i < n; i++) {
    const r = requires[i];
    const p = prefers[i];
    if (r !== undefined) mention(r, i, leaves, depOf, depItems);
    if (p !== undefined) mention(p, i, leaves, depOf, depItems);
    depFirst[i + 1] = depItems.length;
  }
  const stepDeps: Lists = { first: depFirst, items: depItems.view() };

  // Earliest times, from the steps' own requirements (the planner's times, recomputed so the
  // schedule stands on the requirement trees alone), each step after the steps it mentions; a
  // step still open on a cycle counts at the planner's own time.
  const earliest = new Float64Array(n);
  const earliestEnds = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    earliest[i] = (raw.steps[i] as RawPlan['steps'][number]).start;
    earliestEnds[i] = (earliest[i] as number) + (lengths[i] as number);
  }
  const ctx: Context = {
    situation,
    requires,
    prefers,
    leaves,
  };
  const earliestOrder = postOrder(stepDeps);
  for (let o = 0; o < n; o++) {
    const i = earliestOrder[o] as number;
    const start = earliestStartOf(ctx, i, earliestEnds);
    earliest[i] = start;
    earliestEnds[i] = start + (lengths[i] as number);
  }

  // Latest times: each step in turn is moved as late as every other step's requirement (one-of
  // options included) and the finish allow, until no step can move. Steps only ever move later,
  // to ends that are other steps' starts less a delay, so this settles within a few rounds.
  const end = new Float64Array(n);
  for (let i = 0; i < n; i++) end[i] = (earliest[i] as number) + (lengths[i] as number);
  const finish = maxOf(end);
  // Only the steps whose requirement mentions a step can hold it back (every other requirement
  // stays met whatever that step does).
  const users = reversed(stepDeps);
  // A step after `self` in the planner's order (a topological order of the planner's own choices)
  // that is ready no sooner than `self` ends may need `self` itself: counting it would let two
  // zero-month steps meet each other's requirements (a cycle) and push a step they both need past
  // the goal. Such a step never meets `self`'s requirement; earlier ones, and later ones ready
  // before `self` ends (they cannot need it), do: PlanLeaves.time, with the ends in `end`.
  leaves.ends = end;
  // A step's latest end reads the ends of its users and of the other steps their requirements
  // mention: only when one of those moved can it move again, so only then is it looked at again
  // (the rounds and their order are unchanged, so the schedule is the same).
  const stale = new Uint8Array(n).fill(1);
  const markWatchers = (moved: number): void => {
    // `moved` is a user of the steps it mentions…
    for (let k = stepDeps.first[moved] as number; k < (stepDeps.first[moved + 1] as number); k++) {
      const d = stepDeps.items[k] as number;
      if (d !== moved) stale[d] = 1;
    }
    // …and is mentioned with the other steps its users mention.
    for (let k = users.first[moved] as number; k < (users.first[moved + 1] as number); k++) {
      const user = users.items[k] as number;
      for (let m = stepDeps.first[user] as number; m < (stepDeps.first[user + 1] as number); m++) {
        const d = stepDeps.items[m] as number;
        if (d !== moved) stale[d] = 1;
      }
    }
  };
  // Each round visits the steps latest end first (a stable sort: ties keep the plan's order).
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  const { goalIndex } = leaves;
  for (let round = 0; round <= n; round++) {
    let moved = false;
    // Ends are finite: latest end first, ties by plan order (a total order, so any sort gives
    // the stable sort of the plan order). After the first round only the steps that moved are
    // out of place, so an insertion sort from the last round's order is quick.
    if (round === 0) order.sort((x, y) => (end[y] as number) - (end[x] as number) || x - y);
    else insertionSort(order, end);
    for (let o = 0; o < n; o++) {
      const i = order[o] as number;
      if (i === goalIndex || stale[i] === 0) continue;
      stale[i] = 0;
      let latestEnd = finish;
      for (let k = users.first[i] as number; k < (users.first[i + 1] as number); k++) {
        const user = users.items[k] as number;
        const r = requires[user];
        const p = prefers[user];
        const start = (end[user] as number) - (lengths[user] as number);
        // Requirement and preference both must be met (as an all-of of the two).
        let latest = Number.POSITIVE_INFINITY;
        leaves.self = user;
        if (r !== undefined) latest = Math.min(latest, latestEndFor(r, i, start, leaves));
        if (p !== undefined) latest = Math.min(latest, latestEndFor(p, i, start, leaves));
        latestEnd = Math.min(latestEnd, latest);
      }
      if (latestEnd > (end[i] as number) + EPS) {
        end[i] = latestEnd;
        moved = true;
        markWatchers(i);
      }
    }
    if (!moved) break;
  }
  const needs: Needs = {
    uses: new Array(n),
    linkFirst: new Int32Array(n + 1),
    linkAt: new IntList(2 * n),
    linkLeaf: [],
    held: new Array(n).fill(NO_HELD),
  };
  for (let i = 0; i < n; i++) needsOf(ctx, i, end, needs);

  // Literal objects with the fields in the order a spread of the raw step gave (faster to build).
  // `built` keeps the plan's order (by index); `steps` is sorted below.
  const built: PlanStep[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const s = raw.steps[i] as RawPlan['steps'][number];
    const length = lengths[i] as number;
    const start = (end[i] as number) - length;
    const early = earliest[i] as number;
    built[i] = {
      id: s.id,
      start,
      end: start + length,
      cost: s.cost,
      reasons: s.reasons,
      earliestStart: early,
      critical: start - early < EPS,
      waits: EMPTY,
      uses: needs.uses[i] as RequirementUse[],
      unknown: unknownFacts(nodes[i] as CareerNode),
    };
  }
  for (let i = 0; i < n; i++) if (waitsFor(needs, i)) (built[i] as PlanStep).waits = waitsOf(built, i, needs);
  // Each step's longest chain of linked prerequisites, prerequisites first (explicit stack).
  const links: Lists = { first: needs.linkFirst, items: needs.linkAt.view() };
  const depth = new Int32Array(n);
  const linkOrder = postOrder(links);
  for (let o = 0; o < n; o++) {
    const i = linkOrder[o] as number;
    let d = 0;
    for (let k = links.first[i] as number; k < (links.first[i + 1] as number); k++)
      d = Math.max(d, 1 + (depth[links.items[k] as number] as number));
    depth[i] = d;
  }
  const steps = inStepOrder(built, depth);

  const goalStep = goalIndex < 0 ? undefined : built[goalIndex];
  let lastOther = 0;
  for (const s of steps) if (s.id !== goal && s.end > lastOther) lastOther = s.end;
  const finalWait =
    goalStep !== undefined && goalStep.start - lastOther > EPS
      ? goalStep.waits.find((w) => Math.abs(w.until - goalStep.start) < EPS)
      : undefined;
  const listed = (fact: UnknownFact): string[] => {
    const ids: string[] = [];
    for (const s of steps) if (s.unknown.includes(fact)) ids.push(s.id);
    return ids;
  };
  return {
    steps,
    totals: raw.totals,
    salary: raw.salary,
    optimal: raw.optimal,
    unknown: { cost: listed('cost'), months: listed('months'), eligibility: listed('eligibility') },
    ...(finalWait !== undefined ? { finalWait } : {}),
    pace,
  };
}

/** Whether step `i` waits for anything: years in a held role, or experience in a step of the plan. */
function waitsFor(needs: Needs, i: number): boolean {
  if ((needs.held[i] as HeldWait[]).length > 0) return true;
  for (let k = needs.linkFirst[i] as number; k < (needs.linkFirst[i + 1] as number); k++)
    if ((needs.linkLeaf[k] as Leaf).delay > EPS) return true;
  return false;
}

/** Step `i`'s experience waits (on held roles and on steps), latest first; `built` the steps by index. */
function waitsOf(built: readonly PlanStep[], i: number, needs: Needs): ExperienceWait[] {
  const step = built[i] as PlanStep;
  const from0 = needs.linkFirst[i] as number;
  const to = needs.linkFirst[i + 1] as number;
  const endOf = (j: number): number => (built[j] as PlanStep).end;
  const waits: ExperienceWait[] = [];
  for (const h of needs.held[i] as HeldWait[])
    waits.push({
      role: h.role,
      years: h.years,
      have: h.have,
      remaining: h.remaining,
      from: 0,
      until: h.remaining,
      binding: false,
    });
  for (let k = from0; k < to; k++) {
    const leaf = needs.linkLeaf[k] as Leaf;
    const delay = leaf.delay;
    if (!(delay > EPS)) continue;
    const at = needs.linkAt.at(k);
    const from = endOf(at);
    waits.push({
      role: (built[at] as PlanStep).id,
      years: leaf.years,
      have: 0,
      remaining: delay,
      from,
      until: from + delay,
      binding: false,
    });
  }
  // A wait binds when it alone sets the earliest start: nothing else is ready as late.
  for (const w of waits) {
    let others = 0;
    for (let k = from0; k < to; k++) {
      const at = needs.linkAt.at(k);
      if ((built[at] as PlanStep).id !== w.role)
        others = Math.max(others, endOf(at) + (needs.linkLeaf[k] as Leaf).delay);
    }
    for (const x of waits) if (x !== w) others = Math.max(others, x.until);
    w.binding = Math.abs(w.until - step.start) < EPS && others < w.until - EPS;
  }
  return waits.sort((a, b) => b.until - a.until || compareIds(a.role, b.role));
}

/**
 * Pushes onto `deps` the steps (by index) the leaves of `shape` name, in the order of the leaves,
 * each once per step `i` (`depOf[j] === i` once listed), never `i` itself.
 */
function mention(shape: Shape, i: number, leaves: PlanLeaves, depOf: Int32Array, deps: IntList): void {
  if (shape === null) return;
  if (!isLeaf(shape)) {
    for (const part of 'all' in shape ? shape.all : shape.any) mention(part, i, leaves, depOf, deps);
    return;
  }
  const j = leaves.stepOf(shape);
  if (j >= 0 && j !== i && depOf[j] !== i) {
    depOf[j] = i;
    deps.push(j);
  }
}
