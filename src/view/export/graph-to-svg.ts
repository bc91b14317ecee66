// The graph as it is shown (positions, shapes, colours, dimming, labels) drawn as an SVG document
// with DOM calls: every label is a text node, so nothing from the data is ever parsed as markup.
// Our own because cytoscape-svg is GPL-3.0 (this project is MIT) and drags in a canvas shim.

import type { Core, EdgeSingular, NodeSingular } from 'cytoscape';
import { round } from '../theme/shape-outline';
import { linesInShape, PALETTES } from '../theme/theme';
import { LINE_HEIGHT, textWidth, wrapLabel } from '../theme/wrap';
import { drawHeader, drawLegend, type ExportCaption, headerHeight, legendHeight } from './export-frame';
import { el, shapeElement } from './svg-shapes';

const PADDING = 24;

type Box = { x1: number; y1: number; x2: number; y2: number };

const num = (value: unknown, fallback = 0): number => {
  const n = Number.parseFloat(String(value));
  return Number.isFinite(n) ? n : fallback;
};

/** Where the segment from the box centre towards (tx, ty) leaves the box. */
function clipToBox(box: Box, tx: number, ty: number): { x: number; y: number } {
  const cx = (box.x1 + box.x2) / 2;
  const cy = (box.y1 + box.y2) / 2;
  const dx = tx - cx;
  const dy = ty - cy;
  if (dx === 0 && dy === 0) return { x: cx, y: cy };
  const sx = dx === 0 ? Number.POSITIVE_INFINITY : (box.x2 - box.x1) / 2 / Math.abs(dx);
  const sy = dy === 0 ? Number.POSITIVE_INFINITY : (box.y2 - box.y1) / 2 / Math.abs(dy);
  const s = Math.min(sx, sy, 1);
  return { x: cx + dx * s, y: cy + dy * s };
}

function nodeBox(n: NodeSingular): Box {
  const p = n.position();
  const w = n.outerWidth();
  const h = n.outerHeight();
  return { x1: p.x - w / 2, y1: p.y - h / 2, x2: p.x + w / 2, y2: p.y + h / 2 };
}

const finite = (p: { x: number; y: number } | undefined): p is { x: number; y: number } =>
  p !== undefined && Number.isFinite(p.x) && Number.isFinite(p.y);

type Point = { x: number; y: number };

/** The renderer's points for an edge, or undefined where it has none (or has not drawn it). */
function pointsOf(read: () => Point[] | undefined): Point[] | undefined {
  try {
    return read();
  } catch {
    return undefined;
  }
}

/** A path through `points` with each bend rounded at `radius` (at most half of either leg). */
export function roundedPolyline(points: Point[], radius: number): string {
  const [first] = points;
  if (!first) return '';
  const parts = [`M${round(first.x)},${round(first.y)}`];
  for (let i = 1; i < points.length; i++) {
    const p = points[i] as Point;
    const prev = points[i - 1] as Point;
    const next = points[i + 1];
    if (!next || radius <= 0) {
      parts.push(`L${round(p.x)},${round(p.y)}`);
      continue;
    }
    const inLen = Math.hypot(p.x - prev.x, p.y - prev.y);
    const outLen = Math.hypot(next.x - p.x, next.y - p.y);
    const r = Math.min(radius, inLen / 2, outLen / 2);
    if (r <= 0) continue;
    const a = { x: p.x - ((p.x - prev.x) / inLen) * r, y: p.y - ((p.y - prev.y) / inLen) * r };
    const b = { x: p.x + ((next.x - p.x) / outLen) * r, y: p.y + ((next.y - p.y) / outLen) * r };
    parts.push(`L${round(a.x)},${round(a.y)} Q${round(p.x)},${round(p.y)} ${round(b.x)},${round(b.y)}`);
  }
  return parts.join(' ');
}

