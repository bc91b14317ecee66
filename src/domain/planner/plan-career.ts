// planCareer: the best plans from a person's situation to a goal (spec: "Plans"), or why there is none.

import type { CareerGraph } from '../career-graph';
import type { Situation } from '../types';
import { searchPlans } from './branch-and-bound';
import { checkIds } from './check-ids';
import type { RawCond } from './compile';
import { knuth } from './derivations';
import { explainUnreachable } from './explain';
import { freeMonthsOf } from './free-passes';
import { IntList } from './int-list';
import {
  buildProblem,
  buildWhole,
  inRegion,
  type Problem,
  type Question,
  questionOf,
  reachesCap,
  restrictProblem,
} from './problem';
import type { Candidate } from './ranking';
import { salaryChange } from './salary';
import { schedulePlan } from './schedule';
import { flagsOf, floatsOf, intsOf } from './scratch';
import { inStepOrder } from './step-order';
import {
  OBJECTIVES,
  type Objective,
  type PlanOptions,
  type PlanResult,
  type RawPlan,
  type RawPlanStep,
  type StepReason,
} from './types';
import { handBack } from './whole-memo';

/** The steps whose fee or length no source gives, in step order. */
export function unknownFigures(graph: CareerGraph, steps: readonly RawPlanStep[]): RawPlan['unknown'] {
  const unknown: RawPlan['unknown'] = { cost: [], months: [] };
  for (const s of steps) {
    const node = graph.getNodeAttributes(s.id);
    if (node.costKnown === false) unknown.cost.push(s.id);
    if (node.monthsKnown === false) unknown.months.push(s.id);
  }
  return unknown;
}

function checkOptions(options: PlanOptions): {
  by: Objective;
  k: number;
  budget: number | undefined;
  effort: number;
} {
  const by = options.by ?? 'months';
  if (!OBJECTIVES.includes(by)) throw new RangeError(`planner: by must be one of ${OBJECTIVES.join(', ')}`);
  const k = options.alternatives ?? 1;
  if (!Number.isInteger(k) || k < 1) throw new RangeError('planner: alternatives must be a whole number ≥ 1');
  const budget = options.searchBudget;
  if (budget !== undefined && !(budget >= 1)) throw new RangeError('planner: searchBudget must be ≥ 1');
  const effort = options.effort ?? 1;
  if (!(effort > 0 && effort < Number.POSITIVE_INFINITY))
    throw new RangeError('planner: effort must be a number > 0');
  return { by, k, budget, effort };
}

/**
 * Each node's longest chain of prerequisites through the ways in `via` (0: needs none of them),
 * by node index (-1 for nodes not met from `nodes`), on an explicit stack: plans can be tens of
 * thousands of steps deep.
 */
function prerequisiteDepths(p: Problem, nodes: readonly number[], via: Int32Array): Int32Array {
  const depth = intsOf(p.scratch, 'plan-depth').fill(-1);
  const queued = flagsOf(p.scratch, 'plan-queued').fill(0);
  const stack: number[] = [];
  for (const root of nodes) {
    stack.push(root);
    while (stack.length > 0) {
      const v = stack[stack.length - 1] ?? 0;
      if ((depth[v] ?? 0) >= 0) {
        stack.pop();
        continue;
      }
      const g = via[v] ?? -1;
      const from = g < 0 ? 0 : (p.condStart[g] ?? 0);
      const to = g < 0 ? 0 : (p.condStart[g + 1] ?? 0);
      if (queued[v] === 0) {
        queued[v] = 1;
        const before = stack.length;
        for (let k = from; k < to; k++) {
          const u = p.condNode[k] ?? 0;
          if ((depth[u] ?? 0) < 0 && queued[u] === 0) stack.push(u);
        }
        if (stack.length > before) continue;
      }
      // A choice node is not a step: what it needs counts as needed by its node directly.
      let d = 0;
      for (let k = from; k < to; k++) {
        const u = p.condNode[k] ?? 0;
        d = Math.max(d, (u < p.real ? 1 : 0) + Math.max(0, depth[u] ?? 0));
      }
      depth[v] = d;
      stack.pop();
    }
  }
  return depth;
}

/** The step reason `{ for, ...reason }` as a literal object (the same fields in the same order, made faster). */
function reasonFor(forId: string, r: RawCond['reason']): StepReason {
  const { need, path, part } = r;
  // leafReason (compile.ts) makes every reason: need, path, part, then years and preferred when set.
  if ('years' in r)
    return 'preferred' in r
      ? { for: forId, need, path, part, years: r.years, preferred: r.preferred }
      : { for: forId, need, path, part, years: r.years };
  return 'preferred' in r
    ? { for: forId, need, path, part, preferred: r.preferred }
    : { for: forId, need, path, part };
}

/**
 * Per problem's conditions (keyed by its condRaw array, which a kept problem shares), the step
 * reason each condition of a node's own way gives that node, made when first asked for: a value,
 * frozen, shared by every plan that uses it. An entry is used only while it says what a new one
 * would (condReason compares every field), so the cache can never change an answer.
 */
