// A big graph's members go into the canvas a slice per frame, so no single task styles and draws
// thousands of elements: the plan's, held and selected nodes (and the plan's links) come first.

import type { ElementDefinition } from 'cytoscape';

/** Elements added per frame: each slice's styling and first draw stay well under a long task. */
export const MEMBER_SLICE = 400;

const isEdge = (e: ElementDefinition): boolean => e.data.source !== undefined;

/**
 * `defs` cut into slices of at most `size`: first the `priority` ids (nodes, then links whose both
 * ends are in that first slice), then every other node, then every other link, so each link is
 * added after both its ends. `early` nodes (an expanded group's) lead the other nodes, still in
 * slices of `size`. Same input, same slices; nothing lost or repeated.
 */
export function memberSlices(
  defs: readonly ElementDefinition[],
  priority: ReadonlySet<string>,
  size = MEMBER_SLICE,
  early: ReadonlySet<string> = new Set(),
): ElementDefinition[][] {
  const first: ElementDefinition[] = [];
  const firstIds = new Set<string>();
  for (const d of defs)
    if (!isEdge(d) && priority.has(String(d.data.id))) {
      first.push(d);
      firstIds.add(String(d.data.id));
    }
  const firstEdges = defs.filter(
    (d) =>
      isEdge(d) &&
      priority.has(String(d.data.id)) &&
      firstIds.has(String(d.data.source)) &&
      firstIds.has(String(d.data.target)),
  );
  const taken = new Set([...firstIds, ...firstEdges.map((d) => String(d.data.id))]);
  const restNodes = defs.filter((d) => !isEdge(d) && !taken.has(String(d.data.id)));
  const rest = [
    ...restNodes.filter((d) => early.has(String(d.data.id))),
    ...restNodes.filter((d) => !early.has(String(d.data.id))),
    ...defs.filter((d) => isEdge(d) && !taken.has(String(d.data.id))),
  ];
  const slices: ElementDefinition[][] = [];
  const head = [...first, ...firstEdges];
  if (head.length > 0) slices.push(head);
  const step = Math.max(1, Math.floor(size));
  for (let i = 0; i < rest.length; i += step) slices.push(rest.slice(i, i + step));
  return slices;
}