function drawEdge(doc: Document, e: EdgeSingular): SVGGElement | null {
  const source = e.source();
  const target = e.target();
  const sBox = nodeBox(source);
  const tBox = nodeBox(target);
  // The renderer's endpoints where it has drawn the edge; otherwise clip the centre line ourselves.
  let from: { x: number; y: number } | undefined;
  let to: { x: number; y: number } | undefined;
  try {
    from = e.sourceEndpoint();
    to = e.targetEndpoint();
  } catch {
    from = undefined;
  }
  const tp = target.position();
  const sp = source.position();
  if (!finite(from) || !finite(to)) {
    from = clipToBox(sBox, tp.x, tp.y);
    to = clipToBox(tBox, sp.x, sp.y);
  }
  const width = num(e.style('width'), 1);
  const colour = String(e.style('line-color'));
  const g = el(doc, 'g', { class: 'edge', 'data-id': e.id(), opacity: e.effectiveOpacity() });
  // Taxi edges (the map's bundled trunks) are segments with rounded bends; others may curve.
  const bends = (pointsOf(() => e.segmentPoints()) ?? []).filter(finite);
  const control = bends.length === 0 ? pointsOf(() => e.controlPoints())?.[0] : undefined;
  const d =
    bends.length > 0
      ? roundedPolyline([from, ...bends, to], num(e.style('taxi-radius'), 0))
      : finite(control)
        ? `M${round(from.x)},${round(from.y)} Q${round(control.x)},${round(control.y)} ${round(to.x)},${round(to.y)}`
        : `M${round(from.x)},${round(from.y)} L${round(to.x)},${round(to.y)}`;
  const lineStyle = String(e.style('line-style'));
  const path = el(doc, 'path', { d, fill: 'none', stroke: colour, 'stroke-width': width });
  if (lineStyle === 'dashed') path.setAttribute('stroke-dasharray', '6 4');
  if (lineStyle === 'dotted') path.setAttribute('stroke-dasharray', '1.5 3');
  g.appendChild(path);

  const arrow = String(e.style('target-arrow-shape'));
  if (arrow !== 'none') {
    const origin = bends.at(-1) ?? (finite(control) ? control : from);
    const angle = Math.atan2(to.y - origin.y, to.x - origin.x);
    const size = 4 + width * 2.5;
    const hollow = String(e.style('target-arrow-fill')) === 'hollow';
    const arrowColour = String(e.style('target-arrow-color'));
    const fill = hollow ? String(e.style('text-background-color')) : arrowColour;
    if (arrow === 'circle') {
      g.appendChild(el(doc, 'circle', { cx: to.x, cy: to.y, r: size / 2.5, fill, stroke: arrowColour }));
    } else {
      const back = (a: number, r: number) => ({
        x: to.x - r * Math.cos(angle + a),
        y: to.y - r * Math.sin(angle + a),
      });
      const left = back(0.45, size);
      const right = back(-0.45, size);
      const points = [to, left, right].map((p) => `${round(p.x)},${round(p.y)}`).join(' ');
      g.appendChild(el(doc, 'polygon', { points, fill, stroke: arrowColour, 'stroke-width': 1 }));
    }
  }

  const label = String(e.style('label') ?? '');
  if (label.trim() !== '') {
    // Where the renderer puts the label (the middle of the route), else the middle of the chord.
    const mid = pointsOf(() => [e.midpoint()])?.[0];
    const { x: mx, y: my } = finite(mid) ? mid : { x: (from.x + to.x) / 2, y: (from.y + to.y) / 2 };
    const size = num(e.style('font-size'), 12);
    const w = textWidth(label, size) + 6;
    g.appendChild(
      el(doc, 'rect', {
        x: mx - w / 2,
        y: my - size * 0.7,
        width: w,
        height: size * 1.4,
        fill: String(e.style('text-background-color')),
      }),
    );
    const text = el(doc, 'text', {
      x: mx,
      y: my,
      'font-size': size,
      'text-anchor': 'middle',
      'dominant-baseline': 'central',
      fill: String(e.style('color')),
    });
    text.textContent = label;
    g.appendChild(text);
  }
  return g;
}

function drawNode(doc: Document, n: NodeSingular): SVGGElement {
  const { x, y } = n.position();
  const w = n.width();
  const h = n.height();
  const g = el(doc, 'g', { class: 'node', opacity: n.effectiveOpacity() });
  const fillOpacity = num(n.style('background-opacity'), 1);
  const borderOpacity = num(n.style('border-opacity'), 1);
  g.setAttribute('data-id', n.id());
  const shape = String(n.style('shape'));

  const underlay = num(n.style('underlay-opacity'));
  if (underlay > 0) {
    const pad = num(n.style('underlay-padding'));
    const u = el(doc, 'rect', {
      class: 'underlay',
      x: x - w / 2 - pad,
      y: y - h / 2 - pad,
      width: w + 2 * pad,
      height: h + 2 * pad,
      rx: 10,
    });
    u.setAttribute('fill', String(n.style('underlay-color')));
    u.setAttribute('fill-opacity', round(underlay));
    g.appendChild(u);
  }
  const outline = num(n.style('outline-width'));
  if (outline > 0) {
    const off = num(n.style('outline-offset')) + outline / 2 + num(n.style('border-width')) / 2;
    const o = shapeElement(doc, shape, x, y, w + 2 * off, h + 2 * off);
    o.setAttribute('class', 'outline');
    o.setAttribute('fill', 'none');
    o.setAttribute('stroke', String(n.style('outline-color')));
    o.setAttribute('stroke-width', round(outline));
    g.appendChild(o);
  }

  const border = num(n.style('border-width'));
  const borderColour = String(n.style('border-color'));
  // A double border, as Cytoscape draws it: the border stroked, its middle third cut out, so two
  // lines a third as wide with the canvas between them (it marks what is held, not colour alone).
  const double = String(n.style('border-style')) === 'double' && border > 0;
  const inset = double ? border / 3 : 0;
  const body = shapeElement(doc, shape, x, y, w - inset, h - inset);
  body.setAttribute('class', 'body');
  body.setAttribute('fill', String(n.style('background-color')));
  if (fillOpacity < 1) body.setAttribute('fill-opacity', round(fillOpacity));
  g.appendChild(body);
  const stroke = (e: SVGElement, width: number) => {
    e.setAttribute('stroke', borderColour);
    if (borderOpacity < 1) e.setAttribute('stroke-opacity', round(borderOpacity));
    e.setAttribute('stroke-width', round(width));
  };
  if (!double) stroke(body, border);
  else
    for (const off of [border / 3, -border / 3]) {
      const ring = shapeElement(doc, shape, x, y, w + 2 * off, h + 2 * off);
      ring.setAttribute('class', 'border');
      ring.setAttribute('fill', 'none');
      stroke(ring, border / 3);
      g.appendChild(ring);
    }

  const label = String(n.style('label') ?? '');
  if (label.trim() !== '') {
    const size = num(n.style('font-size'), 14);
    // The canvas's own lines (labels arrive wrapped by wrap.ts); a label without breaks that is
    // wider than its shape at its top and bottom lines is wrapped here, so no text spills out.
    const lines = label.includes('\n')
      ? label.split('\n')
      : linesInShape(
          shape,
          w,
          12,
          (n) => (n * size * LINE_HEIGHT) / h,
          (room) => (textWidth(label, size) > room ? wrapLabel(label, size, room) : [label]),
        );
    const text = el(doc, 'text', {
      x,
      y: y - ((lines.length - 1) * size * LINE_HEIGHT) / 2,
      'font-size': size,
      'font-family': String(n.style('font-family')),
      'text-anchor': 'middle',
      'dominant-baseline': 'central',
      fill: String(n.style('color')),
    });
    lines.forEach((line, i) => {
      const span = el(doc, 'tspan', { x, dy: i === 0 ? 0 : size * LINE_HEIGHT });
      // A space ends every line but the last, so the text reads (and copies) as one label.
      span.textContent = i < lines.length - 1 ? `${line} ` : line;
      text.appendChild(span);
    });
    g.appendChild(text);
  }
  const title = el(doc, 'title', {});
  title.textContent = String(n.data('fullLabel') ?? label);
  g.appendChild(title);
  return g;
}

