// Sets of nodes as candidate plans: scoring one (derivable, every node needed, totals and key),
// the set a relaxed pass's chosen ways lead back to, and making a set minimal.

import { derivationOrder, type Fixpoint, knuth } from './derivations';
import { everyNodeNeeded, goalLandmarks, NEEDED_CHECK_LIMIT } from './landmarks';
import type { Problem } from './problem';
import { type Candidate, rankingOrder } from './ranking';
import { flagsOf, floatsOf, intsOf } from './scratch';
import { problemMarks, SetSupport } from './set-support';
import type { Objective } from './types';
import type { Work } from './work';

/**
 * Scores a set of nodes as a plan: null unless the goal is derivable from it and every node is
 * needed (without any one of them the goal is out of reach). `minimal`: the set is known to be
 * minimal already (made so by `minimise`), which skips the needed check.
 */
export function evaluateSet(p: Problem, nodes: number[], by: Objective, minimal = false): Candidate | null {
  if (p.real < p.ids.length) return evaluateWithChoices(p, nodes, by, minimal);
  // Every node must be obtainable and needed: then the order has them all and the goal last.
  const order = derivationOrder(p, nodes);
  if (order.length !== nodes.length) return null;
  if (!minimal && (nodes.length > NEEDED_CHECK_LIMIT || !everyNodeNeeded(p, order))) return null;
  const sorted = [...nodes].sort((a, b) => a - b);
  return scored(p, sorted, sorted, by);
}

/**
 * A derivable, minimal set (its steps in id order) scored: totals and ranking key, its times
 * from a pass over `members` made in the problem's scratch arrays (see Candidate.members).
 */
function scored(p: Problem, sorted: number[], members: readonly number[], by: Objective): Candidate {
  const times = knuth(p, 'max', p.months, members, -1, scratchTimes(p));
  let months = 0;
  let cost = 0;
  for (const v of sorted) {
    months = Math.max(months, times.value[v] ?? 0);
    cost += p.cost[v] ?? 0;
  }
  const totals = { months, cost, steps: sorted.length };
  const [a, b, c] = rankingOrder(by);
  return { nodes: sorted, key: { nums: [totals[a], totals[b], totals[c]], nodes: sorted }, totals, members };
}

/** The problem's arrays for timing passes read once and dropped (made on first use). */
function scratchTimes(p: Problem): Fixpoint {
  return { value: floatsOf(p.scratch, 'score-value'), via: intsOf(p.scratch, 'score-via') };
}

/**
 * The set's real nodes, then every choice node of the problem: a choice node is met whenever one
 * of its ways is (like a held node), so derivability and minimality are tested with all of them.
 */
function withChoices(p: Problem, nodes: readonly number[]): number[] {
  const out = nodes.filter((v) => v < p.real);
  for (let v = p.real; v < p.ids.length; v++) out.push(v);
  return out;
}

/** Per node, what it counts as steps: 1, or 0 for a choice node. */
export function stepWeights(p: Problem): Float64Array {
  const ones = new Float64Array(p.ids.length).fill(1);
  ones.fill(0, p.real);
  return ones;
}

/**
 * evaluateSet on a problem with choice nodes: the set's real nodes are the plan (choice nodes in
 * `nodes` are ignored, all of them are available); each must be obtainable and needed (without
 * it the goal is out of reach even with every choice node met when one of its ways is).
 */
function evaluateWithChoices(p: Problem, nodes: number[], by: Objective, minimal: boolean): Candidate | null {
  const real = nodes.filter((v) => v < p.real);
  const order = derivationOrder(p, withChoices(p, real));
  let obtained = 0;
  for (const v of order) if (v < p.real) obtained++;
  if (obtained !== real.length) return null;
  if (!minimal) {
    if (order.length > NEEDED_CHECK_LIMIT) return null;
    const flags = goalLandmarks(p, order);
    for (let i = 0; i < order.length; i++) if ((order[i] ?? 0) < p.real && flags[i] !== 1) return null;
  }
  return scored(
    p,
    real.sort((a, b) => a - b),
    order,
    by,
  );
}

