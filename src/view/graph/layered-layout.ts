// A small layered layout for career lattices: one column per career stage (roles by level,
// feeders one column before what they feed), nodes ordered inside columns by barycentre sweeps.
// Chosen over dagre here: dagre's dummy nodes for long edges made the 47-node built-in lattice
// ~2,000 px tall and lost the level columns; this keeps levels exact and the picture compact.

import type { CareerGraph } from '../../domain/career-graph';

export interface Position {
  x: number;
  y: number;
}

export const COLUMN_GAP = 200;
export const ROW_GAP = 80;
const SWEEPS = 6;

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

const KIND_ORDER = { role: 0, credential: 1, license: 2, education: 3 } as const;

/** Positions for every node, deterministic for a given graph. */
export function layeredPositions(graph: CareerGraph): Map<string, Position> {
  const cols = layoutColumns(graph);
  const maxCol = Math.max(0, ...cols.values());
  const columns: string[][] = Array.from({ length: maxCol + 1 }, () => []);
  graph.forEachNode((id) => columns[cols.get(id) ?? 0]?.push(id));
  for (const c of columns) {
    c.sort((a, b) => {
      const ka = KIND_ORDER[graph.getNodeAttribute(a, 'kind')];
      const kb = KIND_ORDER[graph.getNodeAttribute(b, 'kind')];
      return ka - kb || (a < b ? -1 : a > b ? 1 : 0);
    });
  }
  const rank = new Map<string, number>();
  const setRanks = () => {
    for (const c of columns) {
      const offset = (c.length - 1) / 2;
      c.forEach((id, i) => {
        rank.set(id, i - offset);
      });
    }
  };
  setRanks();
  const neighbours = new Map<string, string[]>();
  graph.forEachNode((id) => {
    const ns = new Set<string>();
    graph.forEachEdge(id, (_k, attrs, s, t) => {
      if (attrs.type !== 'preferred') ns.add(s === id ? t : s);
    });
    ns.delete(id);
    neighbours.set(id, [...ns].sort());
  });
  const barycentre = (id: string): number => {
    const ns = neighbours.get(id) ?? [];
    if (ns.length === 0) return rank.get(id) ?? 0;
    return ns.reduce((sum, n) => sum + (rank.get(n) ?? 0), 0) / ns.length;
  };
  for (let sweep = 0; sweep < SWEEPS; sweep++) {
    const order = sweep % 2 === 0 ? columns : [...columns].reverse();
    for (const c of order) {
      const bc = new Map(c.map((id) => [id, barycentre(id)]));
      c.sort((a, b) => (bc.get(a) ?? 0) - (bc.get(b) ?? 0) || (a < b ? -1 : a > b ? 1 : 0));
      const offset = (c.length - 1) / 2;
      c.forEach((id, i) => {
        rank.set(id, i - offset);
      });
    }
  }
  const positions = new Map<string, Position>();
  // Empty columns (a level with no roles) take no room.
  columns
    .filter((c) => c.length > 0)
    .forEach((c, ci) => {
      for (const id of c) positions.set(id, { x: ci * COLUMN_GAP, y: (rank.get(id) ?? 0) * ROW_GAP });
    });
  return positions;
}
