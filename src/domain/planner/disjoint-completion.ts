// A completion bound that adds up over open nodes whose completions cannot share nodes: what
// completionBound (a max over the open nodes) misses on all-of requirements over one-of groups.

import { chainPass } from './derivations';
import type { Problem } from './problem';
import { listOf } from './scratch';

/** Region label of a node below two or more open nodes. */
const SHARED = -2;
/** Region label of a node below no open node. */
const OUTSIDE = -1;

/**
 * Labels each node outside the set by the open nodes above it, going down through conditions and
 * stopping at the set's nodes: the open node's position in `open` when it is the only one,
 * SHARED when there are more, OUTSIDE when there are none. `looked` counts the conditions read.
 */
export function regionsBelow(
  p: Problem,
  inSet: Uint8Array,
  open: readonly number[],
  /** The array to label in (written over), of p.ids.length. */
  into: Int32Array = new Int32Array(p.ids.length),
): { owner: Int32Array; looked: number } {
  const owner = into.fill(OUTSIDE);
  const stack = listOf(p.scratch, 'regions');
  let looked = 0;
  /** Pushes each condition of `v`'s ways outside the set whose label changes to `label` or SHARED. */
  const spread = (v: number, label: number): void => {
    for (let g = p.wayStart[v] ?? 0; g < (p.wayStart[v + 1] ?? 0); g++) {
      const to = p.condStart[g + 1] ?? 0;
      looked += 1 + to - (p.condStart[g] ?? 0);
      for (let c = p.condStart[g] ?? 0; c < to; c++) {
        const u = p.condNode[c] ?? 0;
        const was = owner[u] ?? OUTSIDE;
        if (inSet[u] === 1 || was === label || was === SHARED) continue;
        // Each node changes label at most twice (to one open node, then to SHARED).
        owner[u] = was === OUTSIDE ? label : SHARED;
        stack.push(u);
      }
    }
  };
  for (let i = 0; i < open.length; i++) {
    spread(open[i] ?? 0, i);
    while (stack.length > 0) {
      const v = stack.pop();
      spread(v, owner[v] ?? SHARED);
    }
  }
  return { owner, looked };
}

/**
 * Per open node, a lower bound on the `weight` (a node weight ≥ 0) of the nodes outside the set
 * that any derivation of it from the set must hold: the larger of completionBound's chain term and
 * the cheapest way's sum over its conditions outside the set. Values settled past `cap` read as at
 * least the pass's floor, which keeps them lower bounds.
 */
function openTerms(
  p: Problem,
  inSet: Uint8Array,
  open: readonly number[],
  weight: Float64Array,
  cap: number,
): Float64Array {
  const { value, floor } = chainPass(p, inSet, weight, cap);
  const done = p.scratch.got;
  const terms = new Float64Array(open.length);
  for (let i = 0; i < open.length; i++) {
    const o = open[i] ?? 0;
    let best = Number.POSITIVE_INFINITY;
    for (let g = p.wayStart[o] ?? 0; g < (p.wayStart[o + 1] ?? 0); g++) {
      let worst = 0;
      let sum = 0;
      for (let c = p.condStart[g] ?? 0; c < (p.condStart[g + 1] ?? 0); c++) {
        const u = p.condNode[c] ?? 0;
        if (inSet[u] === 1) continue;
        worst = Math.max(worst, done[u] === 1 ? (value[u] ?? 0) : Math.min(floor, value[u] ?? 0));
        sum += weight[u] ?? 0;
      }
      best = Math.min(best, Math.max(worst, sum));
    }
    terms[i] = best;
  }
  return terms;
}

/**
 * A lower bound on what completing the open nodes still adds (in `weight`, each ≥ 0), given that
 * the nodes in `inSet` are already counted and every completion holds them. Why it is one: take a
 * plan holding the set, and in it a derivation of each open node o, followed down only to the
 * set's nodes; its nodes outside the set lie below o (regionsBelow). The nodes below o alone
 * (private to o) are in no other open node's derivation, so the plan's weight outside the set is
 * at least the sum over the open nodes of each derivation's private weight, plus the weight of the
 * shared nodes, which is at least any one derivation's shared weight. Each derivation's private
 * (shared) weight is at least o's term with every other node at weight 0 (openTerms). Hence: the
 * sum of the private terms plus the largest shared term. When no node is shared this is the sum
 * over independent one-of choices; when all are, completionBound's max.
 * `cap`: the caller only needs to know whether the bound exceeds it (the answer may stop early).
 * `passes` counts the passes over the whole problem made (0–2); `looked` the conditions read.
 */
export function disjointCompletionBound(
  p: Problem,
  inSet: Uint8Array,
  open: readonly number[],
  weight: ArrayLike<number>,
  cap = Number.POSITIVE_INFINITY,
): { bound: number; passes: number; looked: number } {
  const regions = weightsByRegion(p, inSet, open, weight);
  return { ...disjointBoundOf(p, inSet, open, regions, cap), looked: regions.looked };
}

