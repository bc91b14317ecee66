// Layout for career lattices: x is our column per career stage (roles by level, feeders one
// column before what they feed, then packed into fewer, evener columns: column-packing.ts); the order inside each column comes from barycentre sweeps over
// the columns (long links through placeholder rows, the best of the sweeps kept by crossing
// count), near-linear in nodes + links; y is then pulled towards each node's neighbours and
// spread so boxes (sized by their labels) keep ROW_GAP between them. Pure data in and out, so it
// runs the same in a Web Worker (layout-worker.ts) and in tests.

import type { CareerGraph } from '../../domain/career-graph';
import { packColumns } from './column-packing';
import { BAND_GAP, type LayoutInput, layoutInputOf, type Position } from './layout-input';

export { BAND_GAP, type LayoutInput, layoutInputOf, type Position } from './layout-input';

/** Room between neighbouring columns' boxes, and between boxes in a column (graph px). */
export const COLUMN_MARGIN = 30;
export const ROW_GAP = 10;

/**
 * Column per node: role = 2·level + 2; a feeder sits one column before its earliest dependent;
 * a feeder nothing depends on (or that needs something in its own column or later) sits just
 * after its prerequisites. Column 0 is left for what needs nothing (a diploma), so the entry
 * roles' own programs get a column of their own instead of piling up beside those roles. Iterative (no recursion), so deep graphs cannot overflow the stack.
 */
export function columnsOf(input: LayoutInput): Map<string, number> {
  const out = new Map<string, string[]>();
  const inn = new Map<string, string[]>();
  const info = new Map(input.nodes.map((n) => [n.id, n]));
  for (const n of input.nodes) {
    out.set(n.id, []);
    inn.set(n.id, []);
  }
  for (const [s, t] of input.links) {
    out.get(s)?.push(t);
    inn.get(t)?.push(s);
  }
  // Pass 1 (from dependents): depth-first with an explicit stack; a node met again while open is
  // on a one-of cycle and counts as unconstrained that way round.
  const wanted = new Map<string, number>();
  const open = new Set<string>();
  const resolve = (
    root: string,
    next: (id: string) => string[],
    base: (id: string) => number | undefined,
    combine: (id: string, values: number[]) => number,
    memo: Map<string, number>,
  ): void => {
    if (memo.has(root)) return;
    const stack: { id: string; i: number }[] = [{ id: root, i: 0 }];
    open.add(root);
    while (stack.length > 0) {
      const top = stack[stack.length - 1] as { id: string; i: number };
      const fixed = base(top.id);
      const list = fixed === undefined ? (next(top.id) ?? []) : [];
      if (top.i < list.length) {
        const child = list[top.i++] as string;
        if (!memo.has(child) && !open.has(child)) {
          open.add(child);
          stack.push({ id: child, i: 0 });
        }
        continue;
      }
      const values = list.map((c) => memo.get(c)).filter((v): v is number => v !== undefined);
      memo.set(top.id, fixed ?? combine(top.id, values));
      open.delete(top.id);
      stack.pop();
    }
  };
  const roleColumn = (id: string) => {
    const n = info.get(id);
    return n?.column ?? (n?.role ? 2 * n.level + 2 : undefined);
  };
  for (const n of input.nodes)
    resolve(
      n.id,
      (id) => out.get(id) ?? [],
      roleColumn,
      (_id, v) => Math.min(Infinity, ...v.map((c) => c - 1)),
      wanted,
    );
  // Pass 2 (from prerequisites), for feeders left unconstrained or placed before what they need.
  const cols = new Map<string, number>();
  const settled = (id: string): number | undefined => {
    const n = info.get(id);
    const w = wanted.get(id) ?? 0;
    return n?.role || n?.column !== undefined ? (Number.isFinite(w) ? w : 0) : undefined;
  };
  for (const n of input.nodes)
    resolve(
      n.id,
      (id) => inn.get(id) ?? [],
      settled,
      (id, v) => {
        const w = wanted.get(id) ?? 0;
        const after = Math.max(-1, ...v) + 1;
        return Number.isFinite(w) ? Math.max(0, w, after) : after;
      },
      cols,
    );
  return cols;
}