/** The nodes a fixpoint's chosen ways lead back to from the goal. */
export function justificationClosure(p: Problem, via: Int32Array): number[] {
  const seen = flagsOf(p.scratch, 'closure').fill(0);
  const out: number[] = [];
  const stack = [p.goal];
  seen[p.goal] = 1;
  for (let v = stack.pop(); v !== undefined; v = stack.pop()) {
    out.push(v);
    const g = via[v] ?? -1;
    for (let c = p.condStart[g] ?? 0; g >= 0 && c < (p.condStart[g + 1] ?? 0); c++) {
      const u = p.condNode[c] ?? 0;
      if (seen[u] === 0) {
        seen[u] = 1;
        stack.push(u);
      }
    }
  }
  return out;
}

/** Work counted per member of a derivability pass (its ways, conditions and users). */
export const PROPAGATE_WORK = 8;

/** Sets up to this size are always made minimal; larger ones only while the work budget lasts. */
export const ALWAYS_MINIMISED = 2048;

/**
 * Drops nodes the goal does not need, one at a time in the given order, until none can go (a node
 * needed once stays needed as others go, so one pass gives a minimal set). A large set may stop
 * early when `work` runs out: it is then still a derivation of the goal, but `minimal` is false.
 * `always`: the size up to which the set is made minimal whatever the budget says.
 */
export function minimise(
  p: Problem,
  given: number[],
  order: (a: number, b: number) => number,
  work: Work,
  always = ALWAYS_MINIMISED,
): { nodes: number[]; minimal: boolean } {
  // Choice nodes are all in the set and never dropped; only the real nodes kept are returned.
  const choices = p.real < p.ids.length;
  const nodes = choices ? withChoices(p, given) : given;
  // Landmarks of the goal are needed in the set and in every subset that still yields the goal:
  // only the other nodes need a derivability test.
  const derivation = derivationOrder(p, nodes);
  const needed = new Set<number>();
  if (derivation.length <= NEEDED_CHECK_LIMIT) {
    goalLandmarks(p, derivation).forEach((flag, i) => {
      if (flag === 1) needed.add(derivation[i] ?? -1);
    });
  }
  work.spend(nodes.length * (1 + (nodes.length >>> 5)));
  const set = new SetSupport(p, nodes);
  try {
    const minimal = dropUnneeded(p, set, nodes, needed, order, work, always);
    return { nodes: nodes.filter((v) => set.has(v) && (!choices || v < p.real)), minimal };
  } finally {
    set.release();
  }
}

/**
 * minimise's loop: drops from `set` (holding `nodes`) each node the goal does without, in `order`;
 * false when the work ran out first.
 */
function dropUnneeded(
  p: Problem,
  set: SetSupport,
  nodes: readonly number[],
  needed: ReadonlySet<number>,
  order: (a: number, b: number) => number,
  work: Work,
  always: number,
): boolean {
  // One derivation of the goal inside the kept nodes: a node outside it can go without a test
  // (the derivation does not use it); a test that drops a node inside it gives the next one.
  // The work counted is what is done: a derivability test over the kept nodes, or one step.
  let [inDerivation, trial] = problemMarks(p);
  let keptCount = nodes.length;
  /** How many nodes the kept list last made had (each remake counted as a pass over the set). */
  let listed = nodes.length;
  const yields = set.goalSupport(-1, inDerivation);
  // Landmarks found as the set shrinks (see forcedLandmarks): their test would keep them, so it
  // is skipped.
  const inSet = set.flags;
  const forced = new Uint8Array(p.ids.length);
  /** Landmarks whose ways inside the set may have changed since they were last looked at. */
  const pending: number[] = [p.goal, ...needed];
  for (const v of pending) forced[v] = 1;
  /** Nodes found needed by a test since the landmarks were last found. */
  let failed = 0;
  for (const x of [...nodes].sort(order)) {
    if (x === p.goal || needed.has(x) || x >= p.real) continue;
    if (budgeted(nodes.length, always) && work.out()) return false;
    work.spend(1);
    if (!yields) continue;
    if (inDerivation.flags[x] === 1) {
      if (pending.length > 0) work.spend(forcedLandmarks(p, inSet, forced, pending));
      if (forced[x] === 1) continue;
      if (listed !== keptCount) {
        work.spend(nodes.length);
        listed = keptCount;
      }
      work.spend(PROPAGATE_WORK * keptCount);
      // Without x the goal needs another derivation: the test finds one or x stays.
      if (!set.goalSupport(x, trial)) {
        // x is a landmark now, and stays one as the set shrinks: what it needs whatever its way
        // is a landmark too (forcedLandmarks), and after a few such tests all landmarks are found
        // again at once, so that their tests (each a pass over the set) are not run one by one.
        forced[x] = 1;
        pending.push(x);
        if (++failed >= LANDMARKS_AGAIN_AFTER) {
          failed = 0;
          work.spend(
            addLandmarks(
              p,
              nodes.filter((v) => inSet[v] === 1),
              forced,
              pending,
            ),
          );
        }
        continue;
      }
      [inDerivation, trial] = [trial, inDerivation];
    }
    set.drop(x);
    keptCount--;
    // The landmarks with a way through x have one way fewer inside the set.
    for (let k = p.userStart[x] ?? 0; k < (p.userStart[x + 1] ?? 0); k++) {
      const y = p.wayOwner[p.condWay[p.userCond[k] ?? 0] ?? 0] ?? 0;
      if (forced[y] === 1) pending.push(y);
    }
  }
  return true;
}

