// The regions a career graph knows: those with regional salary figures or that some node is
// limited to. A region outside this set has nothing to show, so links and saved state drop it.

import type { CareerGraph } from '../domain/career-graph';

export function knownRegions(graph: CareerGraph): Set<string> {
  const regions = new Set<string>();
  graph.forEachNode((_, n) => {
    for (const r of Object.keys(n.salaryByRegion ?? {})) regions.add(r);
    for (const r of n.regions ?? []) regions.add(r);
  });
  return regions;
}
