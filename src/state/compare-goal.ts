// Which goal Compare sets beside the current one before the person picks: a counselor compares a
// goal with its nearest alternative (a role at the same or a neighbouring level that needs much
// of what the goal needs), never with whatever happens to come first in the list.

import type { CareerGraph } from '../domain/career-graph';

/**
 * The nearest alternative to `goal` among `candidates` (ids in display order), or '' when none is
 * near: same kind as the goal, not held, not a direct rung below or above
 * it, at most one level away (roles), ordered by how many
 * requirements it shares with the goal (siblings in the lattice: manager and director both need the
 * bachelor's and a supervisor's years), then by level distance, then display order.
 */
export function nearestOtherGoal(
  graph: CareerGraph,
  goal: string,
  candidates: readonly string[],
  holds: readonly string[] = [],
): string {
  if (!graph.hasNode(goal)) return '';
  const { kind, level } = graph.getNodeAttributes(goal);
  const needs = new Set(graph.inNeighbors(goal));
  const held = new Set(holds);
  // A rung just below or above (supervisor under manager, director over it) is on the way, not an alternative.
  const rungs = new Set([...needs, ...graph.outNeighbors(goal)]);
  const ranked = candidates
    .map((id, order) => ({ id, order }))
    .filter(({ id }) => id !== goal && !held.has(id) && !rungs.has(id) && graph.hasNode(id))
    .map(({ id, order }) => {
      const node = graph.getNodeAttributes(id);
      const distance = level !== undefined && node.level !== undefined ? Math.abs(node.level - level) : 0;
      const shared = graph.inNeighbors(id).filter((n) => needs.has(n)).length;
      return { id, order, sameKind: node.kind === kind, distance, shared };
    })
    .filter((c) => c.sameKind && c.distance <= 1)
    .sort((a, b) => b.shared - a.shared || a.distance - b.distance || a.order - b.order);
  return ranked[0]?.id ?? '';
}
