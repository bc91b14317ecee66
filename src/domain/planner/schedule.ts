// A plan turned into a schedule a person can act on: when each step is needed (as late as it can
// be without delaying the goal), the experience years it waits for, and what is not known about it.

import type { CareerGraph } from '../career-graph';
import { ownValue } from '../own-key';
import type { CareerNode, Situation } from '../types';
import { compareIds, figureCap } from './problem';
import { EPS, type Leaf, leafKey, type Shape, shapeIds, shapeOf, usedLeaves } from './schedule-leaves';
import type { ExperienceWait, Plan, PlanStep, RawPlan, RequirementUse, UnknownFact } from './types';

interface Link {
  /** A step of the plan this step needs… */
  step: string;
  /** …this many months after that step is reached (experience), else 0. */
  delay: number;
  years: number;
}

interface Needs {
  /** Every requirement leaf the plan uses for this step, held or a step. */
  uses: RequirementUse[];
  links: Link[];
  /** Experience in roles held now: months from now until the years are complete. */
  held: { role: string; years: number; have: number; remaining: number }[];
}

const NOTHING: ReadonlySet<string> = new Set();

/** The largest of `values` and 0, without spreading (plans can be tens of thousands of steps). */
function maxOf(values: Iterable<number>): number {
  let m = 0;
  for (const v of values) if (v > m) m = v;
  return m;
}

/**
 * Every step's requirement ids that are steps too, each visited after the steps it mentions
 * (post-order, on an explicit stack); on a cycle, a step still open is simply not waited for.
 */
function postOrder<T>(ids: readonly T[], deps: (id: T) => readonly T[]): T[] {
  const order: T[] = [];
  const state = new Map<T, 'open' | 'done'>();
  for (const root of ids) {
    if (state.has(root)) continue;
    const stack: { id: T; next: number; deps: readonly T[] }[] = [{ id: root, next: 0, deps: deps(root) }];
    state.set(root, 'open');
    while (stack.length > 0) {
      const top = stack[stack.length - 1] as (typeof stack)[number];
      const dep = top.deps[top.next++];
      if (dep === undefined) {
        stack.pop();
        state.set(top.id, 'done');
        order.push(top.id);
      } else if (!state.has(dep)) {
        state.set(dep, 'open');
        stack.push({ id: dep, next: 0, deps: deps(dep) });
      }
    }
  }
  return order;
}