/** How many nodes minimise finds needed by a test before it looks for every landmark again. */
export const LANDMARKS_AGAIN_AFTER = 8;

/**
 * Marks in `forced` (and queues in `pending`) every landmark of the goal in the set `kept`, which
 * yields it; returns the work done (counted as minimise counts the first landmark pass).
 */
function addLandmarks(p: Problem, kept: readonly number[], forced: Uint8Array, pending: number[]): number {
  const order = derivationOrder(p, kept);
  if (order.length > NEEDED_CHECK_LIMIT) return kept.length;
  goalLandmarks(p, order).forEach((flag, i) => {
    const v = order[i] ?? -1;
    if (flag === 1 && forced[v] === 0) {
      forced[v] = 1;
      pending.push(v);
    }
  });
  return kept.length * (2 + (kept.length >>> 5));
}

/**
 * Adds to `forced` the landmarks of the goal that follow from the landmarks in `pending` (emptied)
 * inside the set `inSet` (which must still yield the goal): a condition that every way of a
 * landmark met inside the set asks for is a landmark too, since any derivation obtains the
 * landmark by one of those ways. Sound, not complete; landmarks stay landmarks as the set shrinks.
 * Returns the ways and conditions looked at (work done).
 */
function forcedLandmarks(p: Problem, inSet: Uint8Array, forced: Uint8Array, pending: number[]): number {
  const shared: number[] = [];
  let looked = 0;
  for (let i = 0; i < pending.length; i++) {
    const y = pending[i] ?? 0;
    let usable = 0;
    shared.length = 0;
    for (let g = p.wayStart[y] ?? 0; g < (p.wayStart[y + 1] ?? 0); g++) {
      const from = p.condStart[g] ?? 0;
      const to = p.condStart[g + 1] ?? 0;
      looked += 1 + to - from;
      let inside = true;
      for (let c = from; c < to && inside; c++) inside = inSet[p.condNode[c] ?? 0] === 1;
      if (!inside) continue;
      if (usable++ === 0) {
        for (let c = from; c < to; c++) shared.push(p.condNode[c] ?? 0);
        continue;
      }
      let keep = 0;
      for (const u of shared) {
        let found = false;
        for (let c = from; c < to && !found; c++) found = p.condNode[c] === u;
        if (found) shared[keep++] = u;
      }
      shared.length = keep;
      if (keep === 0) break;
    }
    for (const u of shared) {
      if (forced[u] === 0) {
        forced[u] = 1;
        pending.push(u);
      }
    }
  }
  pending.length = 0;
  return looked;
}

const budgeted = (size: number, always: number): boolean => size > always;

/**
 * Whether the goal's plan is forced: every node the first pass's chosen ways lead back to has
 * exactly one way. Then that closure is the only minimal plan (each node is needed by the one way
 * of the node above it), and no search is needed.
 */
export function forcedClosure(p: Problem, via: Int32Array): number[] | null {
  const closure = justificationClosure(p, via);
  for (const v of closure) if ((p.wayStart[v + 1] ?? 0) - (p.wayStart[v] ?? 0) !== 1) return null;
  return closure;
}