/** Columns as drawn: columnsOf, then feeders packed so a small lattice fits a laptop's map. */
export function drawnColumnsOf(input: LayoutInput): Map<string, number> {
  return packColumns(input.nodes, input.links, columnsOf(input), {
    columnMargin: COLUMN_MARGIN,
    rowGap: ROW_GAP,
  });
}

/** Columns of a career graph as drawn (see drawnColumnsOf). */
export function layoutColumns(graph: CareerGraph): Map<string, number> {
  return drawnColumnsOf(layoutInputOf(graph));
}

/** Crossings between two neighbouring rows, from pairs encoded as from·size + to (accumulator tree). */
function bilayerCrossings(pairs: Float64Array, size: number): number {
  pairs.sort();
  const tree = new Int32Array(size + 1);
  let crossings = 0;
  for (let k = 0; k < pairs.length; k++) {
    const q = (pairs[k] as number) % size;
    let below = 0;
    for (let i = q + 1; i > 0; i -= i & -i) below += tree[i] as number;
    crossings += k - below;
    for (let i = q + 1; i <= size; i += i & -i) tree[i] = (tree[i] as number) + 1;
  }
  return crossings;
}

/** The lattice in rows of integers: real nodes 0..n-1 (sorted ids), placeholders after them. */
interface Layered {
  layers: number[][];
  /** Neighbours in the column before / after, per entry. */
  up: number[][];
  down: number[][];
  /** Index of each entry inside its row. */
  at: Int32Array;
}

function layer(
  ids: string[],
  drawn: Map<string, number>,
  columns: number,
  links: [string, string][],
): Layered {
  const index = new Map(ids.map((id, i) => [id, i]));
  const layers: number[][] = Array.from({ length: columns }, () => []);
  const up: number[][] = ids.map(() => []);
  const down: number[][] = ids.map(() => []);
  ids.forEach((id, i) => {
    layers[drawn.get(id) ?? 0]?.push(i);
  });
  for (const [s, t] of links) {
    let a = index.get(s) as number;
    let b = index.get(t) as number;
    let ca = drawn.get(s) ?? 0;
    let cb = drawn.get(t) ?? 0;
    if (ca === cb) continue; // inside a column: no say in the order across columns
    if (ca > cb) [a, b, ca, cb] = [b, a, cb, ca];
    let prev = a;
    for (let c = ca + 1; c <= cb; c++) {
      let next = b;
      if (c < cb) {
        next = up.length;
        up.push([]);
        down.push([]);
        layers[c]?.push(next);
      }
      (down[prev] as number[]).push(next);
      (up[next] as number[]).push(prev);
      prev = next;
    }
  }
  const at = new Int32Array(up.length);
  for (const row of layers) for (const [i, e] of row.entries()) at[e] = i;
  return { layers, up, down, at };
}

function totalCrossings(l: Layered): number {
  let sum = 0;
  for (let c = 0; c + 1 < l.layers.length; c++) {
    const row = l.layers[c] as number[];
    const size = (l.layers[c + 1] as number[]).length;
    let n = 0;
    for (const e of row) n += (l.down[e] as number[]).length;
    const pairs = new Float64Array(n);
    let k = 0;
    for (const e of row)
      for (const t of l.down[e] as number[]) pairs[k++] = (l.at[e] as number) * size + (l.at[t] as number);
    sum += bilayerCrossings(pairs, size);
  }
  return sum;
}

/** Reorders `row` by the mean place of each entry's neighbours in the fixed row; NOTE: mutates row and at. */
function sweep(row: number[], fixedLength: number, neighbours: number[][], at: Int32Array): void {
  const key = new Float64Array(row.length);
  row.forEach((e, i) => {
    const ns = neighbours[e] as number[];
    let sum = 0;
    for (const n of ns) sum += at[n] as number;
    // No neighbours there: keep its place (scaled to the fixed row's length).
    key[i] = ns.length ? sum / ns.length : (i * fixedLength) / Math.max(1, row.length);
  });
  const order = row.map((_e, i) => i).sort((a, b) => (key[a] as number) - (key[b] as number) || a - b);
  const sorted = order.map((i) => row[i] as number);
  sorted.forEach((e, i) => {
    row[i] = e;
    at[e] = i;
  });
}

