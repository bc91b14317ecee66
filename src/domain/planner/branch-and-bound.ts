// Branch and bound over the one-of choices in the goal's ancestry: finds the k best minimal plans
// by the lexicographic key, exactly while the search budget and the work budget last.

import { evaluateSet, forcedClosure, justificationClosure, minimise, PROPAGATE_WORK } from './candidate';
import { chainValues, completionBound, completionCeiling, derivable, type Fixpoint } from './derivations';
import {
  disjointBoundOf,
  disjointCeiling,
  oneLevelDisjoint,
  ownTermsOf,
  weightsByRegion,
} from './disjoint-completion';
import { freeCostOf, freeMonthsOf, freeStepsOf, onesOf, toGoalOf } from './free-passes';
import { InsideTimes } from './inside-times';
import { IntList } from './int-list';
import { NEEDED_CHECK_LIMIT } from './landmarks';
import type { Problem } from './problem';
import { type Candidate, type Key, rankingOrder, TopK } from './ranking';
import { flagsOf, floatsOf, intsOf } from './scratch';
import { slackFirst, slacks } from './slack-order';
import { tiedVia } from './tied-via';
import type { Objective } from './types';
import { WayQueue } from './way-queue';
import { knuthWithout } from './without-pass';
import { Work } from './work';

export interface SearchResult {
  plans: Candidate[];
  /** False when a budget ran out (or a part was skipped) before the search proved the plans the best. */
  optimal: boolean;
}

/** Search nodes the branch and bound may expand before it settles for the best found. */
export const DEFAULT_BUDGET = 20_000;

/**
 * Elementary steps (a node or condition looked at) allowed per search node of the budget: what
 * bounds the time on large graphs, where one search node can look at thousands of nodes.
 */
export const WORK_PER_SEARCH_NODE = 1_000;

/**
 * Problems up to this size (nodes and conditions) get the whole default budget (DEFAULT_BUDGET ×
 * WORK_PER_SEARCH_NODE steps, about a quarter of a second): every problem of the tests and the
 * bench below it has its answers proven within that (the 6 × 512 one-of product, 6,157, the
 * largest).
 */
export const FULL_SEARCH_SIZE = 8_192;

/**
 * Past FULL_SEARCH_SIZE the budget falls with the square of the size, down to this many steps per
 * node and condition, which it never goes below: about what one shortest-path computation over
 * the problem costs. There the whole budget proves nothing (no plan of the bench's deep lattices
 * of 1,765 to 37,555 nodes, or of the 40 × 512 one-of product, is proven with it) and buys plans
 * a few per cent better at most, so large problems are answered in about the time of a shortest
 * path, their plans marked not proven.
 */
export const WORK_PER_PROBLEM_UNIT = 40;

/** The work a search of `p` may do by default (see FULL_SEARCH_SIZE), times `effort`. */
export function defaultWork(p: Pick<Problem, 'ids' | 'condNode'>, effort = 1): number {
  const size = p.ids.length + p.condNode.length;
  const full = DEFAULT_BUDGET * WORK_PER_SEARCH_NODE;
  const falling = full * Math.min(1, (FULL_SEARCH_SIZE / size) ** 2);
  return effort * Math.max(falling, WORK_PER_PROBLEM_UNIT * size);
}

/** Work counted per node and condition of a pass with a heap over the whole problem. */
const PASS_WORK = 4;

/** How many steps of the best plan are each left out to seed more plans. */
const SEED_STEPS = 64;

/** One open node being branched on: its ways, best first, and how far the branching has got. */
interface Frame {
  pick: number;
  /** First global way index of `pick`. */
  first: number;
  /** Its ways not tried yet, best first. */
  ways: WayQueue;
  /** Size of the member list before a way of `pick` was committed. */
  size: number;
  /** Size of the one-way list (commitForced) before then. */
  forcedSize: number;
  /**
   * What the other open nodes add at least, in cost and in steps, through conditions none of the
   * open nodes but one names (see restOf): any child adds them too, as long as it adds none of
   * those nodes itself (see quickCut).
   */
  restCost: number;
  restSteps: number;
  active: boolean;
}