/** Sorts `order` (indices) by `end` descending, ties by index; quick when nearly sorted. */
function insertionSort(order: number[], end: Float64Array): void {
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

/** What a schedule's needsOf reads: the question and the plan's steps by index. */
interface Context {
  graph: CareerGraph;
  situation: Situation;
  held: ReadonlySet<string>;
  includePreferred: boolean;
  indexOf: ReadonlyMap<string, number>;
  servedFor: ReadonlyMap<string, ReadonlySet<string>>;
  cap: number;
}

/** What the node's requirement asks of the plan's steps (ending at `ends`, by index) and of the roles held now. */
function needsOf(
  ctx: Context,
  id: string,
  node: CareerNode,
  ends: Float64Array,
  /** Whether to list the uses too (only the final pass shows them; earlier ones need the links). */
  withUses = true,
): Needs {
  const { graph, situation, held, indexOf, cap } = ctx;
  const served = ctx.servedFor.get(id) ?? NOTHING;
  const heldRemaining = (leaf: Leaf): number =>
    Math.max(0, leaf.delay - 12 * (ownValue(situation.years, leaf.id) ?? 0));
  const self = indexOf.get(id) ?? Number.POSITIVE_INFINITY;
  const time = (leaf: Leaf): number => {
    if (leaf.id === id) return Number.POSITIVE_INFINITY; // a node never meets its own requirement
    if (held.has(leaf.id)) return heldRemaining(leaf);
    const j = indexOf.get(leaf.id);
    if (j === undefined) return Number.POSITIVE_INFINITY;
    const at = (ends[j] as number) + leaf.delay;
    // A later step of the planner's order ready no sooner than this one ends may need it (see readyAt in schedulePlan).
    return j > self && at >= (ends[self] ?? 0) - EPS ? Number.POSITIVE_INFINITY : at;
  };
  const needs: Needs = { uses: [], links: [], held: [] };
  // The requirement and, when preferences count, the preference: each a tree of its own, so the
  // paths match the graph's edges (`<id>:requires:<path>`, `<id>:prefers:<path>`).
  if (node.requires !== undefined)
    for (const leaf of usedLeaves(shapeOf(graph, node.requires, cap), held, served, time) ?? [])
      addUse(needs, leaf, false, ctx, heldRemaining, withUses);
  if (ctx.includePreferred && node.prefers !== undefined)
    for (const leaf of usedLeaves(shapeOf(graph, node.prefers, cap), held, served, time) ?? [])
      addUse(needs, leaf, true, ctx, heldRemaining, withUses);
  return needs;
}

/** Records one leaf the plan uses in `needs`: as a use, and as a link to a step or a wait on a held role. */
function addUse(
  needs: Needs,
  leaf: Leaf,
  preferred: boolean,
  { held, situation, indexOf }: Context,
  heldRemaining: (leaf: Leaf) => number,
  withUses: boolean,
): void {
  if (withUses) {
    // Literal objects, fields in the order id, path, years?, preferred?, held (faster than spreads).
    const { id, path, years } = leaf;
    const isHeld = held.has(id);
    needs.uses.push(
      years > 0
        ? preferred
          ? { id, path, years, preferred: true, held: isHeld }
          : { id, path, years, held: isHeld }
        : preferred
          ? { id, path, preferred: true, held: isHeld }
          : { id, path, held: isHeld },
    );
  }
  if (held.has(leaf.id)) {
    const remaining = heldRemaining(leaf);
    if (remaining > EPS) {
      needs.held.push({
        role: leaf.id,
        years: leaf.years,
        have: ownValue(situation.years, leaf.id) ?? 0,
        remaining,
      });
    }
  } else if (indexOf.has(leaf.id)) {
    needs.links.push({ step: leaf.id, delay: leaf.delay, years: leaf.years });
  }
}

/**
 * The latest month `step` may be obtained so that the requirement read into `shape` is still met
 * by `deadline`, the other leaves being ready at `readyAt(id, delayMonths, self)` (`self`: the
 * step whose requirement it is): +∞ when the requirement does not need the step in time, −∞ when
 * it cannot be met by then at all.
 */
function latestEndFor(
  shape: Shape,
  step: string,
  deadline: number,
  readyAt: (id: string, delay: number, self: string) => number,
  self: string,
): number {
  if (shape === null) return Number.NEGATIVE_INFINITY;
  if ('one' in shape) {
    const leaf = shape.one[0] as Leaf;
    return latestLeafEnd(leaf.id, leaf.delay, step, deadline, readyAt, self);
  }
  if ('all' in shape) {
    let latest = Number.POSITIVE_INFINITY;
    for (const r of shape.all) latest = Math.min(latest, latestEndFor(r, step, deadline, readyAt, self));
    return latest;
  }
  let latest = Number.NEGATIVE_INFINITY;
  for (const r of shape.any) latest = Math.max(latest, latestEndFor(r, step, deadline, readyAt, self));
  return latest;
}

/** latestEndFor on one leaf: the step itself, or another leaf that is ready by the deadline or not. */
function latestLeafEnd(
  id: string,
  delay: number,
  step: string,
  deadline: number,
  readyAt: (id: string, delay: number, self: string) => number,
  self: string,
): number {
  if (id === step) return deadline - delay;
  return readyAt(id, delay, self) <= deadline + EPS ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
}

function unknownFacts(node: CareerNode): UnknownFact[] {
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
  const held: ReadonlySet<string> = new Set(situation.holds);
  // The steps by index (a plan's steps are distinct nodes): lengths, times and links in arrays.
  const n = raw.steps.length;
  const stepIds = raw.steps.map((s) => s.id);
  const indexOf = new Map(stepIds.map((id, i) => [id, i]));
  // Each step's length as the planner counted it (at the pace, under its cap for huge figures),
  // so the schedule's times stay finite and its totals the planner's.
  const lengths = new Float64Array(n);
  raw.steps.forEach((s, i) => {
    lengths[i] = s.end - s.start;
  });

  // Which requirement leaves the planner chose each step for: target id → `${step} ${years}`.
  const servedFor = new Map<string, Set<string>>();
  for (const step of raw.steps) {
    for (const r of step.reasons) {
      const set = servedFor.get(r.for) ?? new Set<string>();
      servedFor.set(r.for, set);
      set.add(leafKey(step.id, r.need === 'experience' ? (r.years ?? 0) : 0));
    }
  }
  const nodes = raw.steps.map((s) => graph.getNodeAttributes(s.id));
  const cap = figureCap(graph.order);
  // The steps each step's requirement mentions (what its earliest time can depend on), by index:
  // the requirement's ids then the preference's, each once (as requirementIds of the two).
  // Each step's requirement and, when preferences count, its preference, read into leaves.
  const requirement: Shape[][] = nodes.map((node) => {
    const parts: Shape[] = [];
    if (node.requires !== undefined) parts.push(shapeOf(graph, node.requires, cap));
    if (includePreferred && node.prefers !== undefined) parts.push(shapeOf(graph, node.prefers, cap));
    return parts;
  });
  const stepDeps: number[][] = requirement.map((parts, i) => {
    const ids = parts.length === 1 ? shapeIds(parts[0] as Shape) : new Set(parts.flatMap(shapeIds));
    const deps: number[] = [];
    for (const u of ids) {
      const j = indexOf.get(u);
      if (u !== stepIds[i] && j !== undefined) deps.push(j);
    }
    return deps;
  });

  // Earliest times, from the steps' own requirements (the planner's times, recomputed so the
  // schedule stands on the requirement trees alone), each step after the steps it mentions; a
  // step still open on a cycle counts at the planner's own time.
  const earliest = Float64Array.from(raw.steps, (s) => s.start);
  const earliestEnds = earliest.map((e, i) => e + (lengths[i] as number));
  const needs = new Map<string, Needs>();
  const ctx: Context = { graph, situation, held, includePreferred, indexOf, servedFor, cap };
  for (const i of postOrder(
    raw.steps.map((_, i) => i),
    (i) => stepDeps[i] ?? [],
  )) {
    const id = stepIds[i] as string;
    const n = needsOf(ctx, id, nodes[i] as CareerNode, earliestEnds, false);
    needs.set(id, n);
    let start = maxOf(n.held.map((h) => h.remaining));
    for (const l of n.links)
      start = Math.max(start, (earliestEnds[indexOf.get(l.step) as number] as number) + l.delay);
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
  const users: number[][] = stepIds.map(() => []);
  stepDeps.forEach((deps, user) => {
    for (const d of deps) users[d]?.push(user);
  });
  // A step after `self` in the planner's order (a topological order of the planner's own choices)
  // that is ready no sooner than `self` ends may need `self` itself: counting it would let two
  // zero-month steps meet each other's requirements (a cycle) and push a step they both need past
  // the goal. Such a step never meets `self`'s requirement; earlier ones, and later ones ready
  // before `self` ends (they cannot need it), do.
  const readyAt = (id: string, delay: number, self: string): number => {
    if (id === self) return Number.POSITIVE_INFINITY;
    if (held.has(id)) return Math.max(0, delay - 12 * (ownValue(situation.years, id) ?? 0));
    const i = indexOf.get(id);
    if (i === undefined) return Number.POSITIVE_INFINITY;
    const at = (end[i] as number) + delay;
    const s = indexOf.get(self) ?? n;
    return i > s && at >= (end[s] ?? 0) - EPS ? Number.POSITIVE_INFINITY : at;
  };
  // A step's latest end reads the ends of its users and of the other steps their requirements
  // mention: only when one of those moved can it move again, so only then is it looked at again
  // (the rounds and their order are unchanged, so the schedule is the same).
  const watchers: Set<number>[] = stepIds.map(() => new Set<number>());
  for (let i = 0; i < n; i++) {
    for (const user of users[i] ?? []) {
      if (user !== i) watchers[user]?.add(i);
      for (const d of stepDeps[user] ?? []) if (d !== i) watchers[d]?.add(i);
    }
  }
  const stale = new Uint8Array(n).fill(1);
  // Each round visits the steps latest end first (a stable sort: ties keep the plan's order).
  const order = stepIds.map((_, i) => i);
  for (let round = 0; round <= n; round++) {
    let moved = false;
    // Ends are finite: latest end first, ties by plan order (a total order, so any sort gives
    // the stable sort of the plan order). After the first round only the steps that moved are
    // out of place, so an insertion sort from the last round's order is quick.
    if (round === 0) order.sort((x, y) => (end[y] as number) - (end[x] as number) || x - y);
    else insertionSort(order, end);
    for (const i of order) {
      const id = stepIds[i] as string;
      if (id === goal || stale[i] === 0) continue;
      stale[i] = 0;
      let latestEnd = finish;
      for (const user of users[i] ?? []) {
        const parts = requirement[user] ?? [];
        if (parts.length === 0) continue;
        const start = (end[user] as number) - (lengths[user] as number);
        // Requirement and preference both must be met (as an all-of of the two).
        let latest = Number.POSITIVE_INFINITY;
        for (const shape of parts)
          latest = Math.min(latest, latestEndFor(shape, id, start, readyAt, stepIds[user] as string));
        latestEnd = Math.min(latestEnd, latest);
      }
      if (latestEnd > (end[i] as number) + EPS) {
        end[i] = latestEnd;
        moved = true;
        for (const w of watchers[i] ?? []) stale[w] = 1;
      }
    }
    if (!moved) break;
  }
  for (const [i, s] of raw.steps.entries()) needs.set(s.id, needsOf(ctx, s.id, nodes[i] as CareerNode, end));

  // Literal objects with the fields in the order a spread of the raw step gave (faster to build).
  const steps: PlanStep[] = raw.steps.map((s, i) => {
    const length = lengths[i] as number;
    const start = (end[i] as number) - length;
    const early = earliest[i] as number;
    return {
      id: s.id,
      start,
      end: start + length,
      cost: s.cost,
      reasons: s.reasons,
      earliestStart: early,
      critical: start - early < EPS,
      waits: [],
      uses: needs.get(s.id)?.uses ?? [],
      unknown: unknownFacts(nodes[i] as CareerNode),
    };
  });
  const stepOf = new Map(steps.map((s) => [s.id, s]));
  for (const step of steps) {
    const n = needs.get(step.id) ?? { uses: [], links: [], held: [] };
    if (n.held.length === 0 && !n.links.some((l) => l.delay > EPS)) continue; // no waits
    const waits: ExperienceWait[] = [
      ...n.held.map((h) => ({
        role: h.role,
        years: h.years,
        have: h.have,
        remaining: h.remaining,
        from: 0,
        until: h.remaining,
        binding: false,
      })),
      ...n.links
        .filter((l) => l.delay > EPS)
        .map((l) => {
          const from = stepOf.get(l.step)?.end ?? 0;
          return {
            role: l.step,
            years: l.years,
            have: 0,
            remaining: l.delay,
            from,
            until: from + l.delay,
            binding: false,
          };
        }),
    ];
    // A wait binds when it alone sets the earliest start: nothing else is ready as late.
    const others = (w: ExperienceWait): number =>
      Math.max(
        0,
        ...n.links.filter((l) => l.step !== w.role).map((l) => (stepOf.get(l.step)?.end ?? 0) + l.delay),
        ...waits.filter((x) => x !== w).map((x) => x.until),
      );
    step.waits = waits
      .map((w) => ({
        role: w.role,
        years: w.years,
        have: w.have,
        remaining: w.remaining,
        from: w.from,
        until: w.until,
        binding: Math.abs(w.until - step.start) < EPS && others(w) < w.until - EPS,
      }))
      .sort((a, b) => b.until - a.until || compareIds(a.role, b.role));
  }
  // Each step's longest chain of linked prerequisites, prerequisites first (explicit stack).
  const depth = new Map<string, number>();
  const links = new Map(steps.map((s) => [s.id, (needs.get(s.id)?.links ?? []).map((l) => l.step)]));
  const linksOf = (id: string): string[] => links.get(id) ?? [];
  for (const id of postOrder(
    steps.map((s) => s.id),
    linksOf,
  )) {
    let d = 0;
    for (const u of linksOf(id)) d = Math.max(d, 1 + (depth.get(u) ?? 0));
    depth.set(id, d);
  }
  const depthOf = (id: string): number => depth.get(id) ?? 0;
  steps.sort(
    (a, b) => a.start - b.start || a.end - b.end || depthOf(a.id) - depthOf(b.id) || compareIds(a.id, b.id),
  );

  const goalStep = stepOf.get(goal);
  const lastOther = maxOf(steps.filter((s) => s.id !== goal).map((s) => s.end));
  const finalWait =
    goalStep !== undefined && goalStep.start - lastOther > EPS
      ? goalStep.waits.find((w) => Math.abs(w.until - goalStep.start) < EPS)
      : undefined;
  const listed = (fact: UnknownFact): string[] =>
    steps.filter((s) => s.unknown.includes(fact)).map((s) => s.id);
  return {
    steps,
    totals: raw.totals,
    salary: raw.salary,
    optimal: raw.optimal,
    ...(raw.tooManyWays !== undefined ? { tooManyWays: raw.tooManyWays } : {}),
    unknown: { cost: listed('cost'), months: listed('months'), eligibility: listed('eligibility') },
    ...(finalWait !== undefined ? { finalWait } : {}),
    pace,
  };
}
