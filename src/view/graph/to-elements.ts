// The domain graph as Cytoscape element definitions: flat data only (react-cytoscapejs diffs
// shallowly), short labels on the canvas, edge class per requirement type.

import type { ElementDefinition } from 'cytoscape';
import type { CareerGraph } from '../../domain/career-graph';
import { shortLabel } from '../../present/format/labels';

export function toElements(graph: CareerGraph): ElementDefinition[] {
  const nodes: ElementDefinition[] = graph.mapNodes((id, node) => ({
    group: 'nodes',
    data: {
      id,
      label: shortLabel(node.label),
      fullLabel: node.label,
      kind: node.kind,
      level: node.level ?? -1,
    },
    classes: node.kind,
  }));
  const edges: ElementDefinition[] = graph.mapEdges((key, attrs, source, target) => ({
    group: 'edges',
    data: {
      id: key,
      source,
      target,
      type: attrs.type,
      label: attrs.type === 'experience' ? attrs.label : '',
    },
    classes: attrs.type,
  }));
  return [...nodes, ...edges];
}
