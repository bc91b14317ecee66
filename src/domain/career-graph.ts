// The domain model: a validated career graph file as a graphology directed multigraph.
// Edges are derived from `requires` and `prefers` exactly as the spec says (prerequisite → node).

import { MultiDirectedGraph } from 'graphology';
import { type NeedType, requirementLeaves } from './requirement';
import type { CareerGraphFile, CareerNode } from './types';

export type EdgeType = NeedType | 'preferred';

export interface EdgeAttributes {
  type: EdgeType;
  /** Years of experience, for `experience` edges. */
  years?: number;
  /** Where the id sits in the target's requirement, e.g. `anyOf[1].allOf[0]`. */
  path: string;
  /** Short words for the edge: "all of", "one of", "2 yr", "preferred". */
  label: string;
}

/** The file's metadata, kept on the graph. */
export type GraphAttributes = Pick<
  CareerGraphFile,
  'id' | 'title' | 'summary' | 'updated' | 'currency' | 'sources'
>;

export type CareerGraph = MultiDirectedGraph<CareerNode, EdgeAttributes, GraphAttributes>;

export function edgeLabel(type: EdgeType, years?: number): string {
  switch (type) {
    case 'allOf':
      return 'all of';
    case 'anyOf':
      return 'one of';
    case 'experience':
      return `${years ?? 0} yr`;
    case 'preferred':
      return 'preferred';
  }
}

/**
 * Builds the graph from a file that has passed validation. Node order follows the file; edge keys
 * are stable (`<target>:requires:<path>`), so the same file always gives the same graph.
 */
export function buildCareerGraph(file: CareerGraphFile): CareerGraph {
  const graph: CareerGraph = new MultiDirectedGraph({ allowSelfLoops: true });
  graph.replaceAttributes({
    id: file.id,
    title: file.title,
    ...(file.summary !== undefined ? { summary: file.summary } : {}),
    updated: file.updated,
    currency: file.currency,
    sources: file.sources,
  });
  for (const node of file.nodes) {
    graph.addNode(node.id, node);
    withoutPrototypeAdjacency(graph, node.id);
  }
  for (const node of file.nodes) {
    for (const leaf of requirementLeaves(node.requires)) {
      graph.addDirectedEdgeWithKey(`${node.id}:requires:${leaf.path || 'root'}`, leaf.id, node.id, {
        type: leaf.need,
        ...(leaf.years !== undefined ? { years: leaf.years } : {}),
        path: leaf.path,
        label: edgeLabel(leaf.need, leaf.years),
      });
    }
    for (const leaf of requirementLeaves(node.prefers)) {
      graph.addDirectedEdgeWithKey(`${node.id}:prefers:${leaf.path || 'root'}`, leaf.id, node.id, {
        type: 'preferred',
        path: leaf.path,
        label: edgeLabel('preferred'),
      });
    }
  }
  return graph;
}

/**
 * graphology keeps each node's neighbours in plain objects keyed by node id, so an edge to a node
 * with the valid id `constructor` finds `Object` already there and walks into it (iteration then
 * throws). Adjacency objects get a prototype with nothing but the `hasOwnProperty` that graphology
 * calls on them (`hasEdge`), non-enumerable, so no kebab-case id can meet an inherited property.
 */
const ADJACENCY_PROTOTYPE: object = Object.freeze(
  Object.create(null, { hasOwnProperty: { value: Object.prototype.hasOwnProperty } }),
);

/** NOTE: mutates graphology's node record: its (still empty) adjacency objects are replaced. */
function withoutPrototypeAdjacency(graph: CareerGraph, id: string): void {
  const nodes = (graph as unknown as { _nodes?: Map<string, { in?: object; out?: object }> })._nodes;
  const data = nodes instanceof Map ? nodes.get(id) : undefined;
  if (data?.in && data.out && Object.keys(data.in).length === 0 && Object.keys(data.out).length === 0) {
    data.in = Object.create(ADJACENCY_PROTOTYPE);
    data.out = Object.create(ADJACENCY_PROTOTYPE);
  }
}

/** The node's data; throws when the id is not in the graph (callers check ids at the boundary). */
export function nodeOf(graph: CareerGraph, id: string): CareerNode {
  return graph.getNodeAttributes(id);
}
