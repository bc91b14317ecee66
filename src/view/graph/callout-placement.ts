// Where the plan's callouts ("2 · RHIA") go: touching distance from their node, never over each
// other, over any node drawn as held or in the plan, or over a control (zoom buttons, legend,
// presentation panel). Pure, so it is tested without a browser; a callout with no free place near
// its node is left out (the node still shows its number). Narrow screens get fewer, smaller ones.

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface Callout {
  /** The node's box on screen. */
  anchor: Box;
  /** The callout's size. */
  w: number;
  h: number;
}

/** Space kept between a callout and its node, and around everything it must not touch. */
const GAP = 3;

export const overlaps = (a: Box, b: Box): boolean =>
  a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

const grow = (b: Box, by: number): Box => ({ x: b.x - by, y: b.y - by, w: b.w + 2 * by, h: b.h + 2 * by });

/**
 * How far a callout may sit from its node: one callout height plus the gaps. Further out it no
 * longer reads as the node's label (on a phone callouts drifted a screen's width away).
 */
export const reachOf = (c: Pick<Callout, 'h'>): number => c.h + 2 * GAP;

/** The empty space between two boxes (0 when they touch or overlap), the larger of x and y. */
export function gapBetween(a: Box, b: Box): number {
  const dx = Math.max(0, b.x - (a.x + a.w), a.x - (b.x + b.w));
  const dy = Math.max(0, b.y - (a.y + a.h), a.y - (b.y + b.h));
  return Math.max(dx, dy);
}

/** How many callouts a canvas this wide shows, and whether they are the compact size. */
export function calloutBudget(width: number): { max: number; compact: boolean } {
  if (width < 420) return { max: 3, compact: true };
  if (width < 640) return { max: 5, compact: true };
  return { max: Number.POSITIVE_INFINITY, compact: false };
}

/**
 * Places nearest the node first: above, below, right, left, then the corners, then slid along the
 * node's top and bottom (still over or under it), then one ring out.
 */
function candidates(c: Callout, bounds: Box): Box[] {
  const { anchor: a, w, h } = c;
  const cx = a.x + a.w / 2 - w / 2;
  const cy = a.y + a.h / 2 - h / 2;
  const out: Box[] = [];
  for (let ring = 0; ring < 2; ring++) {
    const d = GAP + ring * (h + GAP);
    const dx = GAP + ring * (h + GAP);
    out.push(
      { x: cx, y: a.y - h - d, w, h },
      { x: cx, y: a.y + a.h + d, w, h },
      { x: a.x + a.w + dx, y: cy, w, h },
      { x: a.x - w - dx, y: cy, w, h },
      { x: a.x + a.w / 2 + GAP, y: a.y - h - d, w, h },
      { x: a.x + a.w / 2 - w - GAP, y: a.y - h - d, w, h },
      { x: a.x + a.w / 2 + GAP, y: a.y + a.h + d, w, h },
      { x: a.x + a.w / 2 - w - GAP, y: a.y + a.h + d, w, h },
    );
    // Slid along the node, at least a quarter of the node's width still over or under it.
    for (const share of [0.75, 1]) {
      const reach = share * (w - a.w / 4);
      for (const y of [a.y - h - d, a.y + a.h + d])
        out.push({ x: a.x + a.w / 4 - reach, y, w, h }, { x: a.x + (3 * a.w) / 4 - w + reach, y, w, h });
    }
  }
  // Each place as given, then slid sideways into the canvas (a node at the edge keeps its tag).
  const inside = (b: Box): Box => ({
    ...b,
    x: Math.max(bounds.x, Math.min(b.x, bounds.x + bounds.w - b.w)),
  });
  return [...out, ...out.map(inside)].map((b) => ({ ...b, x: Math.round(b.x), y: Math.round(b.y) }));
}

/**
 * A place for each callout, in order (earlier callouts get the better places), or null where
 * none is free inside `bounds` within reach of its node (reachOf), or once `max` are placed.
 * Placed callouts never overlap each other, any of `obstacles` (held and plan nodes, controls) or
 * any callout's node.
 */
export function placeCallouts(
  callouts: readonly Callout[],
  obstacles: readonly Box[],
  bounds: Box,
  max = Number.POSITIVE_INFINITY,
): (Box | null)[] {
  const blocked: Box[] = [...obstacles, ...callouts.map((c) => c.anchor)].map((b) => grow(b, GAP - 1));
  const placed: Box[] = [];
  return callouts.map((c) => {
    if (placed.length >= max) return null;
    const spot = candidates(c, bounds).find(
      (b) =>
        gapBetween(b, c.anchor) <= reachOf(c) &&
        b.x >= bounds.x &&
        b.y >= bounds.y &&
        b.x + b.w <= bounds.x + bounds.w &&
        b.y + b.h <= bounds.y + bounds.h &&
        !blocked.some((o) => overlaps(b, o)) &&
        !placed.some((p) => overlaps(grow(b, 1), p)),
    );
    if (spot === undefined) return null;
    placed.push(spot);
    return spot;
  });
}
