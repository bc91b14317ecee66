// What the canvas should show, as plain data: selection, held nodes, the plan's nodes (numbered)
// and edges, hidden kinds, and viewport requests. Built by a pure function so it is testable
// without a canvas and so a presentation mode can build its own.

import type { CareerGraph } from '../../domain/career-graph';
import type { Plan } from '../../domain/planner/types';
import type { NodeKind } from '../../domain/types';

export interface GraphViewModel {
  graph: CareerGraph;
  selected: string | null;
  held: string[];
  /** Plan step ids in order (step n is index n-1); empty when there is no plan. */
  planSteps: string[];
  planEdges: string[];
  hiddenKinds: NodeKind[];
  /**
   * The selection and what it needs and leads to (one hop): drawn at full strength even while a
   * plan dims everything else, so a clicked or searched node is never left faded.
   */
  focusNodes: string[];
  /** Edges into and out of the selection (preferred ones included: they show only here). */
  focusEdges: string[];
  /** Changes whenever the viewport should centre on `selected`. */
  centreRequest: number;
  /**
   * Focus mode: the selection with everything that leads to it and everything it leads to; the
   * rest of the graph is hidden. Null when focus mode is off (or nothing is selected).
   */
  lineage: string[] | null;
  /** A big graph's group boxes drawn expanded (their members shown); the rest stay collapsed. */
  expandedGroups: string[];
}

/**
 * Edges that carry the plan: one per requirement part the plan uses (from a step or a held node
 * into the step it helps to obtain). Options not taken stay dimmed.
 */
export function planEdgeKeys(graph: CareerGraph, plan: Plan): string[] {
  const keys = new Set<string>();
  for (const step of plan.steps) {
    for (const use of step.uses) {
      const key = `${step.id}:${use.preferred ? 'prefers' : 'requires'}:${use.path || 'root'}`;
      if (graph.hasEdge(key)) keys.add(key);
    }
  }
  return [...keys].sort();
}

/** The selection's one-hop neighbourhood: the node, its neighbours, and the edges between them. */
export function focusOf(graph: CareerGraph, selected: string | null): { nodes: string[]; edges: string[] } {
  if (!selected || !graph.hasNode(selected)) return { nodes: [], edges: [] };
  const nodes = new Set([selected, ...graph.neighbors(selected)]);
  return { nodes: [...nodes].sort(), edges: [...graph.edges(selected)].sort() };
}

export function buildGraphViewModel(input: {
  graph: CareerGraph;
  selected: string | null;
  held: readonly string[];
  plan: Plan | null;
  hiddenKinds: readonly NodeKind[];
  centreRequest: number;
  /** Focus mode asked for: shows only the selection's lineage (when something is selected). */
  focusMode?: boolean;
  /**
   * Focus mode's walk (lineage.ts, loaded on focus mode's first use: canvas-on-demand.ts); until it
   * is given, focus mode shows the whole graph.
   */
  lineageOf?: (graph: CareerGraph, selected: string) => string[];
  /** Group boxes expanded in place (group-expansion.ts); none when left out. */
  expandedGroups?: readonly string[];
}): GraphViewModel {
  const { graph, plan } = input;
  const focus = focusOf(graph, input.selected);
  return {
    graph,
    selected: input.selected,
    held: [...input.held],
    planSteps: plan ? plan.steps.map((s) => s.id) : [],
    planEdges: plan ? planEdgeKeys(graph, plan) : [],
    hiddenKinds: [...input.hiddenKinds],
    focusNodes: focus.nodes,
    focusEdges: focus.edges,
    centreRequest: input.centreRequest,
    lineage:
      input.focusMode && input.selected && input.lineageOf ? input.lineageOf(graph, input.selected) : null,
    expandedGroups: [...(input.expandedGroups ?? [])],
  };
}
