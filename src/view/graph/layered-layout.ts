// Layout for career lattices: x is our column per career stage (roles by level, feeders one
// column before what they feed); the order inside each column comes from barycentre sweeps over
// the columns (long links through placeholder rows, the best of the sweeps kept by crossing
// count), near-linear in nodes + links; y is then pulled towards each node's neighbours and
// spread so boxes (sized by their labels) keep ROW_GAP between them. Pure data in and out, so it
// runs the same in a Web Worker (layout-worker.ts) and in tests.

import type { CareerGraph } from '../../domain/career-graph';
import { shortLabel } from '../format/labels';
import { nodeSize } from './to-elements';

export interface Position {
  x: number;
  y: number;
}

/** Room between neighbouring columns' boxes, and between boxes in a column (graph px). */
export const COLUMN_MARGIN = 40;
export const ROW_GAP = 10;

/** What the layout needs of a graph: plain data, so it can be posted to a worker. */
export interface LayoutInput {
  nodes: { id: string; role: boolean; level: number; w: number; h: number }[];
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
    return n?.role ? 2 * n.level + 2 : undefined;
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
    return n?.role ? (Number.isFinite(w) ? w : 0) : undefined;
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

/** Columns of a career graph (see columnsOf). */
export function layoutColumns(graph: CareerGraph): Map<string, number> {
  return columnsOf(layoutInputOf(graph));
}

/** Crossings between two neighbouring rows of positions (Barth–Jünger–Mutzel accumulator). */
function bilayerCrossings(pairs: [number, number][], size: number): number {
  pairs.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const tree = new Array<number>(size + 1).fill(0);
  let crossings = 0;
  let seen = 0;
  for (const [, q] of pairs) {
    let below = 0;
    for (let i = q + 1; i > 0; i -= i & -i) below += tree[i] as number;
    crossings += seen - below;
    for (let i = q + 1; i <= size; i += i & -i) tree[i] = (tree[i] as number) + 1;
    seen++;
  }
  return crossings;
}

interface Layered {
  /** Rows per drawn column: node ids and placeholders ("\u0000n") for long links. */
  layers: string[][];
  /** Links between neighbouring drawn columns, by index: [from layer row, to layer row] per pair. */
  up: Map<string, string[]>;
  down: Map<string, string[]>;
}

function layer(input: LayoutInput, cols: Map<string, number>): Layered & { drawn: Map<string, number> } {
  const used = [...new Set(cols.values())].sort((a, b) => a - b);
  const index = new Map(used.map((c, i) => [c, i]));
  const drawn = new Map<string, number>();
  for (const [id, c] of cols) drawn.set(id, index.get(c) ?? 0);
  const layers: string[][] = used.map(() => []);
  for (const n of input.nodes) layers[drawn.get(n.id) ?? 0]?.push(n.id);
  const up = new Map<string, string[]>();
  const down = new Map<string, string[]>();
  const link = (a: string, b: string) => {
    down.set(a, [...(down.get(a) ?? []), b]);
    up.set(b, [...(up.get(b) ?? []), a]);
  };
  let dummy = 0;
  for (const [s, t] of input.links) {
    let [a, b] = [s, t];
    let ca = drawn.get(a) ?? 0;
    let cb = drawn.get(b) ?? 0;
    if (ca === cb) continue; // inside a column: no say in the order across columns
    if (ca > cb) [a, b, ca, cb] = [b, a, cb, ca];
    let prev = a;
    for (let c = ca + 1; c < cb; c++) {
      const d = `\u0000${dummy++}`;
      layers[c]?.push(d);
      link(prev, d);
      prev = d;
    }
    link(prev, b);
  }
  return { layers, up, down, drawn };
}

function totalCrossings(l: Layered): number {
  let sum = 0;
  for (let c = 0; c + 1 < l.layers.length; c++) {
    const next = new Map((l.layers[c + 1] as string[]).map((id, i) => [id, i]));
    const pairs: [number, number][] = [];
    (l.layers[c] as string[]).forEach((id, i) => {
      for (const t of l.down.get(id) ?? []) pairs.push([i, next.get(t) ?? 0]);
    });
    sum += bilayerCrossings(pairs, (l.layers[c + 1] as string[]).length);
  }
  return sum;
}

/** Reorders `row` by the mean position of each entry's neighbours in the fixed row; NOTE: mutates. */
function sweep(row: string[], fixed: string[], neighbours: Map<string, string[]>): void {
  const at = new Map(fixed.map((id, i) => [id, i]));
  const key = new Map<string, number>();
  row.forEach((id, i) => {
    const ns = (neighbours.get(id) ?? []).map((n) => at.get(n)).filter((v): v is number => v !== undefined);
    // No neighbours there: keep its place (scaled to the fixed row's length).
    key.set(
      id,
      ns.length ? ns.reduce((a, b) => a + b, 0) / ns.length : (i * fixed.length) / Math.max(1, row.length),
    );
  });
  const index = new Map(row.map((id, i) => [id, i]));
  row.sort(
    (a, b) =>
      (key.get(a) as number) - (key.get(b) as number) || (index.get(a) as number) - (index.get(b) as number),
  );
}

/** Orders every column: alternating sweeps, the order with the fewest crossings kept. */
export function orderColumns(l: Layered, sweeps = 12, progress?: (share: number) => void): string[][] {
  let best = l.layers.map((row) => [...row]);
  let bestCount = totalCrossings(l);
  for (let s = 0; s < sweeps; s++) {
    if (s % 2 === 0)
      for (let c = 1; c < l.layers.length; c++)
        sweep(l.layers[c] as string[], l.layers[c - 1] as string[], l.up);
    else
      for (let c = l.layers.length - 2; c >= 0; c--)
        sweep(l.layers[c] as string[], l.layers[c + 1] as string[], l.down);
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

/** Positions for every node, deterministic for a given graph whatever order its file lists. */
export function layoutPositions(
  input: LayoutInput,
  progress?: (share: number) => void,
): Map<string, Position> {
  const cols = columnsOf(input);
  const l = layer(input, cols);
  progress?.(0.1);
  const info = new Map(input.nodes.map((n) => [n.id, n]));
  const order = orderColumns(l, 12, progress).map((row) => row.filter((id) => info.has(id)));
  // x: each column as wide as its widest box, COLUMN_MARGIN between.
  const widths = order.map((row) => Math.max(0, ...row.map((id) => info.get(id)?.w ?? 0)));
  const xs: number[] = [];
  widths.forEach((w, c) => {
    xs.push(c === 0 ? w / 2 : (xs[c - 1] as number) + (widths[c - 1] as number) / 2 + COLUMN_MARGIN + w / 2);
  });
  // y: columns stacked and centred, then pulled towards their neighbours a few times.
  const neighbours = new Map<string, string[]>();
  for (const [s, t] of input.links) {
    neighbours.set(s, [...(neighbours.get(s) ?? []), t]);
    neighbours.set(t, [...(neighbours.get(t) ?? []), s]);
  }
  const y = new Map<string, number>();
  const gapsOf = (row: string[]) =>
    row
      .slice(1)
      .map((id, i) => ((info.get(row[i] as string)?.h ?? 0) + (info.get(id)?.h ?? 0)) / 2 + ROW_GAP);
  for (const row of order) {
    const gaps = gapsOf(row);
    const total = gaps.reduce((a, b) => a + b, 0);
    for (const [i, v] of spread(
      row.map(() => -total / 2),
      gaps,
    ).entries())
      y.set(row[i] as string, v);
  }
  for (let pass = 0; pass < 6; pass++) {
    for (const row of order) {
      const want = row.map((id) => {
        const ns = (neighbours.get(id) ?? [])
          .map((n) => y.get(n))
          .filter((v): v is number => v !== undefined);
        const own = y.get(id) ?? 0;
        return ns.length ? (own + ns.reduce((a, b) => a + b, 0) / ns.length) / 2 : own;
      });
      for (const [i, v] of spread(want, gapsOf(row)).entries()) y.set(row[i] as string, v);
    }
  }
  progress?.(1);
  const positions = new Map<string, Position>();
  order.forEach((row, c) => {
    for (const id of row) positions.set(id, { x: Math.round(xs[c] as number), y: y.get(id) ?? 0 });
  });
  return positions;
}

/** Positions for a career graph (see layoutPositions). */
export function layeredPositions(graph: CareerGraph): Map<string, Position> {
  return layoutPositions(layoutInputOf(graph));
}
