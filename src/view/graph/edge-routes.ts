// Links that would run through a box. A link is drawn as a taxi route (style.ts): out of its source
// to the right, one vertical turn just past the source, then level with its target all the way in.
// A link that skips columns can then run straight through a box in a column between, and reads as
// a chain (A→B drawn through C). For those, this finds an orthogonal route clear of every box:
// the turn moved into a gap between columns, else a detour along a free corridor between rows.
// Pure geometry (positions and sizes in, bend points out), tested in Node; the adapter draws the
// bend points as a segments edge (routeLinks).

import type { Core } from 'cytoscape';

export interface Box {
  /** Centre and size, graph px. */
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface Point {
  x: number;
  y: number;
}

export interface RouteLink {
  id: string;
  source: string;
  target: string;
}

/** Where the taxi style turns: this far past the source's side (style.ts `taxi-turn`). */
export const TAXI_TURN = 14;
/** A route keeps this far from any box it passes. */
const CLEARANCE = 4;
/** Room a corridor keeps above or below the boxes it passes. */
const CORRIDOR_GAP = 8;
/**
 * A corridor at most this far above or below both ends: further, the detour is a long loop round
 * a crowded drawing (a frame of lines round the built-in map, 2026-12-01) that reads worse than a
 * link passing behind a box, which then keeps its taxi route.
 */
const MAX_DETOUR = 150;

interface Segment {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** Whether an axis-parallel segment passes through a box (grown by CLEARANCE). */
function hits(s: Segment, b: Box): boolean {
  const left = b.x - b.w / 2 - CLEARANCE;
  const right = b.x + b.w / 2 + CLEARANCE;
  const top = b.y - b.h / 2 - CLEARANCE;
  const bottom = b.y + b.h / 2 + CLEARANCE;
  const x1 = Math.min(s.x1, s.x2);
  const x2 = Math.max(s.x1, s.x2);
  const y1 = Math.min(s.y1, s.y2);
  const y2 = Math.max(s.y1, s.y2);
  return x1 < right && x2 > left && y1 < bottom && y2 > top;
}

/** The segments of a route from the source's right side through `bends` to the target's left side. */
function segmentsOf(from: Point, bends: Point[], to: Point): Segment[] {
  const points = [from, ...bends, to];
  const out: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i] as Point;
    const b = points[i + 1] as Point;
    out.push({ x1: a.x, y1: a.y, x2: b.x, y2: b.y });
  }
  return out;
}

/** x ranges between `from` and `to` that no box covers: the gaps between columns. */
function freeColumns(boxes: readonly Box[], from: number, to: number): number[] {
  const spans = boxes
    .map((b) => [b.x - b.w / 2 - CLEARANCE, b.x + b.w / 2 + CLEARANCE] as const)
    .filter(([l, r]) => r > from && l < to)
    .sort((a, b) => a[0] - b[0]);
  const mids: number[] = [];
  let at = from;
  for (const [l, r] of spans) {
    if (l > at) mids.push((at + l) / 2);
    at = Math.max(at, r);
  }
  if (to > at) mids.push((at + to) / 2);
  return mids;
}

/**
 * The bend points of each link whose taxi route would pass through a box other than its ends; a
 * link that is clear, goes backwards or stays in its column is left out (it keeps the taxi route).
 */
export function routesAroundBoxes(
  boxes: ReadonlyMap<string, Box>,
  links: readonly RouteLink[],
): Map<string, Point[]> {
  const all = [...boxes.entries()];
  const out = new Map<string, Point[]>();
  const byPair = new Map<string, Point[] | null>();
  for (const link of links) {
    const s = boxes.get(link.source);
    const t = boxes.get(link.target);
    if (!s || !t) continue;
    const start = s.x + s.w / 2;
    const end = t.x - t.w / 2;
    if (end - start < 2 * TAXI_TURN) continue;
    // Parallel links (several years-of-experience routes) share one route, worked out once.
    const pair = `${link.source}\u0000${link.target}`;
    if (!byPair.has(pair)) {
      const others = all.filter(([id]) => id !== link.source && id !== link.target).map(([, b]) => b);
      byPair.set(pair, routeOf(s, t, start, end, others));
    }
    const route = byPair.get(pair);
    if (route) out.set(link.id, route);
  }
  return out;
}