/** Orders every row: alternating sweeps, the order with the fewest crossings kept. NOTE: mutates l. */
function orderColumns(l: Layered, sweeps: number, progress?: (share: number) => void): number[][] {
  let best = l.layers.map((row) => [...row]);
  let bestCount = totalCrossings(l);
  for (let s = 0; s < sweeps && bestCount > 0; s++) {
    if (s % 2 === 0)
      for (let c = 1; c < l.layers.length; c++)
        sweep(l.layers[c] as number[], (l.layers[c - 1] as number[]).length, l.up, l.at);
    else
      for (let c = l.layers.length - 2; c >= 0; c--)
        sweep(l.layers[c] as number[], (l.layers[c + 1] as number[]).length, l.down, l.at);
    const count = totalCrossings(l);
    if (count < bestCount) {
      bestCount = count;
      best = l.layers.map((row) => [...row]);
    }
    progress?.(0.1 + (0.7 * (s + 1)) / sweeps);
  }
  return best;
}

/**
 * The positions nearest to `want` (least squares) that keep consecutive boxes `gap[i]` apart,
 * order kept: pool-adjacent-violators on want[i] − offset[i]. Whole pixels.
 */
export function spread(want: number[], gaps: number[]): number[] {
  const offset: number[] = [];
  for (let i = 0; i < want.length; i++)
    offset.push(i === 0 ? 0 : (offset[i - 1] as number) + (gaps[i - 1] as number));
  const blocks: { sum: number; n: number }[] = [];
  want.forEach((w, i) => {
    let block = { sum: w - (offset[i] as number), n: 1 };
    let prev = blocks.at(-1);
    while (prev && prev.sum / prev.n >= block.sum / block.n) {
      blocks.pop();
      block = { sum: prev.sum + block.sum, n: prev.n + block.n };
      prev = blocks.at(-1);
    }
    blocks.push(block);
  });
  return blocks
    .flatMap((b) => Array.from({ length: b.n }, () => b.sum / b.n))
    .map((z, i) => Math.round(z + (offset[i] as number)));
}

/** Sweeps over the columns; enough for the order to settle on career lattices. */
const SWEEPS = 12;

/** Positions for every node, deterministic for a given graph whatever order its file lists. */
export function layoutPositions(
  input: LayoutInput,
  progress?: (share: number) => void,
): Map<string, Position> {
  const cols = drawnColumnsOf(input);
  const used = [...new Set(cols.values())].sort((a, b) => a - b);
  const drawnIndex = new Map(used.map((c, i) => [c, i]));
  const drawn = new Map([...cols].map(([id, c]) => [id, drawnIndex.get(c) ?? 0]));
  const ids = input.nodes.map((n) => n.id);
  const l = layer(ids, drawn, used.length, input.links);
  progress?.(0.1);
  const n = ids.length;
  const order = orderColumns(l, SWEEPS, progress).map((row) => row.filter((e) => e < n));
  const w = input.nodes.map((node) => node.w);
  const h = input.nodes.map((node) => node.h);
  // x: each column as wide as its widest box, COLUMN_MARGIN between.
  const widths = order.map((row) => Math.max(0, ...row.map((e) => w[e] as number)));
  const xs: number[] = [];
  widths.forEach((width, c) => {
    xs.push(
      c === 0 ? width / 2 : (xs[c - 1] as number) + (widths[c - 1] as number) / 2 + COLUMN_MARGIN + width / 2,
    );
  });
  // y: columns stacked and centred, then pulled towards their neighbours a few times.
  const index = new Map(ids.map((id, i) => [id, i]));
  const neighbours: number[][] = ids.map(() => []);
  for (const [s, t] of input.links) {
    const a = index.get(s) as number;
    const b = index.get(t) as number;
    (neighbours[a] as number[]).push(b);
    (neighbours[b] as number[]).push(a);
  }
  const y = new Float64Array(n);
  const gapsOf = (row: number[]) =>
    row.slice(1).map((e, i) => ((h[row[i] as number] as number) + (h[e] as number)) / 2 + ROW_GAP);
  const gaps = order.map(gapsOf);
  order.forEach((row, c) => {
    const g = gaps[c] as number[];
    const total = g.reduce((a, b) => a + b, 0);
    const placed = spread(
      row.map(() => -total / 2),
      g,
    );
    for (const [i, e] of row.entries()) y[e] = placed[i] as number;
  });
  for (let pass = 0; pass < 6; pass++) {
    order.forEach((row, c) => {
      const want = row.map((e) => {
        const ns = neighbours[e] as number[];
        let sum = 0;
        for (const m of ns) sum += y[m] as number;
        return ns.length ? ((y[e] as number) + sum / ns.length) / 2 : (y[e] as number);
      });
      const placed = spread(want, gaps[c] as number[]);
      for (const [i, e] of row.entries()) y[e] = placed[i] as number;
    });
  }
  keepInsideTallest(order, y, h);
  progress?.(1);
  const positions = new Map<string, Position>();
  order.forEach((row, c) => {
    for (const e of row)
      positions.set(ids[e] as string, { x: Math.round(xs[c] as number), y: y[e] as number });
  });
  const width = (xs.at(-1) ?? 0) + (widths.at(-1) ?? 0) / 2 - ((xs[0] ?? 0) - (widths[0] ?? 0) / 2);
  return foldIntoBands(positions, width);
}