/**
 * Draws the visible graph; `title` becomes the SVG's accessible name. With a caption, the graph's
 * title, goal and date go above it and the legend below (export-frame.ts).
 */
export function graphToSvg(cy: Core, doc: Document, title: string, caption?: ExportCaption): SVGSVGElement {
  const nodes = cy.nodes().filter((n) => n.visible());
  const edges = cy.edges().filter((e) => e.visible() && e.source().visible() && e.target().visible());
  const box: Box = { x1: 0, y1: 0, x2: 0, y2: 0 };
  nodes.forEach((n, i) => {
    const b = nodeBox(n);
    const grow =
      num(n.style('underlay-padding')) + num(n.style('outline-width')) + num(n.style('outline-offset'));
    box.x1 = i === 0 ? b.x1 - grow : Math.min(box.x1, b.x1 - grow);
    box.y1 = i === 0 ? b.y1 - grow : Math.min(box.y1, b.y1 - grow);
    box.x2 = i === 0 ? b.x2 + grow : Math.max(box.x2, b.x2 + grow);
    box.y2 = i === 0 ? b.y2 + grow : Math.max(box.y2, b.y2 + grow);
  });
  const x = box.x1 - PADDING;
  const w = Math.max(box.x2 - box.x1 + 2 * PADDING, caption ? 640 : 0);
  const top = caption ? headerHeight(caption) : 0;
  const bottom = caption ? legendHeight(w) : 0;
  const y = box.y1 - PADDING - top;
  const h = box.y2 - box.y1 + 2 * PADDING + top + bottom;
  const background = caption ? PALETTES[caption.theme].canvas : '#ffffff';
  const svg = el(doc, 'svg', {
    viewBox: `${round(x)} ${round(y)} ${round(w)} ${round(h)}`,
    width: w,
    height: h,
    role: 'img',
    'font-family': 'system-ui, "DejaVu Sans", sans-serif',
  });
  const titleEl = el(doc, 'title', {});
  titleEl.textContent = title;
  svg.appendChild(titleEl);
  svg.appendChild(el(doc, 'rect', { x, y, width: w, height: h, fill: background }));
  if (caption) svg.appendChild(drawHeader(doc, caption, x, y));
  const edgeLayer = el(doc, 'g', { class: 'edges' });
  edges.forEach((e) => {
    const g = drawEdge(doc, e);
    if (g) edgeLayer.appendChild(g);
  });
  const nodeLayer = el(doc, 'g', { class: 'nodes' });
  nodes.forEach((n) => {
    nodeLayer.appendChild(drawNode(doc, n));
  });
  svg.append(edgeLayer, nodeLayer);
  if (caption) svg.appendChild(drawLegend(doc, caption.theme, x, y + h - bottom, w));
  return svg;
}

/** The SVG as a standalone file. */
export function svgToText(svg: SVGSVGElement): string {
  const text = new XMLSerializer().serializeToString(svg);
  return `<?xml version="1.0" encoding="UTF-8"?>\n${text}\n`;
}
