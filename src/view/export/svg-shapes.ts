// SVG drawing parts shared by the export's graph and its frame: elements made with DOM calls (so
// no text is parsed as markup) and the node shapes as Cytoscape draws them, so the legend's
// samples and the exported nodes are one drawing.

const SVG_NS = 'http://www.w3.org/2000/svg';

export const round = (n: number): string => String(Math.round(n * 10) / 10);

export function el<K extends keyof SVGElementTagNameMap>(
  doc: Document,
  name: K,
  attrs: Record<string, string | number>,
): SVGElementTagNameMap[K] {
  const e = doc.createElementNS(SVG_NS, name);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, typeof v === 'number' ? round(v) : v);
  return e;
}

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

export function shapeElement(
  doc: Document,
  shape: string,
  cx: number,
  cy: number,
  w: number,
  h: number,
): SVGElement {
  const x1 = cx - w / 2;
  const y1 = cy - h / 2;
  const base = shape.replace(/^(round|cut)-/, '');
  if (base === 'ellipse') return el(doc, 'ellipse', { cx, cy, rx: w / 2, ry: h / 2 });
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
    return el(doc, 'path', { d });
  }
  const polygon = POLYGONS[base];
  if (polygon) {
    const points = polygon
      .map(([px, py]) => `${round(cx + (px * w) / 2)},${round(cy + (py * h) / 2)}`)
      .join(' ');
    return el(doc, 'polygon', { points, 'stroke-linejoin': shape.startsWith('round') ? 'round' : 'miter' });
  }
  // Cytoscape's automatic corner radius for round rectangles (getRoundRectangleRadius).
  const r = shape.startsWith('round') ? Math.min(w / 4, h / 4, 8) : 0;
  return el(doc, 'rect', { x: x1, y: y1, width: w, height: h, rx: r, ry: r });
}
