// <option> lists of nodes grouped by kind (roles by level), shared by the situation controls.

import type { CareerGraph } from '../../domain/career-graph';
import { type CareerNode, NODE_KINDS } from '../../domain/types';
import { KIND_GROUP_NAMES } from '../../present/format/labels';

export function nodesByKind(graph: CareerGraph): { kind: CareerNode['kind']; nodes: CareerNode[] }[] {
  const all = graph.mapNodes((_, n) => n);
  return NODE_KINDS.map((kind) => ({
    kind,
    nodes: all
      .filter((n) => n.kind === kind)
      .sort((a, b) => (a.level ?? 0) - (b.level ?? 0) || a.label.localeCompare(b.label)),
  })).filter((g) => g.nodes.length > 0);
}

export function NodeOptions({ graph, exclude }: { graph: CareerGraph; exclude?: readonly string[] }) {
  return (
    <>
      {nodesByKind(graph).map(({ kind, nodes }) => (
        <optgroup key={kind} label={KIND_GROUP_NAMES[kind]}>
          {nodes
            .filter((n) => !exclude?.includes(n.id))
            .map((n) => (
              <option key={n.id} value={n.id}>
                {n.label}
              </option>
            ))}
        </optgroup>
      ))}
    </>
  );
}

/** Region codes the data mentions (regional salaries, region-limited nodes), sorted. */
export function regionsOf(graph: CareerGraph): string[] {
  const regions = new Set<string>();
  graph.forEachNode((_, n) => {
    for (const r of Object.keys(n.salaryByRegion ?? {})) regions.add(r);
    for (const r of n.regions ?? []) regions.add(r);
  });
  return [...regions].sort();
}