/**
 * Pulling columns towards their neighbours can push a short column past the tallest one's top or
 * bottom, making the drawing taller than it needs to be: such a column moves back inside, whole.
 * NOTE: mutates y.
 */
function keepInsideTallest(order: number[][], y: Float64Array, h: number[]): void {
  const extent = (row: number[]) => {
    let top = Number.POSITIVE_INFINITY;
    let bottom = Number.NEGATIVE_INFINITY;
    for (const e of row) {
      top = Math.min(top, (y[e] as number) - (h[e] as number) / 2);
      bottom = Math.max(bottom, (y[e] as number) + (h[e] as number) / 2);
    }
    return { top, bottom };
  };
  const extents = order.map(extent);
  let tallest = extents[0];
  for (const e of extents) if (tallest && e.bottom - e.top > tallest.bottom - tallest.top) tallest = e;
  if (!tallest) return;
  order.forEach((row, c) => {
    const { top, bottom } = extents[c] as { top: number; bottom: number };
    const shift =
      top < tallest.top ? tallest.top - top : bottom > tallest.bottom ? tallest.bottom - bottom : 0;
    if (shift !== 0) for (const e of row) y[e] = (y[e] as number) + shift;
  });
}

/** Columns taller than this many times the drawing's width are folded into side-by-side bands. */
export const FOLD_RATIO = 3;
/** Width over height a folded drawing aims at. */
const BAND_ASPECT = 3;

/**
 * A big lattice in fixed level columns is one tall strip (5,000 nodes: ~100,000 px by 2,500).
 * Cut it across into bands of equal height and set the bands side by side, each read left to
 * right as the whole is; the order from the sweeps keeps most links inside a band. NOTE: mutates
 * and returns `positions`.
 */
export function foldIntoBands(positions: Map<string, Position>, width: number): Map<string, Position> {
  if (positions.size === 0) return positions;
  let top = Number.POSITIVE_INFINITY;
  let bottom = Number.NEGATIVE_INFINITY;
  for (const p of positions.values()) {
    top = Math.min(top, p.y);
    bottom = Math.max(bottom, p.y);
  }
  const height = bottom - top;
  if (height <= FOLD_RATIO * width) return positions;
  // Bands so that the whole is about three times as wide as it is tall, as a laptop's map area is
  // below the tools (square, the 5,000-node overview fitted the height and left half the width empty).
  const bands = Math.max(2, Math.round(Math.sqrt((BAND_ASPECT * height) / (width + BAND_GAP))));
  const bandHeight = height / bands;
  for (const p of positions.values()) {
    const band = Math.min(bands - 1, Math.floor((p.y - top) / bandHeight));
    p.x += band * (width + BAND_GAP);
    p.y -= band * bandHeight;
  }
  return positions;
}

/** Positions for a career graph (see layoutPositions). */
export function layeredPositions(graph: CareerGraph): Map<string, Position> {
  return layoutPositions(layoutInputOf(graph));
}
