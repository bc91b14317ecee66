// Packs a small lattice's feeder columns so the whole map fits a laptop's map area at a readable
// size: feeders (programs, credentials) move between the columns their links allow, and columns
// of feeders are emptied into their neighbours, while that lets the drawing scale up.

import { TARGET_ROOM } from './layout-input';

/** What packing needs of a node: its size and whether it is pinned to its level column (a role). */
export interface PackNode {
  id: string;
  role: boolean;
  w: number;
  h: number;
}

/** Graphs above this many nodes keep their columns as they are (big graphs fold into bands). */
export const PACK_NODES = 150;

interface Score {
  scales: number[];
  span: number;
}

/** Columns this much roomier than the tightest one do not count (links stay short instead). */
const NEAR = 1.2;

interface Spacing {
  columnMargin: number;
  rowGap: number;
}

/**
 * Columns for the nodes: feeders moved (never past what they need or what needs them) so that
 * the drawing, as wide as its columns and as tall as its tallest column, fits TARGET_ROOM at the
 * largest scale; ties go to shorter links. Roles never move. Deterministic: nodes in id order.
 */
export function packColumns(
  nodes: readonly PackNode[],
  links: readonly [string, string][],
  start: ReadonlyMap<string, number>,
  spacing: Spacing,
): Map<string, number> {
  const cols = new Map(start);
  if (nodes.length > PACK_NODES) return cols;
  const info = new Map(nodes.map((n) => [n.id, n]));
  const index = new Map(nodes.map((n, i) => [n.id, i]));
  const out = new Map<string, string[]>();
  const inn = new Map<string, string[]>();
  for (const n of nodes) {
    out.set(n.id, []);
    inn.set(n.id, []);
  }
  for (const [s, t] of links) {
    out.get(s)?.push(t);
    inn.get(t)?.push(s);
  }
  const col = (id: string): number => cols.get(id) ?? 0;
  // Flat arrays for the score, which runs thousands of times.
  const at = Int32Array.from(nodes, (n) => col(n.id));
  const from = Int32Array.from(links, ([s]) => index.get(s) ?? 0);
  const to = Int32Array.from(links, ([, t]) => index.get(t) ?? 0);
  const columns = Math.max(0, ...at) + 1;
  const width = new Float64Array(columns);
  const height = new Float64Array(columns);
  const count = new Int32Array(columns);
  const drawn = new Int32Array(columns);
  const place = (id: string, c: number): void => {
    cols.set(id, c);
    at[index.get(id) ?? 0] = c;
  };

  /**
   * The scales at which the drawing's width and each column's height fit TARGET_ROOM, smallest
   * first (the first is the scale the whole drawing fits at), those well above the first counted
   * as equal; then the links' total span in columns.
   */
  const score = (): Score => {
    width.fill(0);
    height.fill(-spacing.rowGap);
    count.fill(0);
    nodes.forEach((n, i) => {
      const c = at[i] as number;
      width[c] = Math.max(width[c] as number, n.w);
      height[c] = (height[c] as number) + n.h + spacing.rowGap;
      count[c] = (count[c] as number) + 1;
    });
    let w = -spacing.columnMargin;
    let used = 0;
    const scales: number[] = [];
    for (let c = 0; c < columns; c++) {
      drawn[c] = used;
      if (count[c] === 0) continue;
      used++;
      w += (width[c] as number) + spacing.columnMargin;
      scales.push(TARGET_ROOM.h / (height[c] as number));
    }
    scales.push(TARGET_ROOM.w / Math.max(1, w));
    scales.sort((a, b) => a - b);
    const cap = (scales[0] ?? 0) * NEAR;
    let span = 0;
    for (let k = 0; k < from.length; k++)
      span += Math.abs(
        (drawn[at[to[k] as number] as number] as number) - (drawn[at[from[k] as number] as number] as number),
      );
    return { scales: scales.map((v) => Math.min(v, cap)), span };
  };
  const better = (a: Score, b: Score): boolean => {
    for (let i = 0; i < Math.min(a.scales.length, b.scales.length); i++) {
      const d = (a.scales[i] as number) - (b.scales[i] as number);
      if (Math.abs(d) > 1e-9) return d > 0;
    }
    return a.span < b.span;
  };

  /**
   * Columns `id` may take: every link keeps its direction. A forward link stays forward (after
   * what it needs, before what needs it); a link inside a column or backwards (a one-of cycle)
   * never turns forward.
   */
  const range = (id: string, used: readonly number[]): number[] => {
    const c = col(id);
    let lo = Number.NEGATIVE_INFINITY;
    let hi = Number.POSITIVE_INFINITY;
    for (const s of inn.get(id) ?? []) {
      if (col(s) < c) lo = Math.max(lo, col(s) + 1);
      else hi = Math.min(hi, col(s));
    }
    for (const t of out.get(id) ?? []) {
      if (col(t) > c) hi = Math.min(hi, col(t) - 1);
      else lo = Math.max(lo, col(t));
    }
    return used.filter((u) => u >= lo && u <= hi);
  };
  const usedColumns = (): number[] => [...new Set(cols.values())].sort((a, b) => a - b);
  const feeders = nodes.filter((n) => !info.get(n.id)?.role).map((n) => n.id);

  /** Moves `id` to its best allowed column; true if that is better than where it was. */
  const bestMove = (id: string, used: readonly number[], allowSame: boolean, avoid?: number): boolean => {
    const here = col(id);
    let best = allowSame ? score() : null;
    let bestCol = allowSame ? here : null;
    for (const c of range(id, used)) {
      if (c === here || c === avoid) continue;
      place(id, c);
      const s = score();
      if (!best || better(s, best)) {
        best = s;
        bestCol = c;
      }
    }
    place(id, bestCol ?? here);
    return bestCol !== null && bestCol !== here;
  };

  for (let round = 0; round < 8; round++) {
    let changed = false;
    // Empty a feeder-only column into its neighbours when that scales the drawing up.
    for (const c of usedColumns()) {
      const members = feeders.filter((id) => col(id) === c);
      if (members.length === 0 || nodes.some((n) => n.role && col(n.id) === c)) continue;
      const before = score();
      const saved = new Map(cols);
      const used = usedColumns().filter((u) => u !== c);
      let moved = true;
      for (const id of members) moved = bestMove(id, used, false, c) && moved;
      if (moved && members.every((id) => col(id) !== c) && better(score(), before)) changed = true;
      else for (const [id, v] of saved) place(id, v);
    }
    // Then one feeder at a time.
    for (const id of feeders) if (bestMove(id, usedColumns(), true)) changed = true;
    if (!changed) break;
  }
  // Last, feeders go back towards what they feed wherever that costs the drawing no scale: the
  // balancing above may have moved more than the scale needed.
  const fits = score().scales[0] ?? 0;
  for (let round = 0; round < 4; round++) {
    let changed = false;
    for (const id of feeders) {
      const here = col(id);
      let best = score().span;
      let bestCol = here;
      for (const c of range(id, usedColumns())) {
        if (c === here) continue;
        place(id, c);
        const s = score();
        if ((s.scales[0] ?? 0) >= fits - 1e-9 && s.span < best) {
          best = s.span;
          bestCol = c;
        }
      }
      place(id, bestCol);
      if (bestCol !== here) changed = true;
    }
    if (!changed) break;
  }
  return cols;
}
