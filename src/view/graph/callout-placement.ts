// Where the plan's callouts ("2 · RHIA") go: beside their node, never over each other, over any
// plan node or over a control (zoom buttons, legend, presentation panel). Pure, so it is tested
// without a browser; a callout with no free place is left out (the node still shows its number).

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

/** Places nearest the node first: above, below, right, left, then the corners, then further out. */
function candidates(c: Callout): Box[] {
  const { anchor: a, w, h } = c;
  const cx = a.x + a.w / 2 - w / 2;
  const cy = a.y + a.h / 2 - h / 2;
  const out: Box[] = [];
  for (let ring = 0; ring < 4; ring++) {
    const d = GAP + ring * (h + GAP);
    const dx = GAP + ring * (w / 2 + GAP);
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
  }
  return out.map((b) => ({ ...b, x: Math.round(b.x), y: Math.round(b.y) }));
}

/**
 * A place for each callout, in order (earlier callouts get the better places), or null where
 * none is free inside `bounds`. Placed callouts never overlap each other, any of `obstacles`
 * (plan nodes, controls) or any callout's node.
 */
export function placeCallouts(
  callouts: readonly Callout[],
  obstacles: readonly Box[],
  bounds: Box,
): (Box | null)[] {
  const blocked: Box[] = [...obstacles, ...callouts.map((c) => c.anchor)].map((b) => grow(b, GAP - 1));
  const placed: Box[] = [];
  return callouts.map((c) => {
    const spot = candidates(c).find(
      (b) =>
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