/** The regions below the open nodes (regionsBelow) and whether each kind of region weighs anything. */
export interface RegionWeights {
  owner: Int32Array;
  weight: ArrayLike<number>;
  /** Whether a node below one open node only weighs anything. */
  anyOwn: boolean;
  /** Whether a node below two or more open nodes weighs anything (else the shared term is 0). */
  anyShared: boolean;
  /** Conditions read. */
  looked: number;
}

export function weightsByRegion(
  p: Problem,
  inSet: Uint8Array,
  open: readonly number[],
  weight: ArrayLike<number>,
  /** The array to label the regions in (see regionsBelow). */
  into?: Int32Array,
): RegionWeights {
  const { owner, looked } = regionsBelow(p, inSet, open, into);
  let anyOwn = false;
  let anyShared = false;
  for (let v = 0; v < p.ids.length; v++) {
    const label = owner[v] ?? OUTSIDE;
    if (label === OUTSIDE || !((weight[v] ?? 0) > 0)) continue;
    if (label >= 0) anyOwn = true;
    else anyShared = true;
  }
  return { owner, weight, anyOwn, anyShared, looked };
}

/** disjointCompletionBound from the regions (see there); `passes` as there. */
export function disjointBoundOf(
  p: Problem,
  inSet: Uint8Array,
  open: readonly number[],
  { owner, weight, anyOwn, anyShared }: RegionWeights,
  cap = Number.POSITIVE_INFINITY,
): { bound: number; passes: number } {
  /** `weight` on the nodes whose label `keep` accepts, 0 elsewhere. */
  const only = (keep: (label: number) => boolean): Float64Array => {
    const w = new Float64Array(p.ids.length);
    for (let v = 0; v < w.length; v++) if (keep(owner[v] ?? OUTSIDE)) w[v] = weight[v] ?? 0;
    return w;
  };
  let bound = 0;
  let passes = 0;
  if (anyOwn) {
    passes++;
    for (const t of openTerms(
      p,
      inSet,
      open,
      only((label) => label >= 0),
      cap,
    ))
      bound += t;
  }
  if (anyShared && bound <= cap && Number.isFinite(bound)) {
    passes++;
    let most = 0;
    const shared = only((label) => label === SHARED);
    for (const t of openTerms(p, inSet, open, shared, cap - bound)) most = Math.max(most, t);
    bound += most;
  }
  return { bound, passes };
}

/**
 * An upper bound on disjointCompletionBound(p, inSet, open, weight, cap) from `chains` =
 * chainValues(p, weight), without a pass over the problem: each open node's term with every node
 * at its full weight and its value for the empty set (terms only grow with the weights and shrink
 * as the set grows), summed, plus the largest. `sum` leaves the largest out: the upper bound when
 * no node below two open nodes weighs anything (RegionWeights.anyShared). `looked` counts the
 * conditions read.
 */
export function disjointCeiling(
  p: Problem,
  inSet: Uint8Array,
  open: readonly number[],
  weight: ArrayLike<number>,
  chains: Float64Array,
): { ceiling: number; sum: number; looked: number } {
  let sum = 0;
  let most = 0;
  let looked = 0;
  for (const o of open) {
    let best = Number.POSITIVE_INFINITY;
    for (let g = p.wayStart[o] ?? 0; g < (p.wayStart[o + 1] ?? 0); g++) {
      let worst = 0;
      let total = 0;
      const to = p.condStart[g + 1] ?? 0;
      for (let c = p.condStart[g] ?? 0; c < to; c++) {
        const u = p.condNode[c] ?? 0;
        if (inSet[u] === 1) continue;
        worst = Math.max(worst, chains[u] ?? 0);
        total += weight[u] ?? 0;
      }
      looked += 1 + to - (p.condStart[g] ?? 0);
      best = Math.min(best, Math.max(worst, total));
    }
    sum += best;
    most = Math.max(most, best);
  }
  return { ceiling: sum + most, sum, looked };
}

/**
 * One level of disjointCompletionBound, without a pass over the problem: each open node's
 * cheapest way by the `weight` of its conditions outside the set, where a condition of two open
 * nodes' ways counts only in a max. Sound because a plan holds one way of each open node with its
 * conditions, and the conditions named by one open node only are distinct nodes of the plan.
 * `owner` is per-node working space, all -1 (OUTSIDE), and left so.
 */
