// Branch and bound over the one-of choices in the goal's ancestry: finds the k best minimal plans
// by the lexicographic key, exactly while the search budget lasts.

import { completionBound, derivable, derivationOrder, type Fixpoint, knuth } from './knuth';
import type { Problem } from './problem';
import type { Objective } from './types';

/** The ranking key of a plan, objective values in ranking order, then the node indices (= id order). */
export interface Key {
  nums: [number, number, number];
  nodes: number[];
}

export interface Candidate {
  /** Node indices, ascending (which is id order). */
  nodes: number[];
  key: Key;
  totals: { months: number; cost: number; steps: number };
  /** Earliest finish times inside the plan and the way that gave each. */
  times: Fixpoint;
}

export interface SearchResult {
  plans: Candidate[];
  /** False when the budget ran out before the search proved the plans the best. */
  optimal: boolean;
}

/** Search nodes the branch and bound may expand before it settles for the best found. */
export const DEFAULT_BUDGET = 20_000;

/** The objectives in ranking order for `by`: the chosen one, then the other two as months, cost, steps. */
export function rankingOrder(by: Objective): [Objective, Objective, Objective] {
  const rest = (['months', 'cost', 'steps'] as const).filter((o) => o !== by);
  return [by, rest[0] ?? 'months', rest[1] ?? 'steps'];
}

export function compareKeys(a: Key, b: Key): number {
  for (let i = 0; i < 3; i++) {
    const d = (a.nums[i] ?? 0) - (b.nums[i] ?? 0);
    if (d !== 0) return d;
  }
  const len = Math.min(a.nodes.length, b.nodes.length);
  for (let i = 0; i < len; i++) {
    const d = (a.nodes[i] ?? 0) - (b.nodes[i] ?? 0);
    if (d !== 0) return d;
  }
  return a.nodes.length - b.nodes.length;
}

/**
 * Scores a set of nodes as a plan: null unless the goal is derivable from it and every node is
 * needed (without any one of them the goal is out of reach).
 */
