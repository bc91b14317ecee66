// How plans are ranked: the lexicographic key (objectives in ranking order, then node ids) and
// the list of the k best plans found so far.

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
  /**
   * The nodes of the timing pass that scored it (its nodes, with every choice node when the
   * problem has them): knuth(p, 'max', p.months, members) gives its earliest finish times and
   * the way that gave each, made again for the plans returned (see toPlan) rather than kept for
   * every candidate scored.
   */
  members: readonly number[];
}

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

/** The k best candidates offered so far, best first, one per key; remembers which sets were tried. */
export class TopK {
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
