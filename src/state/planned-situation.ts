// The situation the planner is asked with: what the person ticked, plus what holding those
// implies (a working technician has the diploma; src/domain/implied-holdings.ts). What the person
// ticked is never changed: this is derived on every question, stored nowhere.

import type { CareerGraph } from '../domain/career-graph';
import { type ImpliedHolding, impliedHoldings } from '../domain/implied-holdings';
import type { Situation } from '../domain/types';

export interface PlannedSituation {
  /** The person's situation with the implied nodes added to `holds` (after theirs, no years). */
  situation: Situation;
  /** What was added, each with the held node that implies it. */
  implied: ImpliedHolding[];
}

const memo = new WeakMap<CareerGraph, Map<string, ImpliedHolding[]>>();
const MEMO_SIZE = 32;

/** What holding `holds` implies in `graph`, memoised per graph (the same holds, the same answer). */
export function impliedBy(graph: CareerGraph, holds: readonly string[]): ImpliedHolding[] {
  let byHolds = memo.get(graph);
  if (!byHolds) {
    byHolds = new Map();
    memo.set(graph, byHolds);
  }
  const key = JSON.stringify(holds);
  const known = byHolds.get(key);
  if (known) return known;
  const implied = impliedHoldings(graph, holds);
  if (byHolds.size >= MEMO_SIZE) byHolds.clear();
  byHolds.set(key, implied);
  return implied;
}

export function plannedSituation<S extends Situation>(
  graph: CareerGraph,
  situation: S,
): PlannedSituation & { situation: S } {
  const implied = impliedBy(graph, situation.holds);
  if (implied.length === 0) return { situation, implied };
  return { situation: { ...situation, holds: [...situation.holds, ...implied.map((i) => i.id)] }, implied };
}