/**
 * The `k` best minimal plans. Every minimal plan is the closure of some acyclic choice of one way
 * per node (its own earliest-time justification), so branching on those choices, from the goal
 * down, meets every plan; a branch is cut when a lower bound on its key, component by component,
 * already ranks after the k-th best found. The bounds: cost and steps of the nodes committed so
 * far plus what completing the open nodes must still add (one level down, and along the dearest
 * chain); months from the committed ways, with the unconstrained earliest times below the open
 * nodes. That months bound can sit below the best minimal plan (a faster finish may need a step
 * the plan could drop), and then proving optimality takes a wide search: past `budget`
 * expanded search nodes the best plans found are returned with `optimal: false`. Seeds: the
 * minimised justifications of the relaxed passes, then (with at most half the work left) the same
 * without each step of the best, so that k plans are known (and branches can be cut) from the
 * start. The work counted is the work done (see Work), so the budget says what the time is.
 *
 * Nothing here recurses: the branching keeps its own stack, so plans thousands of steps long are
 * searched like short ones. Besides `budget`, the search stops once it has done defaultWork(p)
 * elementary steps (`budget × WORK_PER_SEARCH_NODE` when the caller gives a search budget), so on
 * large problems its time grows with their size as a shortest-path computation's does; a forced
 * goal (one way everywhere below it) needs no search at all.
 */
