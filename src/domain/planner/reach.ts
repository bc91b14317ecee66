// What a person can obtain within a number of months (withinReach); nextSteps (what now) is in
// next-steps.ts, which the app loads without the rest of the planner.

import type { CareerGraph } from '../career-graph';
import type { Situation } from '../types';
import { checkIds } from './check-ids';
import { knuth } from './derivations';
import { byMonthsCostStepsId } from './next-steps';
import { solve } from './plan-career';
import { buildProblem, inRegion, questionOf } from './problem';
import type { ReachItem, ReachOptions } from './types';
import { handBack } from './whole-memo';

/**
 * Nodes not held whose fastest plan finishes within `months`, each with that plan's months, cost
 * and steps (the plan planCareer returns with `by: 'months'`). Ordered by months, cost, steps, id.
 */
export function withinReach(
  graph: CareerGraph,
  situation: Situation,
  months: number,
  options: ReachOptions = {},
): ReachItem[] {
  checkIds(graph, situation);
  if (!(months >= 0)) throw new RangeError('planner: months must be a number ≥ 0');
  const q = questionOf(situation, options.includePreferred ?? false);
  const open = graph.filterNodes((id) => !q.held.has(id) && inRegion(graph, id, q.region));
  const whole = buildProblem(graph, q, '', open);
  // Earliest times with everything available never exceed a plan's months: a safe first filter.
  const lower = knuth(whole, 'max', whole.months).value;
  const items: ReachItem[] = [];
  whole.ids.forEach((id, i) => {
    if (i >= whole.real || !((lower[i] ?? Number.POSITIVE_INFINITY) <= months)) return;
    const found = solve(graph, q, id, 'months', 1, options.searchBudget);
    if (found.kind === 'plan') handBack(found.problem);
    const best = found.kind === 'plan' ? found.result.plans[0] : undefined;
    if (found.kind !== 'plan' || best === undefined || best.totals.months > months) return;
    const unknown = best.nodes.some(
      (v) => graph.getNodeAttributes(found.problem.ids[v] ?? id).requiresKnown === false,
    );
    items.push({ id, ...best.totals, ...(unknown ? { eligibilityUnknown: true as const } : {}) });
  });
  return items.sort(byMonthsCostStepsId);
}