const reasonsByCond = new WeakMap<readonly (RawCond | undefined)[], (StepReason | undefined)[]>();

/** The reason condition k (`raw`) gives node `forId`, from `cache` when it was made for the same node. */
function condReason(cache: (StepReason | undefined)[], k: number, forId: string, raw: RawCond): StepReason {
  const known = cache[k];
  const r = raw.reason;
  if (
    known !== undefined &&
    known.for === forId &&
    known.need === r.need &&
    known.path === r.path &&
    known.part === r.part &&
    known.years === r.years &&
    known.preferred === r.preferred
  )
    return known;
  const made = Object.freeze(reasonFor(forId, r));
  cache[k] = made;
  return made;
}

/**
 * The reasons node v's way (`via`) gives the real nodes it names, in the way's order, each pushed
 * as its step's index (`stepAt`; nodes that are not steps get none) onto `owners` and the reason
 * onto `reasons`: through its choice nodes as if they were not there. A node named more than once
 * there (by two choices) gets one reason, the first of those asking for the most years, as when
 * the requirement's ways are multiplied out.
 */
function addReasons(
  p: Problem,
  v: number,
  via: Int32Array,
  stepAt: Int32Array,
  owners: IntList,
  reasons: StepReason[],
  cache: (StepReason | undefined)[],
): void {
  const forId = p.ids[v] ?? '';
  const g = via[v] ?? -1;
  if (p.real === p.ids.length) {
    if (g < 0) return;
    const to = p.condStart[g + 1] ?? 0;
    for (let k = p.condStart[g] ?? 0; k < to; k++) {
      const raw = p.condRaw[k];
      const at = stepAt[p.condNode[k] ?? 0] ?? -1;
      if (raw === undefined || at < 0) continue;
      owners.push(at);
      reasons.push(condReason(cache, k, forId, raw));
    }
    return;
  }
  const named: number[] = [];
  const raws: RawCond[] = [];
  const visit = (w: number): void => {
    const g = via[w] ?? -1;
    for (let k = p.condStart[g] ?? 0; g >= 0 && k < (p.condStart[g + 1] ?? 0); k++) {
      const u = p.condNode[k] ?? 0;
      const raw = p.condRaw[k];
      if (u >= p.real) visit(u);
      else if (raw !== undefined) {
        const at = named.indexOf(u);
        if (at < 0) {
          named.push(u);
          raws.push(raw);
        } else if (raw.years > (raws[at]?.years ?? 0)) raws[at] = raw;
      }
    }
  };
  visit(v);
  for (let i = 0; i < named.length; i++) {
    const raw = raws[i];
    const at = stepAt[named[i] ?? 0] ?? -1;
    if (raw === undefined || at < 0) continue;
    owners.push(at);
    reasons.push(reasonFor(forId, raw.reason));
  }
}

/** A candidate of the search as the planner's plan (steps obtained as soon as they can be), before it is scheduled. */
export function toPlan(
  graph: CareerGraph,
  p: Problem,
  c: Candidate,
  situation: Situation,
  goal: string,
): RawPlan {
  const { value, via } = knuth(p, 'max', p.months, c.members, -1, {
    value: floatsOf(p.scratch, 'plan-value'),
    via: intsOf(p.scratch, 'plan-via'),
  });
  const nodes = c.nodes;
  const n = nodes.length;
  // Each node's step, by node index (-1: not a step).
  const stepAt = intsOf(p.scratch, 'plan-step').fill(-1);
  for (let i = 0; i < n; i++) stepAt[nodes[i] ?? 0] = i;
  // The reasons, in the order the steps' ways give them, with the step each is for; then each
  // step's own, in that order, in an array of their exact number (sliced from one list).
  const owners = new IntList(2 * n);
  const given: StepReason[] = [];
  let cache = reasonsByCond.get(p.condRaw);
  if (cache === undefined) {
    cache = new Array(p.condRaw.length);
    reasonsByCond.set(p.condRaw, cache);
  }
  for (let i = 0; i < n; i++) addReasons(p, nodes[i] ?? 0, via, stepAt, owners, given, cache);
  const first = new Int32Array(n + 1);
  for (let k = 0; k < owners.length; k++) {
    const i = owners.at(k);
    first[i + 1] = (first[i + 1] as number) + 1;
  }
  for (let i = 0; i < n; i++) first[i + 1] = (first[i + 1] as number) + (first[i] as number);
  const slot = first.slice(0, n);
  const byStep: StepReason[] = new Array(given.length);
  for (let k = 0; k < given.length; k++) {
    const i = owners.at(k);
    byStep[slot[i] as number] = given[k] as StepReason;
    slot[i] = (slot[i] as number) + 1;
  }
  const steps: RawPlanStep[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const v = nodes[i] ?? 0;
    const end = value[v] ?? 0;
    steps[i] = {
      id: p.ids[v] ?? '',
      start: end - (p.months[v] ?? 0),
      end,
      cost: p.cost[v] ?? 0,
      reasons: byStep.slice(first[i], first[i + 1]),
    };
  }
  // Prerequisites first among steps that start and end together (zero-month steps).
  const depth = prerequisiteDepths(p, nodes, via);
  const depthOf = new Int32Array(n);
  for (let i = 0; i < n; i++) depthOf[i] = Math.max(0, depth[nodes[i] ?? 0] ?? 0);
  const sorted = inStepOrder(steps, depthOf);
  return {
    steps: sorted,
    totals: c.totals,
    salary: salaryChange(graph, situation, goal),
    optimal: true,
    unknown: unknownFigures(graph, sorted),
  };
}

