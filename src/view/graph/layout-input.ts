// What the layered layout (layered-layout.ts) reads of a graph, as plain data, and what it gives back;
// apart from the layout itself so the first frame can look up a built-in graph's stored positions
// (stored-layouts.ts) without loading the layout, which only graphs without stored positions need.

import type { CareerGraph } from '../../domain/career-graph';
import { shortLabel } from '../../present/format/labels';
import { nodeSize } from './to-elements';

export interface Position {
  x: number;
  y: number;
}

/**
 * What the layout needs of a graph: plain data, so it can be posted to a worker. `column` pins a
 * node to that column (the handout's path diagram pins every box); roles are pinned by level.
 */
export interface LayoutInput {
  nodes: { id: string; role: boolean; level: number; w: number; h: number; column?: number }[];
  /** Distinct non-preferred links, self-links left out. */
  links: [string, string][];
}

const byId = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

export function layoutInputOf(graph: CareerGraph): LayoutInput {
  const nodes = graph
    .mapNodes((id, n) => ({ id, role: n.kind === 'role', level: n.level ?? 0, ...sizeOf(n.kind, n.label) }))
    .sort((a, b) => byId(a.id, b.id));
  const seen = new Set<string>();
  const links: [string, string][] = [];
  graph.forEachEdge((_k, attrs, s, t) => {
    if (attrs.type === 'preferred' || s === t) return;
    const key = `${s}\u0000${t}`;
    if (seen.has(key)) return;
    seen.add(key);
    links.push([s, t]);
  });
  links.sort((a, b) => byId(a[0], b[0]) || byId(a[1], b[1]));
  return { nodes, links };
}

function sizeOf(kind: Parameters<typeof nodeSize>[0], label: string): { w: number; h: number } {
  return nodeSize(kind, shortLabel(label));
}

/** Room between bands of a folded tall layout (graph px). */
export const BAND_GAP = 400;

/** The map's room at 1280×800 beside the side panel, below the zoom buttons, above the legend (px). */
export const TARGET_ROOM = { w: 900, h: 440 } as const;
