// Layout for career lattices: x is our column per career stage (roles by level, feeders one column
// before what they feed); dagre (LR, minlen = column gap, greedy acyclicer for one-of cycles) decides
// the order inside columns. Dagre has no hard rank constraint (dagrejs/dagre#217) and its dummy nodes
// for long edges make the lattice ~2,500 px tall, so x snaps to the columns and each column keeps
// dagre's y scaled to a compact height, nudged ≥ ROW_GAP apart. Dagre's relative heights, not just
// its order: on the built-in data centred rows gave 658 straight-line crossings, these give 446
// (the hand-written barycentre sweeps this replaced: 491).
import { graphlib, layout } from '@dagrejs/dagre';
import type { CareerGraph } from '../../domain/career-graph';

export interface Position {
  x: number;
  y: number;
}

export const COLUMN_GAP = 200;
export const ROW_GAP = 80;

/**
 * Column per node: role = 2·level + 1; a feeder sits one column before its earliest dependent;
 * a feeder nothing depends on (or that needs something in its own column or later) sits just
 * after its prerequisites.
 */
export function layoutColumns(graph: CareerGraph): Map<string, number> {
  const structural = (id: string, dir: 'out' | 'in'): string[] => {
    const out = new Set<string>();
    const each = dir === 'out' ? graph.forEachOutEdge.bind(graph) : graph.forEachInEdge.bind(graph);
    each(id, (_k, attrs, source, target) => {
      if (attrs.type !== 'preferred') out.add(dir === 'out' ? target : source);
    });
    out.delete(id);
    return [...out].sort();
  };

  // Pass 1: from dependents. Infinity = not constrained by anything after it.
  const wanted = new Map<string, number>();
  const visiting = new Set<string>();
  const want = (id: string): number => {
    const known = wanted.get(id);
    if (known !== undefined) return known;
    const node = graph.getNodeAttributes(id);
    if (node.kind === 'role') {
      const c = 2 * (node.level ?? 0) + 1;
      wanted.set(id, c);
      return c;
    }
    if (visiting.has(id)) return Number.POSITIVE_INFINITY; // a one-of cycle: ignore this way round
    visiting.add(id);
    let min = Number.POSITIVE_INFINITY;
    for (const dep of structural(id, 'out')) min = Math.min(min, want(dep) - 1);
    visiting.delete(id);
    wanted.set(id, min);
    return min;
  };
  graph.forEachNode((id) => {
    want(id);
  });

  // Pass 2: from prerequisites, for feeders left unconstrained or placed before what they need.
  const cols = new Map<string, number>();
  const resolving = new Set<string>();
  const col = (id: string): number => {
    const known = cols.get(id);
    if (known !== undefined) return known;
    const w = wanted.get(id) ?? 0;
    if (graph.getNodeAttribute(id, 'kind') === 'role' || resolving.has(id)) return Number.isFinite(w) ? w : 0;
    resolving.add(id);
    const after = Math.max(-1, ...structural(id, 'in').map(col)) + 1;
    resolving.delete(id);
    const c = Number.isFinite(w) ? Math.max(0, w, after) : after;
    cols.set(id, c);
    return c;
  };
  graph.forEachNode((id) => {
    cols.set(id, col(id));
  });
  return cols;
}

/** Sizes of the drawn shapes (style.ts): dagre spaces nodes by them. */
const ROLE_SIZE = { width: 160, height: 56 };
const OTHER_SIZE = { width: 128, height: 48 };

const byId = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Dagre's y for every node: ranks left to right, each non-preferred link at least as many ranks
 * long as the columns it spans. Nodes and links go in sorted, so the same graph gives the same
 * picture.
 */
function dagreY(graph: CareerGraph, cols: Map<string, number>): Map<string, number> {
  const g = new graphlib.Graph();
  g.setGraph({ rankdir: 'LR', acyclicer: 'greedy', ranker: 'network-simplex', nodesep: 30, ranksep: 100 });
  const ids = graph.nodes().sort(byId);
  for (const id of ids) {
    g.setNode(id, graph.getNodeAttribute(id, 'kind') === 'role' ? { ...ROLE_SIZE } : { ...OTHER_SIZE });
  }
  // Parallel links (all of + experience on one pair) become one dagre edge, weighted by count.
  const links = new Map<string, { source: string; target: string; weight: number }>();
  graph.forEachEdge((_k, attrs, source, target) => {
    if (attrs.type === 'preferred' || source === target) return;
    const key = `${source}\u0000${target}`;
    const link = links.get(key);
    if (link) link.weight++;
    else links.set(key, { source, target, weight: 1 });
  });
  for (const [, { source, target, weight }] of [...links].sort(([a], [b]) => byId(a, b))) {
    const minlen = Math.max(1, (cols.get(target) ?? 0) - (cols.get(source) ?? 0));
    g.setEdge(source, target, { minlen, weight });
  }
  layout(g);
  return new Map(ids.map((id) => [id, g.node(id).y ?? 0]));
}

/**
 * The positions nearest to `want` (least squares) that keep consecutive entries at least `gap`
 * apart, order kept: pool-adjacent-violators on want[i] − i·gap. Whole pixels; gaps stay ≥ `gap`.
 */
function spread(want: number[], gap: number): number[] {
  const blocks: { sum: number; n: number }[] = [];
  want.forEach((w, i) => {
    let block = { sum: w - i * gap, n: 1 };
    let prev = blocks.at(-1);
    while (prev && prev.sum / prev.n >= block.sum / block.n) {
      blocks.pop();
      block = { sum: prev.sum + block.sum, n: prev.n + block.n };
      prev = blocks.at(-1);
    }
    blocks.push(block);
  });
  return blocks
    .flatMap((b) => Array.from({ length: b.n }, () => Math.round(b.sum / b.n)))
    .map((z, i) => z + i * gap);
}

/** Positions for every node, deterministic for a given graph. */
export function layeredPositions(graph: CareerGraph): Map<string, Position> {
  const cols = layoutColumns(graph);
  const y = dagreY(graph, cols);
  const maxCol = Math.max(0, ...cols.values());
  const columns: string[][] = Array.from({ length: maxCol + 1 }, () => []);
  graph.forEachNode((id) => columns[cols.get(id) ?? 0]?.push(id));
  // Dagre's height squeezed to what the tallest column needs at ROW_GAP.
  const ys = [...y.values()];
  const top = ys.length > 0 ? Math.min(...ys) : 0;
  const bottom = ys.length > 0 ? Math.max(...ys) : 0;
  const tallest = Math.max(1, ...columns.map((c) => c.length));
  const scale = bottom > top ? ((tallest - 1) * ROW_GAP) / (bottom - top) : 0;
  const positions = new Map<string, Position>();
  // Empty columns (a level with no roles) take no room.
  columns
    .filter((c) => c.length > 0)
    .forEach((c, ci) => {
      c.sort((a, b) => (y.get(a) ?? 0) - (y.get(b) ?? 0) || byId(a, b));
      const rows = spread(
        c.map((id) => ((y.get(id) ?? 0) - (top + bottom) / 2) * scale),
        ROW_GAP,
      );
      c.forEach((id, i) => {
        positions.set(id, { x: ci * COLUMN_GAP, y: rows[i] ?? 0 });
      });
    });
  return positions;
}
