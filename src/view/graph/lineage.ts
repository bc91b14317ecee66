// Focus mode's walk (view-model.ts): a node with everything that leads to it and everything it
// leads to. Loaded the first time focus mode is used (canvas-on-demand.ts).

import { bfsFromNode } from 'graphology-traversal/bfs';
import type { CareerGraph } from '../../domain/career-graph';

/** The node, its ancestors (what leads to it) and its descendants (what it leads to), sorted. */
export function lineageOf(graph: CareerGraph, selected: string): string[] {
  if (!graph.hasNode(selected)) return [];
  const ids = new Set<string>();
  const add = (id: string) => {
    ids.add(id);
  };
  bfsFromNode(graph, selected, add, { mode: 'inbound' });
  bfsFromNode(graph, selected, add, { mode: 'outbound' });
  return [...ids].sort();
}