/**
 * The best plans for reaching `goal` from `situation`.
 *
 * A plan is a set of new nodes (not held, offered in the person's region) from which the goal
 * follows, obtaining each node as soon as its requirement is met, and from which no single node
 * can be dropped. `months` is its critical path, `cost` the sum of its costs, `steps` its size.
 *
 * Ranking rule: plans are ordered by the chosen objective (`by`, default months), then by the
 * other two objectives in the order months, cost, steps, then by the list of their node ids,
 * sorted, compared element by element as plain strings (code-unit order). So the same question
 * always gets the same answer. `alternatives: k` returns the k best plans (each a different set
 * of nodes). A goal already held gives one plan with no steps.
 *
 * The answer is exact unless a plan says `optimal: false`: the search stopped at its budget and
 * returned the best plans it had found, each still valid.
 *
 * @throws UnknownNodeError when the goal, a held node or a `years` key is not in the graph.
 * @throws RangeError for an unknown objective or a bad number of alternatives.
 */
export function planCareer(
  graph: CareerGraph,
  situation: Situation,
  goal: string,
  options: PlanOptions = {},
): PlanResult {
  checkIds(graph, situation, goal);
  const { by, k, budget, effort } = checkOptions(options);
  const q = questionOf(situation, options.includePreferred ?? false);
  const schedule = (raw: RawPlan) => schedulePlan(graph, situation, goal, raw, q.includePreferred);
  if (q.held.has(goal)) {
    const totals = { months: 0, cost: 0, steps: 0 };
    return {
      kind: 'plan',
      goal,
      by,
      plans: [
        schedule({
          steps: [],
          totals,
          salary: salaryChange(graph, situation, goal),
          optimal: true,
          unknown: { cost: [], months: [] },
        }),
      ],
    };
  }
  const found = solve(graph, q, goal, by, k, budget, effort);
  if (found.kind === 'unreachable') return { kind: 'unreachable', goal, by, ...found.why };
  const plans = found.result.plans.map((c) =>
    schedule({ ...toPlan(graph, found.problem, c, situation, goal), optimal: found.result.optimal }),
  );
  handBack(found.problem);
  return { kind: 'plan', goal, by, plans };
}

type Solved =
  | { kind: 'plan'; problem: Problem; result: ReturnType<typeof searchPlans> }
  | { kind: 'unreachable'; why: ReturnType<typeof explainUnreachable> };

/** The search itself, for a goal that is not held; shared with withinReach. */
export function solve(
  graph: CareerGraph,
  q: Question,
  goal: string,
  by: Objective,
  k: number,
  /** Search nodes at most (see PlanOptions.searchBudget); undefined: the default, scaled to the problem. */
  budget: number | undefined,
  effort = 1,
): Solved {
  const whole = buildWhole(graph, q, goal);
  const freePass = whole.ids.length > 0 ? freeMonthsOf(whole) : null;
  const free = freePass?.value ?? new Float64Array(0);
  const finite = (i: number | undefined): boolean =>
    i !== undefined && Number.isFinite(free[i] ?? Number.NaN);
  if (!finite(whole.goal)) {
    // A node outside the ancestry (named only by ways a shorter way makes pointless) is looked
    // at on its own: it may well be obtainable.
    const outside = new Map<string, boolean>();
    const obtainable = (id: string): boolean => {
      if (q.held.has(id)) return true;
      if (!inRegion(graph, id, q.region)) return false;
      const i = whole.index.get(id);
      if (i !== undefined) return finite(i);
      let known = outside.get(id);
      if (known === undefined) {
        const own = buildWhole(graph, q, id);
        known =
          own.ids.length > 0 && Number.isFinite(knuth(own, 'max', own.months).value[own.goal] ?? Number.NaN);
        outside.set(id, known);
      }
      return known;
    };
    return { kind: 'unreachable', why: explainUnreachable(graph, q, goal, obtainable) };
  }
  if (whole.ids.every((_, i) => finite(i))) {
    return {
      kind: 'plan',
      problem: whole,
      result: searchPlans(whole, by, k, budget, effort),
    };
  }
  // Nodes that cannot be obtained with everything available can never be in a plan.
  const p = reachesCap(whole)
    ? buildProblem(
        graph,
        q,
        goal,
        whole.ids.filter((_, i) => finite(i) && i < whole.real),
      )
    : restrictProblem(
        whole,
        whole.ids.flatMap((_, i) => (finite(i) ? [i] : [])),
      );
  return { kind: 'plan', problem: p, result: searchPlans(p, by, k, budget, effort) };
}