export function searchPlans(
  p: Problem,
  by: Objective,
  k: number,
  /** Search nodes to expand at most; undefined: DEFAULT_BUDGET × effort, with defaultWork's work. */
  searchBudget: number | undefined = undefined,
  /** How many times the default budget the search may spend (when searchBudget is not given). */
  effort = 1,
): SearchResult {
  const n = p.ids.length;
  const budget = searchBudget ?? DEFAULT_BUDGET * effort;
  const work = new Work(searchBudget === undefined ? defaultWork(p, effort) : budget * WORK_PER_SEARCH_NODE);
  const order = rankingOrder(by);
  const top = new TopK(k);
  /** False once part of the search was skipped (a set too large to check, a seed cut short). */
  let complete = true;
  const consider = (nodes: number[], minimal = false): void => {
    const signature = [...nodes].sort((a, b) => a - b).join(',');
    if (top.tried(signature)) return;
    // Scoring reads the whole problem once (a timing pass) and the set once per word of its bit sets.
    work.spend(n + nodes.length * (1 + (nodes.length >>> 5)));
    const c = evaluateSet(p, nodes, by, minimal);
    if (c !== null) top.offer(c);
    else if (!minimal && nodes.length > NEEDED_CHECK_LIMIT) complete = false;
  };

  // Starting points: the justifications of the three relaxed passes, made minimal.
  // Steps count real nodes only: a choice node weighs 0.
  const ones = onesOf(p);
  const freeMonths = freeMonthsOf(p);
  const forced = forcedClosure(p, freeMonths.via);
  if (forced !== null) {
    const only = evaluateSet(p, forced, by, true);
    return { plans: only === null ? [] : [only], optimal: true };
  }
  const freeCost = freeCostOf(p);
  const freeSteps = freeStepsOf(p);
  work.spend(3 * PASS_WORK * (n + p.condNode.length));
  const weightOf: Record<Objective, Float64Array> = { months: p.months, cost: p.cost, steps: ones };
  const heavyFirst = (a: number, b: number): number =>
    (weightOf[by][b] ?? 0) - (weightOf[by][a] ?? 0) || a - b;
  // The first seed is made minimal whatever its size (up to what can be checked), so that a plan
  // from the chosen objective's own relaxed pass is always found.
  // Passes without different steps often lead back to the same set: it is made minimal once.
  const seeded = new Set<string>();
  let slackDone = false;
  /** `value`: the earliest finishes of a months pass (`via` its ways), seeded a second way the first time. */
  const seed = (via: Int32Array, value?: Float64Array): void => {
    const closure = justificationClosure(p, via);
    const signature = [...closure].sort((a, b) => a - b).join(',');
    work.spend(closure.length);
    if (seeded.has(signature)) return;
    seeded.add(signature);
    const always = top.items.length === 0 ? NEEDED_CHECK_LIMIT : undefined;
    if (value !== undefined && !slackDone) {
      // The months pass once more, its nodes tried least critical first: a minimal plan that keeps
      // more of the relaxed pass's critical path (on deep lattices often months better).
      slackDone = true;
      const order = slackFirst(slacks(p, closure, via, value), heavyFirst);
      work.spend(4 * closure.length);
      const bySlack = minimise(p, closure, order, work, always);
      if (!bySlack.minimal) complete = false;
      consider(bySlack.nodes, bySlack.minimal);
    }
    const made = minimise(p, closure, heavyFirst, work, always);
    if (!made.minimal) complete = false;
    consider(made.nodes, made.minimal);
  };
  const passes = { months: freeMonths, cost: freeCost, steps: freeSteps };
  const firstPass = passes[by];
  // By cost or steps, the months pass is seeded after the passes without each step (below):
  // making its (often large) justification minimal costs most, and a small budget goes to the
  // objective's own seeds first.
  const monthsLater = by !== 'months';
  const otherSum = by === 'cost' ? freeSteps : freeCost;
  for (const fix of monthsLater ? [firstPass, otherSum] : [freeMonths, freeCost, freeSteps]) {
    if (top.items.length > 0 && work.out()) {
      complete = false;
      break;
    }
    seed(fix.via, fix === freeMonths ? fix.value : undefined);
  }
  // With choice nodes: the objective's pass with ties among a choice's ways broken by the others.
  // By cost or steps, the same for every node of positive weight (a tie on steps is common, and
  // the first way met is as likely slow as fast); by months that seed costs as much as the months
  // pass's own, so it is left to choice nodes.
  const tied =
    (p.real < n || monthsLater) && !work.out() ? tiedVia(p, by, passes, weightOf[by], monthsLater) : null;
  if (tied !== null) {
    work.spend(3 * (n + p.condNode.length));
    seed(tied);
  }
  // More seeds: the same passes run without each step of the best plan so far (usually close to
  // the next best, and often better than the first seeds on wide ancestries). With k > 1 they are
  // also what lets branches be cut from the start. They take at most half of the work left, so
  // the branch and bound always gets the other half.
  const seedsEnd = work.done() + Math.max(0, work.left()) / 2;
  // On long plans only the heaviest steps: each costs two passes over the whole problem.
  const best = (top.items[0]?.nodes ?? []).filter((x) => x !== p.goal).sort(heavyFirst);
  /** A pass's mode and weight, and the pass itself (with every node). */
  type Mode = readonly ['max' | 'sum', Float64Array, Fixpoint];
  const max: Mode = ['max', p.months, freeMonths];
  const sum: Mode = by === 'steps' ? ['sum', ones, freeSteps] : ['sum', p.cost, freeCost];
  const withoutEach = (modes: readonly Mode[]): void => {
    for (const x of best.slice(0, SEED_STEPS)) {
      if (work.done() > seedsEnd) return;
      for (const [mode, weight, all] of modes) {
        // The pass again where it depended on x, read in place (and then put back).
        knuthWithout(p, mode, weight, all, x, (fix, looked) => {
          work.spend(n + PASS_WORK * looked);
          if (Number.isFinite(fix.value[p.goal] ?? Number.POSITIVE_INFINITY)) seed(fix.via);
        });
      }
    }
  };
  if (monthsLater) {
    withoutEach([sum]);
    if (!work.out()) seed(freeMonths.via, freeMonths.value);
    withoutEach([max]);
  } else withoutEach([max, sum]);

  // The search's per-node arrays are the problem's (see nodeArray in scratch.ts), set up here.
  const scratch = p.scratch;
  const choice = intsOf(scratch, 'search-choice').fill(-1);
  const inSet = flagsOf(scratch, 'search-in-set').fill(0);
  const members: number[] = [];
  let setCost = 0;
  let setSteps = 0;
  const stamp = intsOf(scratch, 'search-stamp').fill(0);
  let stampNow = 0;
  let expanded = 0;
  let exhausted = false;

  const add = (u: number): void => {
    inSet[u] = 1;
    members.push(u);
    setCost += p.cost[u] ?? 0;
    setSteps += ones[u] ?? 0;
  };
  const removeTo = (size: number): void => {
    while (members.length > size) {
      const u = members.pop() ?? 0;
      inSet[u] = 0;
      setCost -= p.cost[u] ?? 0;
      setSteps -= ones[u] ?? 0;
    }
  };
  /** Whether `target` can be reached from `from` through the committed choices. */
  const reaches = (from: number, target: number): boolean => {
    stampNow++;
    const stack = [from];
    stamp[from] = stampNow;
    for (let v = stack.pop(); v !== undefined; v = stack.pop()) {
      if (v === target) return true;
      work.spend(1);
      const local = choice[v] ?? -1;
      if (local < 0) continue;
      const g = (p.wayStart[v] ?? 0) + local;
      for (let c = p.condStart[g] ?? 0; c < (p.condStart[g + 1] ?? 0); c++) {
        const u = p.condNode[c] ?? 0;
        if (stamp[u] !== stampNow) {
          stamp[u] = stampNow;
          stack.push(u);
        }
      }
    }
    return false;
  };
  /** How promising way `g` looks by `key`: its relaxed months, or the relaxed sum of what it adds. */
  const wayScore = (g: number, key: Objective): number => {
    let score = key === 'months' ? (p.wayBase[g] ?? 0) : 0;
    for (let c = p.condStart[g] ?? 0; c < (p.condStart[g + 1] ?? 0); c++) {
      const u = p.condNode[c] ?? 0;
      if (key === 'months') score = Math.max(score, (freeMonths.value[u] ?? 0) + (p.condDelay[c] ?? 0));
      else if (inSet[u] === 0) score += (key === 'cost' ? freeCost : freeSteps).value[u] ?? 0;
    }
    return score;
  };

  // Earliest goal time with the committed ways and free choices below the open nodes: a lower
  // bound on the months of every plan whose own justification extends the committed choices.
  const bound = floatsOf(scratch, 'search-bound').fill(0);
  const boundStamp = intsOf(scratch, 'search-bound-stamp').fill(0);
  let boundNow = 0;
  /** The condition that sets each committed node's bound: following it from the goal gives the critical path. */
  const critical = intsOf(scratch, 'search-critical').fill(0);
  /** Marks nodes whose conditions have been queued in the current pass (an explicit stack, no recursion). */
  const queuedStamp = intsOf(scratch, 'search-queued-stamp').fill(0);
  // Emptied by its length, its room kept (an array's `length = 0` let its room go each time).
  const stack = new IntList(64);
  const boundOf = (root: number): number => {
    stack.length = 0;
    stack.push(root);
    while (stack.length > 0) {
      const v = stack.last();
      if (boundStamp[v] === boundNow) {
        stack.pop();
        continue;
      }
      work.spend(1);
      const local = choice[v] ?? -1;
      const g = local >= 0 ? (p.wayStart[v] ?? 0) + local : -1;
      const from = p.condStart[g] ?? 0;
      const to = g >= 0 ? (p.condStart[g + 1] ?? 0) : from;
      if (queuedStamp[v] !== boundNow) {
        // First time here: settle the conditions first. (Committed ways never form a cycle; a
        // node still waiting on the stack would be read at its free time.)
        queuedStamp[v] = boundNow;
        const before = stack.length;
        for (let c = from; c < to; c++) {
          const u = p.condNode[c] ?? 0;
          if (boundStamp[u] !== boundNow && queuedStamp[u] !== boundNow) stack.push(u);
        }
        if (stack.length > before) continue;
      }
      let t = freeMonths.value[v] ?? 0;
      critical[v] = -1;
      if (g >= 0) {
        let ready = p.wayBase[g] ?? 0;
        for (let c = from; c < to; c++) {
          const u = p.condNode[c] ?? 0;
          const below = boundStamp[u] === boundNow ? (bound[u] ?? 0) : (freeMonths.value[u] ?? 0);
          const at = below + (p.condDelay[c] ?? 0);
          if (at > ready) {
            ready = at;
            critical[v] = u;
          }
        }
        t = Math.max(t, (p.months[v] ?? 0) + ready);
      }
      boundStamp[v] = boundNow;
      bound[v] = t;
      stack.pop();
    }
    return bound[root] ?? 0;
  };
  /** The open node at the end of the critical path, if the path ends in one. */
  const criticalOpen = (): number => {
    monthsBound();
    let v = p.goal;
    for (let steps = 0; (choice[v] ?? -1) >= 0 && steps < n; steps++) {
      const next = critical[v] ?? -1;
      if (next < 0) return -1;
      v = next;
    }
    return (choice[v] ?? -1) < 0 ? v : -1;
  };
  /** Bumped whenever a committed way changes; the bound is computed once per version. */
  let choiceVersion = 0;
  let boundVersion = -1;
  const monthsBound = (): number => {
    // Criticality, the cut and the inside check of one search node read the same bound.
    if (boundVersion === choiceVersion) return bound[p.goal] ?? 0;
    boundVersion = choiceVersion;
    boundNow++;
    work.spend(members.length);
    return boundOf(p.goal);
  };

  // Per-visit facts the bounds read: the open nodes and their one-level completions.
  const open: number[] = [];
  let extraCost = 0;
  let extraSteps = 0;
  /** Counts a pass over the whole problem as work, passing its value through. */
  const spent = (value: number): number => {
    work.spend(PASS_WORK * (n + p.condNode.length));
    return value;
  };
  /** Per weight, each node's completion value with an empty set (chainValues), made when first read. */
  const chains = new Map<ArrayLike<number>, Float64Array>();
  /**
   * The months of the plan the cut compares with, while an earlier key of the cut is months and the
   * branch's months bound equals it (Infinity otherwise): then only plans finishing by it matter, and
   * none of those holds a node whose unconstrained earliest finish is later (every node of a
   * minimal plan is below the goal in its justification, so finishes no later than the goal).
   */
  let monthsCap = Number.POSITIVE_INFINITY;
  /** Per node, the least months from its finish to the goal's (monthsToGoal), made when first read. */
  let toGoal: Float64Array | undefined;
  /**
   * Per weight and months cap: the weight with the nodes that cannot lead to the goal by the cap
   * unusable (Infinity): their earliest finish plus the least months from it to the goal's is over it.
   */
  const capped = new Map<ArrayLike<number>, { cap: number; weight: Float64Array }>();
  const underCap = (weight: ArrayLike<number>, cap = monthsCap): ArrayLike<number> => {
    if (cap === Number.POSITIVE_INFINITY) return weight;
    const made = capped.get(weight);
    if (made !== undefined && made.cap === cap) return made.weight;
    work.spend(n);
    const w = Float64Array.from(weight as ArrayLike<number>);
    toGoal ??= toGoalOf(p);
    for (let v = 0; v < n; v++) {
      if ((freeMonths.value[v] ?? 0) + (toGoal[v] ?? 0) > cap) w[v] = Number.POSITIVE_INFINITY;
    }
    if (made !== undefined) chains.delete(made.weight);
    capped.set(weight, { cap, weight: w });
    return w;
  };
  /**
   * Whether a bound at most `ceiling` could still change the cut's answer, `best` the largest
   * bound so far: only by reaching `limit` from below it, or by passing it from a tie.
   */
  const mayMatter = (ceiling: number, limit: number, best: number): boolean =>
    best < limit ? ceiling >= limit : ceiling > limit;
  /**
   * What completing the open nodes adds at least (completionBound), or -Infinity when its ceiling
   * (completionCeiling) already shows `counted` plus it could not change the cut's answer
   * (mayMatter): then the pass over the whole problem is saved.
   */
  const completion = (full: ArrayLike<number>, counted: number, limit: number, best: number): number => {
    if (open.length === 0) return Number.NEGATIVE_INFINITY; // nothing to complete: `counted` itself
    const weight = underCap(full);
    let values = chains.get(weight);
    if (values === undefined) {
      spent(0); // one pass over the whole problem, once per search
      values = chainValues(p, weight);
      chains.set(weight, values);
    }
    const { ceiling, looked } = completionCeiling(p, inSet, open, values);
    work.spend(looked);
    if (!mayMatter(counted + ceiling, limit, best)) return Number.NEGATIVE_INFINITY;
    return counted + spent(completionBound(p, inSet, open, weight, limit - counted));
  };
  /** The disjoint bound's region labels, written over at each use. */
  const regionOwner = intsOf(scratch, 'search-regions');
  /**
   * What completing the open nodes adds at least, summed over the parts no two open nodes can
   * share (disjointCompletionBound); -Infinity when its ceiling shows it could not change the
   * cut's answer.
   */
  const disjoint = (full: ArrayLike<number>, counted: number, limit: number, best: number): number => {
    if (open.length < 2) return Number.NEGATIVE_INFINITY;
    const weight = underCap(full);
    const values = chains.get(weight);
    if (values === undefined) return Number.NEGATIVE_INFINITY; // completion() reads them first
    const { ceiling, sum, looked } = disjointCeiling(p, inSet, open, weight, values);
    work.spend(looked);
    if (!mayMatter(counted + ceiling, limit, best)) return Number.NEGATIVE_INFINITY;
    const regions = weightsByRegion(p, inSet, open, weight, regionOwner);
    work.spend(regions.looked + n);
    // No shared weight: the ceiling without its shared term, checked again before the passes.
    if (!regions.anyShared && !mayMatter(counted + sum, limit, best)) return Number.NEGATIVE_INFINITY;
    const made = disjointBoundOf(p, inSet, open, regions, limit - counted);
    work.spend(made.passes * PASS_WORK * (n + p.condNode.length));
    return counted + made.bound;
  };
  const levelOwner = intsOf(scratch, 'search-level').fill(-1);
  /**
   * Per sum weight (cost, then steps): the sum over the open nodes other than `pick` of each one's
   * cheapest way counting only conditions outside the set that no other open node (`pick`
   * included) names. A lower bound on what every plan under a child of `pick` adds besides the
   * child's set, while the child adds none of those conditions: each open node stays to be
   * justified by one of its ways, and the conditions each names alone are distinct nodes. With
   * months first, the weights are capped at the k-th best's months (underCap), which only
   * falls as better plans are found: a plan ranking before it finishes by then.
   */
  const restOf = (pick: number): [number, number] => {
    const worst = top.worst();
    const cap =
      worst !== undefined && order[0] === 'months' ? (worst.nums[0] ?? 0) : Number.POSITIVE_INFINITY;
    const terms = ownTermsOf(p, inSet, open, underCap(p.cost, cap), underCap(ones, cap), levelOwner);
    work.spend(terms.looked);
    let cost = 0;
    let steps = 0;
    for (let i = 0; i < open.length; i++) {
      if (open[i] === pick) continue;
      cost += terms.a[i] ?? 0;
      steps += terms.b[i] ?? 0;
    }
    return [cost, steps];
  };
  /** The open nodes' next level, summed where no two name the same node (oneLevelDisjoint). */
  const oneLevel = (full: ArrayLike<number>, counted: number): number => {
    if (open.length < 2) return Number.NEGATIVE_INFINITY;
    const made = oneLevelDisjoint(p, inSet, open, underCap(full), levelOwner);
    work.spend(made.looked);
    return counted + made.bound;
  };
  /**
   * Lower bounds for each objective, cheapest first; `limit` and `best` (the largest so far) let
   * the dear ones stop early.
   */
  const lowerBounds: Record<Objective, ((limit: number, best: number) => number)[]> = {
    cost: [
      () => setCost + extraCost,
      () => oneLevel(p.cost, setCost),
      (limit, best) => completion(p.cost, setCost, limit, best),
      (limit, best) => disjoint(p.cost, setCost, limit, best),
    ],
    steps: [
      () => setSteps + extraSteps,
      () => oneLevel(ones, setSteps),
      (limit, best) => completion(ones, setSteps, limit, best),
      (limit, best) => disjoint(ones, setSteps, limit, best),
    ],
    months: [monthsBound],
  };
  /** Whether some lower bound already ranks this branch after `worst`. */
  const cut = (worst: Key): boolean => {
    monthsCap = Number.POSITIVE_INFINITY;
    for (let i = 0; i < 3; i++) {
      const limit = worst.nums[i] ?? 0;
      let best = Number.NEGATIVE_INFINITY;
      for (const bound of lowerBounds[order[i] ?? 'months']) {
        best = Math.max(best, bound(limit, best));
        if (best > limit) return true;
      }
      if (best < limit) return false;
      if (order[i] === 'months') monthsCap = limit;
    }
    return false;
  };

  /**
   * Whether some committed node has another way inside the set that, with every condition at its
   * unconstrained earliest time (a lower bound on its time inside the set), would be ready strictly
   * before the node's bound. When none has, no committed node is sooner inside the set than its
   * bound (slowerThanInside would say false): take the one that is, soonest inside; it is not by
   * another way, so by its committed way, which then has a condition inside the set sooner than its
   * own bound (an open condition's bound is its unconstrained time), and that one is committed and
   * sooner still. Reads the committed nodes' ways and conditions only, not the whole set's.
   */
  const rivalMayBeSooner = (): boolean => {
    let looked = 0;
    let sooner = false;
    for (let i = 0; i < members.length && !sooner; i++) {
      const v = members[i] ?? 0;
      const chosen = choice[v] ?? -1;
      if (chosen < 0) continue;
      const first = p.wayStart[v] ?? 0;
      const last = p.wayStart[v + 1] ?? 0;
      const limit = (bound[v] ?? 0) - (p.months[v] ?? 0);
      for (let g = first; g < last && !sooner; g++) {
        if (g - first === chosen || (p.wayBase[g] ?? 0) >= limit) continue;
        let ready = p.wayBase[g] ?? 0;
        let all = true;
        const to = p.condStart[g + 1] ?? 0;
        for (let c = p.condStart[g] ?? 0; c < to && all && ready < limit; c++) {
          looked++;
          const u = p.condNode[c] ?? 0;
          all = inSet[u] === 1;
          ready = Math.max(ready, (freeMonths.value[u] ?? 0) + (p.condDelay[c] ?? 0));
        }
        sooner = all && ready < limit;
      }
      looked += last - first;
    }
    work.spend(looked);
    return sooner;
  };

  /**
   * Whether some committed node can be obtained inside the set strictly sooner than its committed
   * way allows. Then no plan lies under this branch: every completion holds the set, so that node's
   * time there is at most its time inside the set, while through the committed way it is at least
   * the way's bound; the committed way is not its earliest justification, which is the way every
   * plan is searched for (each plan lies under the branch that commits those).
   */
  const insideTimes = new InsideTimes(n);
  const slowerThanInside = (): boolean => {
    monthsBound();
    if (!rivalMayBeSooner()) return false;
    work.spend(PASS_WORK * (members.length + insideTimes.run(p, members)));
    let slower = false;
    for (const v of members) {
      if ((choice[v] ?? -1) >= 0 && (insideTimes.time[v] ?? 0) < (bound[v] ?? 0)) slower = true;
    }
    insideTimes.clear(members);
    return slower;
  };

  /**
   * Whether a child of `f` ranks after the k-th best on its cheapest bounds, key by key (months
   * with the committed ways; the cost or steps of the set, plus the other open nodes' rest terms
   * while they hold): most children of a wide one-of do, and are cut so without being expanded
   * (reading every open node's ways). The key that cut it (1 for the first), else 0.
   */
  const quickCut = (f: Frame): number => {
    const worst = top.worst();
    if (worst === undefined) return 0;
    work.spend(members.length);
    /** Whether the frame's rest terms hold for this child (addsOnlyOwn), read when first needed. */
    let rest: boolean | undefined;
    for (let i = 0; i < 3; i++) {
      const key = order[i] ?? 'months';
      let bound: number;
      if (key === 'months') bound = monthsBound();
      else {
        rest ??= addsOnlyOwn(f);
        // (Not `rest × term`: a term may be Infinity, and 0 × Infinity would be NaN.)
        if (key === 'cost') bound = rest ? setCost + f.restCost : setCost;
        else bound = rest ? setSteps + f.restSteps : setSteps;
      }
      const limit = worst.nums[i] ?? 0;
      if (bound !== limit) return bound > limit ? i + 1 : 0;
    }
    return 0;
  };
  /**
   * Whether the nodes the child of `f` added (its way's conditions and what they forced) are named
   * by no open node but the nodes added: then the other open nodes' rest terms still hold.
   */
  const addsOnlyOwn = (f: Frame): boolean => {
    let looked = 0;
    let only = true;
    for (let i = f.size; i < members.length && only; i++) {
      const u = members[i] ?? 0;
      const last = p.userStart[u + 1] ?? 0;
      for (let k = p.userStart[u] ?? 0; k < last && only; k++) {
        looked++;
        const v = p.wayOwner[p.condWay[p.userCond[k] ?? 0] ?? 0] ?? 0;
        only = v === f.pick || inSet[v] === 0 || (choice[v] ?? -1) >= 0;
      }
    }
    work.spend(looked);
    return only;
  };

  /** The branchings being searched, deepest last, and per depth the queue of ways its frame uses. */
  const frames: Frame[] = [];
  const queues: WayQueue[] = [];

  /** Expands the current search node: scores it, cuts it, or returns the branching to do. */
  const enter = (): Frame | null => {
    if (++expanded > budget || work.out()) {
      exhausted = true;
      return null;
    }
    work.spend(members.length);
    // The open node to branch on (fewest ways first), the one-level completion bounds, and
    // whether any node could be obtained inside the set otherwise than by its committed way
    // (if none can, the set cannot yield the goal before its open nodes are settled).
    let pick = -1;
    let pickWays = Number.POSITIVE_INFINITY;
    let inside = false;
    /** Some committed node has another way inside the set (see slowerThanInside). */
    let rival = false;
    /** Some open node has no way inside the set (it cannot be obtained from the set). */
    let stuck = false;
    extraCost = 0;
    extraSteps = 0;
    open.length = 0;
    for (const v of members) {
      const first = p.wayStart[v] ?? 0;
      const last = p.wayStart[v + 1] ?? 0;
      work.spend(last - first);
      const chosen = choice[v] ?? -1;
      if (chosen >= 0) {
        for (let g = first; g < last && !rival; g++) {
          if (g - first === chosen) continue;
          let all = true;
          for (let c = p.condStart[g] ?? 0; c < (p.condStart[g + 1] ?? 0) && all; c++) {
            all = inSet[p.condNode[c] ?? 0] === 1;
          }
          rival = all;
        }
        inside ||= rival;
        continue;
      }
      open.push(v);
      let minCost = Number.POSITIVE_INFINITY;
      let minSteps = Number.POSITIVE_INFINITY;
      for (let g = first; g < last; g++) {
        let wc = 0;
        let ws = 0;
        for (let c = p.condStart[g] ?? 0; c < (p.condStart[g + 1] ?? 0); c++) {
          const u = p.condNode[c] ?? 0;
          if (inSet[u] === 0) {
            wc += p.cost[u] ?? 0;
            ws += ones[u] ?? 0;
          }
        }
        minCost = Math.min(minCost, wc);
        minSteps = Math.min(minSteps, ws);
      }
      if (minSteps === 0) inside = true;
      else stuck = true;
      extraCost = Math.max(extraCost, minCost);
      extraSteps = Math.max(extraSteps, minSteps);
      if (last - first < pickWays || (last - first === pickWays && v < pick)) {
        pick = v;
        pickWays = last - first;
      }
    }
    // When months rank first, branch where the critical path is still open: that raises the bound soonest.
    if (by === 'months' && pickWays > 1) {
      const critical = criticalOpen();
      if (critical >= 0) pick = critical;
    }
    if (pick < 0) {
      // Complete (every member committed): its key with these ways is the bounds' own.
      const worst = top.worst();
      if (worst !== undefined && cut(worst)) return null;
      consider(members);
      return null;
    }
    if (pickWays === 0) return null;
    const worst = top.worst();
    if (worst !== undefined && cut(worst)) return null;
    if (rival && slowerThanInside()) return null;
    // Everything committed already yields the goal: any further node would be removable. Without
    // a rival way, the goal's only derivation inside the set is through the committed ways, which
    // lead to every member: then one member that cannot be obtained from the set rules it out.
    if (inside && (rival || !stuck)) {
      work.spend(PROPAGATE_WORK * members.length);
      if (derivable(p, members)) {
        consider(members);
        // Not minimal itself (no plan lies under this branch then), but what it keeps when made
        // minimal is a plan, often a good one: it ranks the branches still to search.
        const made = minimise(p, [...members], heavyFirst, work, 0);
        if (made.minimal && made.nodes.length < members.length) consider(made.nodes, true);
        return null;
      }
    }
    const first = p.wayStart[pick] ?? 0;
    // Best first by the objective, ties by the next key (on one-of groups: the cheapest of the fastest).
    const second = order[1];
    // The frame made here goes on the stack at depth frames.length: that depth's queue is free.
    const queue = queues[frames.length] ?? new WayQueue();
    queues[frames.length] = queue;
    const ways = queue.reset(
      first,
      (p.wayStart[pick + 1] ?? 0) - first,
      (g) => wayScore(g, by),
      (g) => wayScore(g, second),
    );
    const [restCost, restSteps] = restOf(pick);
    return {
      restCost,
      restSteps,
      pick,
      first,
      ways,
      size: members.length,
      forcedSize: oneWay.length,
      active: false,
    };
  };

  /** The pick's time through way `g` with every condition at its free time: its months bound's least. */
  const monthsByScore = (pick: number, g: number): number =>
    Math.max(freeMonths.value[pick] ?? 0, (p.months[pick] ?? 0) + wayScore(g, 'months'));

  /** Whether committing way `g` to `pick` would close a cycle through the committed ways. */
  const cyclic = (pick: number, g: number): boolean => {
    for (let c = p.condStart[g] ?? 0; c < (p.condStart[g + 1] ?? 0); c++) {
      const u = p.condNode[c] ?? 0;
      if (u === pick || ((choice[u] ?? -1) >= 0 && reaches(u, pick))) return true;
    }
    return false;
  };

  /** Nodes committed to their only way as soon as they joined the set, in that order. */
  const oneWay: number[] = [];
  /**
   * Commits each open member from position `from` on that has one way only (every plan holding it
   * justifies it so), adding its conditions, which are looked at in turn: a branching with one
   * child costs no search node. False when such a way would close a cycle: no plan lies under
   * the branch then.
   */
  const commitForced = (from: number): boolean => {
    for (let i = from; i < members.length; i++) {
      const v = members[i] ?? 0;
      const g = p.wayStart[v] ?? 0;
      if ((choice[v] ?? -1) >= 0 || (p.wayStart[v + 1] ?? 0) - g !== 1) continue;
      work.spend(1);
      if (cyclic(v, g)) return false;
      choice[v] = 0;
      choiceVersion++;
      oneWay.push(v);
      for (let c = p.condStart[g] ?? 0; c < (p.condStart[g + 1] ?? 0); c++) {
        const u = p.condNode[c] ?? 0;
        if (inSet[u] === 0) add(u);
      }
    }
    return true;
  };

  // Depth-first over the branchings, on an explicit stack of frames.
  add(p.goal);
  const root = commitForced(0) ? enter() : null;
  if (root !== null) frames.push(root);
  while (frames.length > 0 && !exhausted) {
    const f = frames[frames.length - 1] as Frame;
    if (f.active) {
      removeTo(f.size);
      choice[f.pick] = -1;
      while (oneWay.length > f.forcedSize) choice[oneWay.pop() ?? 0] = -1;
      choiceVersion++;
      f.active = false;
    }
    let g = f.ways.next();
    while (g >= 0 && cyclic(f.pick, g)) g = f.ways.next();
    if (g < 0) {
      frames.pop();
      continue;
    }
    choice[f.pick] = g - f.first;
    choiceVersion++;
    for (let c = p.condStart[g] ?? 0; c < (p.condStart[g + 1] ?? 0); c++) {
      const u = p.condNode[c] ?? 0;
      if (inSet[u] === 0) add(u);
    }
    f.active = true;
    if (!commitForced(f.size)) continue;
    const cutOn = quickCut(f);
    if (cutOn > 0) {
      // Cut on months, with the pick no later than its way's score (the ready time with every
      // condition at its free time) makes it: by months the ways come in that order, every later
      // way makes the pick that late at least, and the months bound only grows with the pick's
      // time. Those branches rank after the k-th best as well.
      if (by === 'months' && cutOn === 1 && (bound[f.pick] ?? 0) <= monthsByScore(f.pick, g)) f.ways.clear();
      continue;
    }
    const child = enter();
    if (child !== null) frames.push(child);
  }
  return { plans: top.items, optimal: !exhausted && complete };
}
