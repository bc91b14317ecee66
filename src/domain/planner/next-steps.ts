// What a person can obtain now with what they hold (nextSteps): one compiled requirement per node,
// none of the plan search, so the app's first frame needs only this part of the planner.

import type { CareerGraph } from '../career-graph';
import type { Situation } from '../types';
import { checkIds } from './check-ids';
import { compiledNode, type RawCond } from './compile';
import { monthsAtPace } from './pace';
import { compareIds, heldExperienceMonths, inRegion, questionOf } from './problem';
import type { ReachItem, ReachOptions } from './types';

/** The order of reach lists: months, cost, steps, then id. */
export const byMonthsCostStepsId = (a: ReachItem, b: ReachItem): number =>
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
    const { ways, choices } = compiledNode(graph, q, id);
    // A condition on a choice node is met when one of the choice's ways is.
    const met = (c: RawCond): boolean =>
      c.choice !== undefined
        ? (choices[c.choice] ?? []).some((way) => way.conds.every(met))
        : q.held.has(c.id) && (c.years === 0 || heldExperienceMonths(q, c.id, c.years) === 0);
    const metNow = ways.some((way) => way.conds.every(met));
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
