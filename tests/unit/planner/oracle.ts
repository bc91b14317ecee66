// Brute-force oracle for the planner, written straight from the spec and independent of its code:
// every subset of the goal's ancestors, the least fixpoint on requirement trees, minimality, key.

import { isAllOf, isAnyOf, isExperience } from '../../../src/domain/requirement';
import type { CareerGraphFile, CareerNode, Requirement, Situation } from '../../../src/domain/types';

export type Objective = 'months' | 'cost' | 'steps';
export interface OraclePlan {
  ids: string[];
  months: number;
  cost: number;
  steps: number;
}

const INF = Number.POSITIVE_INFINITY;

export class World {
  readonly nodes: Map<string, CareerNode>;
  readonly held: Set<string>;
  constructor(
    file: CareerGraphFile,
    readonly situation: Situation,
    readonly includePreferred = false,
  ) {
    this.nodes = new Map(file.nodes.map((n) => [n.id, n]));
    this.held = new Set(situation.holds);
  }
  requirement(id: string): Requirement | undefined {
    const n = this.nodes.get(id);
    if (n === undefined) throw new Error(`oracle: no node ${id}`);
    if (this.includePreferred && n.prefers !== undefined) {
      return n.requires === undefined ? n.prefers : { allOf: [n.requires, n.prefers] };
    }
    return n.requires;
  }
  available(id: string): boolean {
    const regions = this.nodes.get(id)?.regions;
    const region = this.situation.region;
    return !this.held.has(id) && (region === undefined || regions === undefined || regions.includes(region));
  }
  /** When the requirement is met, given the times of obtained nodes (held ones count from 0). */
  evalReq(r: Requirement | undefined, t: Map<string, number>): number {
    if (r === undefined) return 0;
    if (typeof r === 'string') return this.held.has(r) ? 0 : (t.get(r) ?? INF);
    if (isExperience(r)) {
      if (this.held.has(r.experience)) {
        const years = this.situation.years ?? {};
        const held = Object.hasOwn(years, r.experience) ? (years[r.experience] ?? 0) : 0;
        return Math.max(0, 12 * (r.years - held));
      }
      return (t.get(r.experience) ?? INF) + 12 * r.years;
    }
    if (isAllOf(r)) return r.allOf.reduce((m, c) => Math.max(m, this.evalReq(c, t)), 0);
    if (isAnyOf(r)) return r.anyOf.reduce((m, c) => Math.min(m, this.evalReq(c, t)), INF);
    return INF;
  }
  /** Least fixpoint of t(n) = months(n) + eval(requirement(n)) over the set, from infinity down. */
  times(set: string[]): Map<string, number> {
    const t = new Map<string, number>();
    for (let round = 0; round <= set.length + 1; round++) {
      let changed = false;
      for (const id of set) {
        const v = (this.nodes.get(id)?.months ?? 0) + this.evalReq(this.requirement(id), t);
        if (v < (t.get(id) ?? INF)) {
          t.set(id, v);
          changed = true;
        }
      }
      if (!changed) break;
    }
    return t;
  }
  reaches(set: string[], goal: string): boolean {
    return (this.times(set).get(goal) ?? INF) < INF;
  }
  ancestors(goal: string): string[] {
    const seen = new Set<string>([goal]);
    const stack = [goal];
    const ids = (r: Requirement | undefined): string[] => {
      if (r === undefined) return [];
      if (typeof r === 'string') return [r];
      if (isExperience(r)) return [r.experience];
      if (isAllOf(r)) return r.allOf.flatMap(ids);
      if (isAnyOf(r)) return r.anyOf.flatMap(ids);
      return [];
    };
    for (let id = stack.pop(); id !== undefined; id = stack.pop()) {
      for (const next of ids(this.requirement(id))) {
        if (!seen.has(next) && this.available(next)) {
          seen.add(next);
          stack.push(next);
        }
      }
    }
    return [...seen].sort();
  }
}

export function compareOracle(by: Objective, a: OraclePlan, b: OraclePlan): number {
  const order: Objective[] = [by, ...(['months', 'cost', 'steps'] as const).filter((o) => o !== by)];
  for (const o of order) if (a[o] !== b[o]) return a[o] - b[o];
  for (let i = 0; i < Math.min(a.ids.length, b.ids.length); i++) {
    const x = a.ids[i] ?? '';
    const y = b.ids[i] ?? '';
    if (x !== y) return x < y ? -1 : 1;
  }
  return a.ids.length - b.ids.length;
}

/** Every minimal plan, best first. */
export function allPlans(world: World, goal: string, by: Objective): OraclePlan[] {
  if (world.held.has(goal)) return [{ ids: [], months: 0, cost: 0, steps: 0 }];
  if (!world.available(goal)) return [];
  const others = world.ancestors(goal).filter((id) => id !== goal);
  const plans: OraclePlan[] = [];
  for (let mask = 0; mask < 1 << others.length; mask++) {
    const set = [goal, ...others.filter((_, i) => (mask >> i) & 1)].sort();
    const t = world.times(set);
    if (!((t.get(goal) ?? INF) < INF)) continue;
    const minimal = set.every(
      (x) =>
        x === goal ||
        !world.reaches(
          set.filter((y) => y !== x),
          goal,
        ),
    );
    if (!minimal) continue;
    plans.push({
      ids: set,
      months: Math.max(...set.map((id) => t.get(id) ?? INF)),
      cost: set.reduce((s, id) => s + (world.nodes.get(id)?.cost ?? 0), 0),
      steps: set.length,
    });
  }
  return plans.sort((a, b) => compareOracle(by, a, b));
}