export function evaluateSet(p: Problem, nodes: number[], by: Objective): Candidate | null {
  // Every node must be obtainable and needed: then the order has them all and the goal last.
  const order = derivationOrder(p, nodes);
  if (order.length !== nodes.length || !everyNodeNeeded(p, order)) return null;
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

const positions = new WeakMap<Problem, Int32Array>();

/**
 * Whether the goal needs every node of the set: each must be a landmark of the goal, i.e. in
 * every derivation of it inside the set. Landmarks of an AND/OR graph are the greatest fixpoint
 * of LM(v) = {v} ∪ ⋂ over usable ways ⋃ over their conditions LM(c), starting from "everything"
 * (Keyder, Richter and Helmert, "Sound and complete landmarks for and/or graphs", ECAI 2010);
 * one pass of this replaces a derivability test per node. `order`: the set, each node after
 * what it needs (so one pass mostly settles it).
 */
function everyNodeNeeded(p: Problem, order: readonly number[]): boolean {
  const m = order.length;
  const words = (m + 31) >>> 5;
  let pos = positions.get(p);
  if (pos === undefined) {
    pos = new Int32Array(p.ids.length).fill(-1);
    positions.set(p, pos);
  }
  order.forEach((v, i) => {
    (pos as Int32Array)[v] = i;
  });
  const all = m <= 32 ? neededSmall(p, order, pos) : neededLarge(p, order, pos, words);
  for (const v of order) pos[v] = -1;
  return all;
}

/** Runs `update` over positions 0..m-1, sweep after sweep, until a whole sweep changes nothing. */
function sweepUntilStable(m: number, update: (i: number) => boolean): void {
  let changed = true;
  while (changed) {
    changed = false;
    for (let i = 0; i < m; i++) if (update(i)) changed = true;
  }
}

/** The same on sets of up to 32 nodes, one machine word each. */
function neededSmall(p: Problem, order: readonly number[], pos: Int32Array): boolean {
  const m = order.length;
  const lm = new Int32Array(m).fill(-1);
  sweepUntilStable(m, (i) => {
    const v = order[i] ?? 0;
    let usable = false;
    let acc = -1;
    for (let g = p.wayStart[v] ?? 0; g < (p.wayStart[v + 1] ?? 0); g++) {
      let union = 0;
      let ok = true;
      for (let c = p.condStart[g] ?? 0; c < (p.condStart[g + 1] ?? 0); c++) {
        const j = pos[p.condNode[c] ?? 0] ?? -1;
        if (j < 0) {
          ok = false;
          break;
        }
        union |= lm[j] ?? 0;
      }
      if (!ok) continue;
      usable = true;
      acc &= union;
    }
    if (!usable) return false;
    acc |= 1 << i;
    if (lm[i] === acc) return false;
    lm[i] = acc;
    return true;
  });
  const everything = m === 32 ? -1 : ((1 << m) - 1) | 0;
  return ((lm[pos[p.goal] ?? 0] ?? 0) & everything) === everything;
}

function neededLarge(p: Problem, order: readonly number[], pos: Int32Array, words: number): boolean {
  const m = order.length;
  const lm = new Uint32Array(m * words).fill(0xffffffff);
  const acc = new Uint32Array(words);
  const union = new Uint32Array(words);
  sweepUntilStable(m, (i) => {
    const v = order[i] ?? 0;
    let usable = false;
    acc.fill(0xffffffff);
    for (let g = p.wayStart[v] ?? 0; g < (p.wayStart[v + 1] ?? 0); g++) {
      let ok = true;
      union.fill(0);
      for (let c = p.condStart[g] ?? 0; c < (p.condStart[g + 1] ?? 0) && ok; c++) {
        const u = p.condNode[c] ?? 0;
        const j = pos[u] ?? -1;
        if (j < 0) ok = false;
        else for (let w = 0; w < words; w++) union[w] = (union[w] ?? 0) | (lm[j * words + w] ?? 0);
      }
      if (!ok) continue;
      usable = true;
      for (let w = 0; w < words; w++) acc[w] = (acc[w] ?? 0) & (union[w] ?? 0);
    }
    if (!usable) return false;
    acc[i >>> 5] = (acc[i >>> 5] ?? 0) | (1 << (i & 31));
    let changed = false;
    for (let w = 0; w < words; w++) {
      if (lm[i * words + w] !== acc[w]) {
        lm[i * words + w] = acc[w] ?? 0;
        changed = true;
      }
    }
    return changed;
  });
  const goal = pos[p.goal] ?? 0;
  let all = true;
  for (let i = 0; i < m && all; i++) all = (((lm[goal * words + (i >>> 5)] ?? 0) >>> (i & 31)) & 1) === 1;
  return all;
}

/** The nodes a fixpoint's chosen ways lead back to from the goal. */
function justificationClosure(p: Problem, via: Int32Array): number[] {
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

/** Drops nodes the goal does not need, one at a time in the given order, until none can go. */
function minimise(p: Problem, nodes: number[], order: (a: number, b: number) => number): number[] {
  let kept = [...nodes];
  for (const x of [...nodes].sort(order)) {
    if (x !== p.goal && derivable(p, kept, x)) kept = kept.filter((v) => v !== x);
  }
  return kept;
}

class TopK {
  readonly items: Candidate[] = [];
  private readonly seen = new Set<string>();
  constructor(private readonly k: number) {}
  full(): boolean {
    return this.items.length >= this.k;
  }
  worst(): Key | undefined {
    return this.full() ? this.items[this.items.length - 1]?.key : undefined;
  }
  /** Whether this set has been scored already (then it need not be scored again). */
  tried(signature: string): boolean {
    if (this.seen.has(signature)) return true;
    this.seen.add(signature);
    return false;
  }
  offer(c: Candidate): void {
    if (this.items.some((x) => compareKeys(x.key, c.key) === 0)) return;
    let i = this.items.length;
    while (i > 0 && compareKeys(c.key, this.items[i - 1]?.key ?? c.key) < 0) i--;
    if (i >= this.k) return;
    this.items.splice(i, 0, c);
    if (this.items.length > this.k) this.items.pop();
  }
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
 * minimised justifications of the relaxed passes, and for k > 1 the same without each step of
 * the best, so that k plans are known (and branches can be cut) from the start.
 */
export function searchPlans(p: Problem, by: Objective, k: number, budget = DEFAULT_BUDGET): SearchResult {
  const n = p.ids.length;
  const order = rankingOrder(by);
  const top = new TopK(k);
  const consider = (nodes: number[]): void => {
    const signature = [...nodes].sort((a, b) => a - b).join(',');
    if (top.tried(signature)) return;
    const c = evaluateSet(p, nodes, by);
    if (c !== null) top.offer(c);
  };

  // Starting points: the justifications of the three relaxed passes, made minimal.
  const ones = new Float64Array(n).fill(1);
  const freeMonths = knuth(p, 'max', p.months);
  const freeCost = knuth(p, 'sum', p.cost);
  const freeSteps = knuth(p, 'sum', ones);
  const weightOf: Record<Objective, Float64Array> = { months: p.months, cost: p.cost, steps: ones };
  const heavyFirst = (a: number, b: number): number =>
    (weightOf[by][b] ?? 0) - (weightOf[by][a] ?? 0) || a - b;
  for (const fix of [freeMonths, freeCost, freeSteps]) {
    consider(minimise(p, justificationClosure(p, fix.via), heavyFirst));
  }
  // With k > 1 nothing can be cut until k plans are known: seed them with the same passes run
  // without each step of the best plan so far (cheap, and usually close to the next best).
  if (k > 1) {
    const all = Array.from({ length: n }, (_, i) => i);
    const best = top.items[0]?.nodes ?? [];
    for (const x of best) {
      if (x === p.goal) continue;
      const without = all.filter((v) => v !== x);
      for (const [mode, weight] of [
        ['max', p.months],
        ['sum', by === 'steps' ? ones : p.cost],
      ] as const) {
        const fix = knuth(p, mode, weight, without);
        if (Number.isFinite(fix.value[p.goal] ?? Number.POSITIVE_INFINITY)) {
          consider(minimise(p, justificationClosure(p, fix.via), heavyFirst));
        }
      }
    }
  }

  const choice = new Int32Array(n).fill(-1);
  const inSet = new Uint8Array(n);
  const members: number[] = [];
  let setCost = 0;
  const stamp = new Int32Array(n);
  let stampNow = 0;
  let expanded = 0;
  let exhausted = false;

  const add = (u: number): void => {
    inSet[u] = 1;
    members.push(u);
    setCost += p.cost[u] ?? 0;
  };
  const removeTo = (size: number): void => {
    while (members.length > size) {
      const u = members.pop() ?? 0;
      inSet[u] = 0;
      setCost -= p.cost[u] ?? 0;
    }
  };
  /** Whether `target` can be reached from `from` through the committed choices. */
  const reaches = (from: number, target: number): boolean => {
    stampNow++;
    const stack = [from];
    stamp[from] = stampNow;
    for (let v = stack.pop(); v !== undefined; v = stack.pop()) {
      if (v === target) return true;
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
  const wayScore = (g: number): number => {
    let score = by === 'months' ? (p.wayBase[g] ?? 0) : 0;
    for (let c = p.condStart[g] ?? 0; c < (p.condStart[g + 1] ?? 0); c++) {
      const u = p.condNode[c] ?? 0;
      if (by === 'months') score = Math.max(score, (freeMonths.value[u] ?? 0) + (p.condDelay[c] ?? 0));
      else if (inSet[u] === 0) score += (by === 'cost' ? freeCost : freeSteps).value[u] ?? 0;
    }
    return score;
  };

  // Earliest goal time with the committed ways and free choices below the open nodes: a lower
  // bound on the months of every plan whose own justification extends the committed choices.
  const bound = new Float64Array(n);
  const boundStamp = new Int32Array(n);
  let boundNow = 0;
  /** The condition that sets each committed node's bound: following it from the goal gives the critical path. */
  const critical = new Int32Array(n);
  const boundOf = (v: number): number => {
    if (boundStamp[v] === boundNow) return bound[v] ?? 0;
    const local = choice[v] ?? -1;
    let t = freeMonths.value[v] ?? 0;
    critical[v] = -1;
    if (local >= 0) {
      const g = (p.wayStart[v] ?? 0) + local;
      let ready = p.wayBase[g] ?? 0;
      for (let c = p.condStart[g] ?? 0; c < (p.condStart[g + 1] ?? 0); c++) {
        const u = p.condNode[c] ?? 0;
        const at = boundOf(u) + (p.condDelay[c] ?? 0);
        if (at > ready) {
          ready = at;
          critical[v] = u;
        }
      }
      t = Math.max(t, (p.months[v] ?? 0) + ready);
    }
    boundStamp[v] = boundNow;
    bound[v] = t;
    return t;
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
  const monthsBound = (): number => {
    boundNow++;
    return boundOf(p.goal);
  };

  // Per-visit facts the bounds read: the open nodes and their one-level completions.
  const open: number[] = [];
  let extraCost = 0;
  let extraSteps = 0;
  /** Lower bounds for each objective, cheapest first; `limit` lets the dear ones stop early. */
  const lowerBounds: Record<Objective, ((limit: number) => number)[]> = {
    cost: [
      () => setCost + extraCost,
      (limit) => setCost + completionBound(p, inSet, open, p.cost, limit - setCost),
    ],
    steps: [
      () => members.length + extraSteps,
      (limit) => members.length + completionBound(p, inSet, open, ones, limit - members.length),
    ],
    months: [monthsBound],
  };
  /** Whether some lower bound already ranks this branch after `worst`. */
  const cut = (worst: Key): boolean => {
    for (let i = 0; i < 3; i++) {
      const limit = worst.nums[i] ?? 0;
      let best = Number.NEGATIVE_INFINITY;
      for (const bound of lowerBounds[order[i] ?? 'months']) {
        best = Math.max(best, bound(limit));
        if (best > limit) return true;
      }
      if (best < limit) return false;
    }
    return false;
  };

  const visit = (): void => {
    if (exhausted) return;
    if (++expanded > budget) {
      exhausted = true;
      return;
    }
    // The open node to branch on (fewest ways first), the one-level completion bounds, and
    // whether any node could be obtained inside the set otherwise than by its committed way
    // (if none can, the set cannot yield the goal before its open nodes are settled).
    let pick = -1;
    let pickWays = Number.POSITIVE_INFINITY;
    let inside = false;
    extraCost = 0;
    extraSteps = 0;
    open.length = 0;
    for (const v of members) {
      const first = p.wayStart[v] ?? 0;
      const last = p.wayStart[v + 1] ?? 0;
      const chosen = choice[v] ?? -1;
      if (chosen >= 0) {
        for (let g = first; g < last && !inside; g++) {
          if (g - first === chosen) continue;
          let all = true;
          for (let c = p.condStart[g] ?? 0; c < (p.condStart[g + 1] ?? 0) && all; c++) {
            all = inSet[p.condNode[c] ?? 0] === 1;
          }
          inside = all;
        }
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
            ws++;
          }
        }
        minCost = Math.min(minCost, wc);
        minSteps = Math.min(minSteps, ws);
      }
      if (minSteps === 0) inside = true;
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
      consider(members);
      return;
    }
    if (pickWays === 0) return;
    const worst = top.worst();
    if (worst !== undefined && cut(worst)) return;
    // Everything committed already yields the goal: any further node would be removable.
    if (inside && derivable(p, members)) {
      consider(members);
      return;
    }
    const first = p.wayStart[pick] ?? 0;
    const ways: { g: number; score: number }[] = [];
    for (let g = first; g < (p.wayStart[pick + 1] ?? 0); g++) ways.push({ g, score: wayScore(g) });
    ways.sort((a, b) => a.score - b.score || a.g - b.g);
    const size = members.length;
    for (const { g } of ways) {
      let cyclic = false;
      for (let c = p.condStart[g] ?? 0; c < (p.condStart[g + 1] ?? 0) && !cyclic; c++) {
        const u = p.condNode[c] ?? 0;
        cyclic = u === pick || ((choice[u] ?? -1) >= 0 && reaches(u, pick));
      }
      if (cyclic) continue;
      choice[pick] = g - first;
      for (let c = p.condStart[g] ?? 0; c < (p.condStart[g + 1] ?? 0); c++) {
        const u = p.condNode[c] ?? 0;
        if (inSet[u] === 0) add(u);
      }
      visit();
      removeTo(size);
      choice[pick] = -1;
      if (exhausted) return;
    }
  };
  add(p.goal);
  visit();
  return { plans: top.items, optimal: !exhausted && !p.truncated };
}
