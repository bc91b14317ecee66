// Sets of nodes as candidate plans: scoring one (derivable, every node needed, totals and key),
// the set a relaxed pass's chosen ways lead back to, and making a set minimal.

import { derivationOrder, goalSupport, knuth } from './derivations';
import { everyNodeNeeded, goalLandmarks, NEEDED_CHECK_LIMIT } from './landmarks';
import type { Problem } from './problem';
import { type Candidate, rankingOrder } from './ranking';
import type { Objective } from './types';
import type { Work } from './work';

/**
 * Scores a set of nodes as a plan: null unless the goal is derivable from it and every node is
 * needed (without any one of them the goal is out of reach). `minimal`: the set is known to be
 * minimal already (made so by `minimise`), which skips the needed check.
 */
export function evaluateSet(p: Problem, nodes: number[], by: Objective, minimal = false): Candidate | null {
  // Every node must be obtainable and needed: then the order has them all and the goal last.
  const order = derivationOrder(p, nodes);
  if (order.length !== nodes.length) return null;
  if (!minimal && (nodes.length > NEEDED_CHECK_LIMIT || !everyNodeNeeded(p, order))) return null;
  const times = knuth(p, 'max', p.months, nodes);
  const sorted = [...nodes].sort((a, b) => a - b);
  let months = 0;
  let cost = 0;
  for (const v of sorted) {
    months = Math.max(months, times.value[v] ?? 0);
    cost += p.cost[v] ?? 0;
  }
  const totals = { months, cost, steps: sorted.length };
  const [a, b, c] = rankingOrder(by);
  return { nodes: sorted, key: { nums: [totals[a], totals[b], totals[c]], nodes: sorted }, totals, times };
}

/** The nodes a fixpoint's chosen ways lead back to from the goal. */
export function justificationClosure(p: Problem, via: Int32Array): number[] {
  const seen = new Uint8Array(p.ids.length);
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
  nodes: number[],
  order: (a: number, b: number) => number,
  work: Work,
  always = ALWAYS_MINIMISED,
): { nodes: number[]; minimal: boolean } {
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
  // One derivation of the goal inside the kept nodes: a node outside it can go without a test
  // (the derivation does not use it); a test that drops a node inside it gives the next one.
  // The work counted is what is done: a derivability test over the kept nodes, or one step.
  let inDerivation = new Uint8Array(p.ids.length);
  let trial = new Uint8Array(p.ids.length);
  const support = new Int32Array(p.ids.length);
  const dropped = new Uint8Array(p.ids.length);
  let keptCount = nodes.length;
  const kept = (): number[] => nodes.filter((v) => dropped[v] === 0);
  let current = nodes;
  const yields = goalSupport(p, nodes, -1, inDerivation, support);
  // Landmarks found as the set shrinks (see forcedLandmarks): their test would keep them, so it
  // is skipped.
  const inSet = new Uint8Array(p.ids.length);
  for (const v of nodes) inSet[v] = 1;
  const forced = new Uint8Array(p.ids.length);
  /** Landmarks whose ways inside the set may have changed since they were last looked at. */
  const pending: number[] = [p.goal, ...needed];
  for (const v of pending) forced[v] = 1;
  for (const x of [...nodes].sort(order)) {
    if (x === p.goal || needed.has(x)) continue;
    if (budgeted(nodes.length, always) && work.out()) return { nodes: kept(), minimal: false };
    work.spend(1);
    if (!yields) continue;
    if (inDerivation[x] === 1) {
      if (pending.length > 0) work.spend(forcedLandmarks(p, inSet, forced, pending));
      if (forced[x] === 1) continue;
      if (current.length !== keptCount) {
        work.spend(nodes.length);
        current = kept();
      }
      work.spend(PROPAGATE_WORK * keptCount);
      // Without x the goal needs another derivation: the test finds one or x stays.
      if (!goalSupport(p, current, x, trial, support)) continue;
      [inDerivation, trial] = [trial, inDerivation];
    }
    dropped[x] = 1;
    inSet[x] = 0;
    keptCount--;
    // The landmarks with a way through x have one way fewer inside the set.
    for (let k = p.userStart[x] ?? 0; k < (p.userStart[x + 1] ?? 0); k++) {
      const y = p.wayOwner[p.condWay[p.userCond[k] ?? 0] ?? 0] ?? 0;
      if (forced[y] === 1) pending.push(y);
    }
  }
  return { nodes: kept(), minimal: true };
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