/** null when the taxi route is clear (or nothing clear was found: it is kept then). */
function routeOf(s: Box, t: Box, start: number, end: number, others: Box[]): Point[] | null {
  const from = { x: start, y: s.y };
  const to = { x: end, y: t.y };
  const between = others.filter((b) => b.x + b.w / 2 > start && b.x - b.w / 2 < end);
  const clear = (bends: Point[]) =>
    segmentsOf(from, bends, to).every((seg) => !between.some((b) => hits(seg, b)));
  const turnAt = (x: number): Point[] => [
    { x, y: s.y },
    { x, y: t.y },
  ];
  if (clear(turnAt(start + TAXI_TURN))) return null;
  // One turn, in a gap between columns: nearest the source first (the taxi route's habit).
  const gaps = freeColumns(between, start, end);
  for (const x of gaps) {
    const bends = turnAt(x);
    if (clear(bends)) return bends;
  }
  // Two turns: out level with the source, along a corridor between rows, in level with the target.
  const first = gaps[0] ?? start + TAXI_TURN;
  const last = gaps.at(-1) ?? end - TAXI_TURN;
  if (last <= first) return null;
  const inside = between.filter((b) => b.x + b.w / 2 > first && b.x - b.w / 2 < last);
  const lo = Math.min(s.y, t.y) - MAX_DETOUR;
  const hi = Math.max(s.y, t.y) + MAX_DETOUR;
  const corridors = inside
    .flatMap((b) => [b.y - b.h / 2 - CORRIDOR_GAP, b.y + b.h / 2 + CORRIDOR_GAP])
    .filter((y) => y >= lo && y <= hi)
    .sort((a, b) => Math.abs(a - s.y) + Math.abs(a - t.y) - (Math.abs(b - s.y) + Math.abs(b - t.y)) || a - b);
  for (const y of corridors) {
    const bends = [
      { x: first, y: s.y },
      { x: first, y },
      { x: last, y },
      { x: last, y: t.y },
    ];
    if (clear(bends)) return bends;
  }
  return null;
}

/**
 * A route's bend points as Cytoscape's segment weights and distances: along and across the line
 * from the source's centre to the target's (`edge-distances: node-position`), as space-separated
 * lists the style reads with `data()`.
 */
export function segmentData(
  s: Point,
  t: Point,
  bends: readonly Point[],
): { weights: string; distances: string } {
  const dx = t.x - s.x;
  const dy = t.y - s.y;
  const length2 = dx * dx + dy * dy || 1;
  const length = Math.sqrt(length2);
  const weights: number[] = [];
  const distances: number[] = [];
  for (const p of bends) {
    const px = p.x - s.x;
    const py = p.y - s.y;
    weights.push((px * dx + py * dy) / length2);
    // Cytoscape's normal is the direction turned a quarter: (−dy, dx) / length.
    distances.push((px * -dy + py * dx) / length);
  }
  const fmt = (v: number) => String(Math.round(v * 100000) / 100000);
  return { weights: weights.map(fmt).join(' '), distances: distances.map(fmt).join(' ') };
}

/** Above this many nodes no routes are worked out (a big graph is drawn in group boxes, straight links). */
const MAX_ROUTED_NODES = 400;

/**
 * Gives each link that would run through a box its detour (class `detour`, style.ts), and takes it
 * from a link that no longer needs one. Call once positions are set. NOTE: mutates cy's edges.
 */
export function routeLinks(cy: Core): void {
  const nodes = cy.nodes().not('.group');
  if (nodes.length > MAX_ROUTED_NODES || cy.nodes('.group').nonempty()) return;
  const boxes = new Map<string, Box>();
  nodes.forEach((n) => {
    const { x, y } = n.position();
    boxes.set(n.id(), { x, y, w: Number(n.data('w')) || n.width(), h: Number(n.data('h')) || n.height() });
  });
  const edges = cy.edges(':not(.group-link):not(.agg)');
  const links = edges.map((e) => ({ id: e.id(), source: e.source().id(), target: e.target().id() }));
  const routes = routesAroundBoxes(boxes, links);
  cy.batch(() => {
    edges.forEach((e) => {
      const bends = routes.get(e.id());
      if (!bends) {
        if (e.hasClass('detour')) e.removeClass('detour');
        return;
      }
      const { weights, distances } = segmentData(e.source().position(), e.target().position(), bends);
      e.data({ sw: weights, sd: distances });
      e.addClass('detour');
    });
  });
}
