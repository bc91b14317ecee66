// What a person can obtain now (nextSteps) and within a number of months (withinReach).

import type { CareerGraph } from '../career-graph';
import type { Situation } from '../types';
import { DEFAULT_BUDGET } from './branch-and-bound';
import { compiledNode } from './compile';
import { knuth } from './derivations';
import { monthsAtPace } from './pace';
import { checkIds, solve } from './plan-career';
import { buildProblem, compareIds, heldExperienceMonths, inRegion, questionOf } from './problem';
import type { ReachItem, ReachOptions } from './types';

const byMonthsCostStepsId = (a: ReachItem, b: ReachItem): number =>
  a.months - b.months || a.cost - b.cost || a.steps - b.steps || compareIds(a.id, b.id);

/**
 * Nodes not held whose requirement is already met (experience included), in the person's region:
 * each is a one-step plan. Ordered by months, cost, then id.
 */
export function nextSteps(graph: CareerGraph, situation: Situation, options: ReachOptions = {}): ReachItem[] {
  checkIds(graph, situation);
  const q = questionOf(situation, options.includePreferred ?? false);
  const items: ReachItem[] = [];
  graph.forEachNode((id, node) => {
    if (q.held.has(id) || !inRegion(graph, id, q.region)) return;
    const metNow = compiledNode(graph, q, id).ways.some((way) =>
      way.conds.every(
        (c) => q.held.has(c.id) && (c.years === 0 || heldExperienceMonths(q, c.id, c.years) === 0),
      ),
    );
    if (metNow) {
      items.push({
        id,
        months: monthsAtPace(node, q.pace),
        cost: node.cost ?? 0,
        steps: 1,
        ...(node.requiresKnown === false ? { eligibilityUnknown: true as const } : {}),
      });
    }
  });
  return items.sort(byMonthsCostStepsId);
}

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
    if (!((lower[i] ?? Number.POSITIVE_INFINITY) <= months)) return;
    const found = solve(graph, q, id, 'months', 1, options.searchBudget ?? DEFAULT_BUDGET);
    const best = found.kind === 'plan' ? found.result.plans[0] : undefined;
    if (found.kind !== 'plan' || best === undefined || best.totals.months > months) return;
    const unknown = best.nodes.some(
      (v) => graph.getNodeAttributes(found.problem.ids[v] ?? id).requiresKnown === false,
    );
    items.push({ id, ...best.totals, ...(unknown ? { eligibilityUnknown: true as const } : {}) });
  });
  return items.sort(byMonthsCostStepsId);
}
