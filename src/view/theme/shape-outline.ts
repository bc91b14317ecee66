// Each node shape's outline as SVG geometry (no DOM, no React): the node shapes as Cytoscape draws
// them, so the SVG export (DOM calls), its legend and the printed handout (React) draw one shape.

export const round = (n: number): string => String(Math.round(n * 10) / 10);

/** An SVG element name and its geometry attributes (the same names in the DOM and in React). */
export type ShapeOutline =
  | { tag: 'ellipse'; attrs: { cx: number; cy: number; rx: number; ry: number } }
  | { tag: 'path'; attrs: { d: string } }
  | { tag: 'polygon'; attrs: { points: string }; join: 'round' | 'miter' }
  | { tag: 'rect'; attrs: { x: number; y: number; width: number; height: number; rx: number; ry: number } };

/** Unit polygon points per Cytoscape shape, scaled to the node box. */
const POLYGONS: Record<string, [number, number][]> = {
  hexagon: [
    [-1, 0],
    [-0.5, -1],
    [0.5, -1],
    [1, 0],
    [0.5, 1],
    [-0.5, 1],
  ],
  octagon: [
    [-0.414, -1],
    [0.414, -1],
    [1, -0.414],
    [1, 0.414],
    [0.414, 1],
    [-0.414, 1],
    [-1, 0.414],
    [-1, -0.414],
  ],
  diamond: [
    [0, -1],
    [1, 0],
    [0, 1],
    [-1, 0],
  ],
  triangle: [
    [0, -1],
    [1, 1],
    [-1, 1],
  ],
};

/** The outline of a Cytoscape `shape` filling the w×h box centred on (cx, cy). */
export function shapeOutline(shape: string, cx: number, cy: number, w: number, h: number): ShapeOutline {
  const x1 = cx - w / 2;
  const y1 = cy - h / 2;
  const base = shape.replace(/^(round|cut)-/, '');
  if (base === 'ellipse') return { tag: 'ellipse', attrs: { cx, cy, rx: w / 2, ry: h / 2 } };
  if (base === 'barrel') {
    // Cytoscape's barrel: straight sides, corners curving over a quarter of the width and a
    // twentieth of the height (drawBarrelPath), so labels have the room they have on the canvas.
    const wo = Math.min(100, 0.25 * w);
    const ho = Math.min(15, 0.05 * h);
    const c = 0.05 * wo;
    const x2 = x1 + w;
    const y2 = y1 + h;
    const d = [
      `M${round(x1)},${round(y1 + ho)} V${round(y2 - ho)}`,
      `Q${round(x1 + c)},${round(y2)} ${round(x1 + wo)},${round(y2)} H${round(x2 - wo)}`,
      `Q${round(x2 - c)},${round(y2)} ${round(x2)},${round(y2 - ho)} V${round(y1 + ho)}`,
      `Q${round(x2 - c)},${round(y1)} ${round(x2 - wo)},${round(y1)} H${round(x1 + wo)}`,
      `Q${round(x1 + c)},${round(y1)} ${round(x1)},${round(y1 + ho)} Z`,
    ].join(' ');
    return { tag: 'path', attrs: { d } };
  }
  const polygon = POLYGONS[base];
  if (polygon) {
    const points = polygon
      .map(([px, py]) => `${round(cx + (px * w) / 2)},${round(cy + (py * h) / 2)}`)
      .join(' ');
    return { tag: 'polygon', attrs: { points }, join: shape.startsWith('round') ? 'round' : 'miter' };
  }
  // Cytoscape's automatic corner radius for round rectangles (getRoundRectangleRadius).
  const r = shape.startsWith('round') ? Math.min(w / 4, h / 4, 8) : 0;
  return { tag: 'rect', attrs: { x: x1, y: y1, width: w, height: h, rx: r, ry: r } };
}