export function oneLevelDisjoint(
  p: Problem,
  inSet: Uint8Array,
  open: readonly number[],
  weight: ArrayLike<number>,
  owner: Int32Array,
): { bound: number; looked: number } {
  const { own, shared, looked } = levelTerms(p, inSet, open, weight, owner);
  let sum = 0;
  let most = 0;
  for (let i = 0; i < open.length; i++) {
    sum += own[i] ?? 0;
    most = Math.max(most, shared[i] ?? 0);
  }
  return { bound: sum + most, looked };
}

/** Labels each condition outside the set of the open nodes' ways by the one open node naming it, or SHARED. */
function markOwners(p: Problem, inSet: Uint8Array, open: readonly number[], owner: Int32Array): void {
  for (let i = 0; i < open.length; i++) {
    const o = open[i] ?? 0;
    for (let c = p.condStart[p.wayStart[o] ?? 0] ?? 0; c < (p.condStart[p.wayStart[o + 1] ?? 0] ?? 0); c++) {
      const u = p.condNode[c] ?? 0;
      const was = owner[u] ?? OUTSIDE;
      if (inSet[u] === 0 && was !== i) owner[u] = was === OUTSIDE ? i : SHARED;
    }
  }
}

/** Sets `owner` back to OUTSIDE where markOwners wrote. */
function clearOwners(p: Problem, open: readonly number[], owner: Int32Array): void {
  for (const o of open) {
    for (let c = p.condStart[p.wayStart[o] ?? 0] ?? 0; c < (p.condStart[p.wayStart[o + 1] ?? 0] ?? 0); c++) {
      owner[p.condNode[c] ?? 0] = OUTSIDE;
    }
  }
}

/**
 * Per open node (by position in `open`): its cheapest way by the `weight` of its conditions
 * outside the set that no other open node names (`own`), and by those that another one names too
 * (`shared`). `owner` as in oneLevelDisjoint.
 */
export function levelTerms(
  p: Problem,
  inSet: Uint8Array,
  open: readonly number[],
  weight: ArrayLike<number>,
  owner: Int32Array,
): { own: Float64Array; shared: Float64Array; looked: number } {
  let looked = 0;
  markOwners(p, inSet, open, owner);
  const ownTerms = new Float64Array(open.length);
  const sharedTerms = new Float64Array(open.length);
  for (let i = 0; i < open.length; i++) {
    const o = open[i] ?? 0;
    let bestOwn = Number.POSITIVE_INFINITY;
    let bestShared = Number.POSITIVE_INFINITY;
    for (let g = p.wayStart[o] ?? 0; g < (p.wayStart[o + 1] ?? 0); g++) {
      let own = 0;
      let shared = 0;
      const to = p.condStart[g + 1] ?? 0;
      for (let c = p.condStart[g] ?? 0; c < to; c++) {
        const u = p.condNode[c] ?? 0;
        if (inSet[u] === 1) continue;
        if (owner[u] === SHARED) shared += weight[u] ?? 0;
        else own += weight[u] ?? 0;
      }
      looked += 2 + to - (p.condStart[g] ?? 0);
      bestOwn = Math.min(bestOwn, own);
      bestShared = Math.min(bestShared, shared);
    }
    ownTerms[i] = bestOwn;
    sharedTerms[i] = bestShared;
  }
  clearOwners(p, open, owner);
  return { own: ownTerms, shared: sharedTerms, looked };
}

/**
 * levelTerms' `own` for two weights at once (`a` and `b`), in one sweep over the open nodes'
 * ways; `looked` counts what the two levelTerms calls would.
 */
export function ownTermsOf(
  p: Problem,
  inSet: Uint8Array,
  open: readonly number[],
  a: ArrayLike<number>,
  b: ArrayLike<number>,
  owner: Int32Array,
): { a: Float64Array; b: Float64Array; looked: number } {
  let looked = 0;
  markOwners(p, inSet, open, owner);
  const termsA = new Float64Array(open.length);
  const termsB = new Float64Array(open.length);
  for (let i = 0; i < open.length; i++) {
    const o = open[i] ?? 0;
    let bestA = Number.POSITIVE_INFINITY;
    let bestB = Number.POSITIVE_INFINITY;
    for (let g = p.wayStart[o] ?? 0; g < (p.wayStart[o + 1] ?? 0); g++) {
      let ownA = 0;
      let ownB = 0;
      const to = p.condStart[g + 1] ?? 0;
      for (let c = p.condStart[g] ?? 0; c < to; c++) {
        const u = p.condNode[c] ?? 0;
        if (inSet[u] === 1 || owner[u] === SHARED) continue;
        ownA += a[u] ?? 0;
        ownB += b[u] ?? 0;
      }
      looked += 2 * (2 + to - (p.condStart[g] ?? 0));
      bestA = Math.min(bestA, ownA);
      bestB = Math.min(bestB, ownB);
    }
    termsA[i] = bestA;
    termsB[i] = bestB;
  }
  clearOwners(p, open, owner);
  return { a: termsA, b: termsB, looked };
}
