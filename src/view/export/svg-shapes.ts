// SVG drawing parts shared by the export's graph and its frame: elements made with DOM calls (so
// no text is parsed as markup) and the node shapes from the theme's outlines (theme/shape-outline.ts),
// so the legend's samples, the exported nodes and the printed handout are one drawing.

import { round, shapeOutline } from '../theme/shape-outline';

const SVG_NS = 'http://www.w3.org/2000/svg';

export function el<K extends keyof SVGElementTagNameMap>(
  doc: Document,
  name: K,
  attrs: Record<string, string | number>,
): SVGElementTagNameMap[K] {
  const e = doc.createElementNS(SVG_NS, name);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, typeof v === 'number' ? round(v) : v);
  return e;
}

export function shapeElement(
  doc: Document,
  shape: string,
  cx: number,
  cy: number,
  w: number,
  h: number,
): SVGElement {
  const outline = shapeOutline(shape, cx, cy, w, h);
  const e = el(doc, outline.tag, outline.attrs);
  if (outline.tag === 'polygon') e.setAttribute('stroke-linejoin', outline.join);
  return e;
}
