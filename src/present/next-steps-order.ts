// The order "What you can do next" lists its items in: a length no source gives is not a length
// of zero, so those items come after every item whose length is known.

import type { CareerGraph } from '../domain/career-graph';
import type { ReachItem } from '../domain/planner/types';

/**
 * Known lengths first, shortest first; then the items whose length is not known. Within each:
 * cheaper first, then by id (code-unit order), so the same items always come in the same order.
 */
export function orderNextSteps(graph: CareerGraph, items: readonly ReachItem[]): ReachItem[] {
  const unknown = (i: ReachItem): number =>
    graph.hasNode(i.id) && graph.getNodeAttribute(i.id, 'monthsKnown') === false ? 1 : 0;
  return [...items].sort(
    (a, b) =>
      unknown(a) - unknown(b) ||
      a.months - b.months ||
      a.cost - b.cost ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}
