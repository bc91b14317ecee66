// What an exported picture carries besides the graph: a header (the graph's title, the plan's
// goal when one is shown, the data's date) and the legend (kinds and lines), drawn from the theme
// as SVG with DOM calls (text stays text). The SVG export wraps the graph in it; the PNG export
// paints it around Cytoscape's own picture.

import type { EdgeType } from '../../domain/career-graph';
import { NODE_KINDS } from '../../domain/types';
import { KIND_NAMES } from '../../present/format/labels';
import { EDGE_STYLES, KIND_SHAPES, PALETTES, type ThemeName } from '../theme/theme';
import { textWidth } from '../theme/wrap';
import { el, shapeElement } from './svg-shapes';

export interface ExportCaption {
  /** The career graph's own title (its file's `title`). */
  title: string;
  /** The plan's goal, when a plan is shown. */
  goal: string | null;
  /** When the data was last reviewed (the file's `updated`). */
  updated: string;
  theme: ThemeName;
}

export const HEADER_FONT = 22;
export const SUB_FONT = 15;
export const LEGEND_FONT = 14;
const MARGIN = 16;
const ROW = 28;

/** The header's lines, in order. */
export function headerLines(c: ExportCaption): { text: string; size: number; bold: boolean }[] {
  return [
    { text: c.title, size: HEADER_FONT, bold: true },
    ...(c.goal ? [{ text: `Plan to become: ${c.goal}`, size: SUB_FONT + 1, bold: true }] : []),
    { text: `Data reviewed ${c.updated}`, size: SUB_FONT, bold: false },
  ];
}

export function headerHeight(c: ExportCaption): number {
  return MARGIN + headerLines(c).reduce((h, l) => h + l.size * 1.4, 0) + MARGIN / 2;
}

interface LegendItem {
  kind: 'node' | 'edge' | 'mark';
  key: string;
  label: string;
}

const LEGEND: LegendItem[] = [
  ...NODE_KINDS.map((k) => ({ kind: 'node' as const, key: k, label: KIND_NAMES[k] })),
  ...(['allOf', 'anyOf', 'experience'] as const).map((t) => ({
    kind: 'edge' as const,
    key: t,
    label: EDGE_STYLES[t].name,
  })),
  { kind: 'mark', key: 'held', label: 'you have it' },
  { kind: 'mark', key: 'plan', label: 'the plan, numbered' },
];
const SAMPLE_W = 34;

/** Legend items placed in rows that fit `width`: [item, x, row]. */
export function legendPlacement(width: number): { item: LegendItem; x: number; row: number }[] {
  const out: { item: LegendItem; x: number; row: number }[] = [];
  let x = MARGIN;
  let row = 0;
  for (const item of LEGEND) {
    const w = SAMPLE_W + 6 + textWidth(item.label, LEGEND_FONT) + 18;
    if (x + w > width - MARGIN && x > MARGIN) {
      row++;
      x = MARGIN;
    }
    out.push({ item, x, row });
    x += w;
  }
  return out;
}

export function legendHeight(width: number): number {
  const rows = Math.max(0, ...legendPlacement(width).map((p) => p.row)) + 1;
  return MARGIN / 2 + rows * ROW + MARGIN / 2;
}

function text(doc: Document, s: string, attrs: Record<string, string | number>): SVGElement {
  const t = el(doc, 'text', attrs);
  t.textContent = s;
  return t;
}

/** The header as an SVG group at (x, y), `width` wide. */
export function drawHeader(doc: Document, c: ExportCaption, x: number, y: number): SVGElement {
  const p = PALETTES[c.theme];
  const g = el(doc, 'g', { class: 'export-header' });
  let at = y + MARGIN;
  for (const line of headerLines(c)) {
    at += line.size;
    g.appendChild(
      text(doc, line.text, {
        x: x + MARGIN,
        y: at,
        'font-size': line.size,
        'font-weight': line.bold ? 700 : 400,
        fill: line.text.startsWith('Plan to become') ? p.planText : p.ink,
      }),
    );
    at += line.size * 0.4;
  }
  return g;
}

function sample(doc: Document, item: LegendItem, theme: ThemeName, x: number, cy: number): SVGElement {
  const p = PALETTES[theme];
  if (item.kind === 'node') {
    const kind = item.key as (typeof NODE_KINDS)[number];
    const colours = p.kinds[kind];
    // The kind's own shape, drawn as the exported nodes are (svg-shapes.ts).
    const shape = shapeElement(doc, KIND_SHAPES[kind].shape, x + SAMPLE_W / 2, cy, SAMPLE_W, 16);
    shape.setAttribute('fill', colours.fill);
    shape.setAttribute('stroke', colours.border);
    shape.setAttribute('stroke-width', '1.5');
    return shape;
  }
  if (item.kind === 'edge') {
    const e = EDGE_STYLES[item.key as EdgeType];
    const g = el(doc, 'g', {});
    const line = el(doc, 'line', {
      x1: x,
      y1: cy,
      x2: x + 26,
      y2: cy,
      stroke: p.edgeStrong,
      'stroke-width': Math.min(3, e.width),
    });
    if (e.dash) line.setAttribute('stroke-dasharray', e.dash.join(' '));
    g.appendChild(line);
    g.appendChild(
      el(doc, 'polygon', {
        points: `${x + 26},${cy - 5} ${x + 34},${cy} ${x + 26},${cy + 5}`,
        fill: e.hollow ? p.canvas : p.edgeStrong,
        stroke: p.edgeStrong,
      }),
    );
    return g;
  }
  // A box the sample's size, grown by `grow` on every side.
  const box = (grow: number, attrs: Record<string, string | number>) =>
    el(doc, 'rect', {
      x: x - grow,
      y: cy - 8 - grow,
      width: SAMPLE_W + 2 * grow,
      height: 16 + 2 * grow,
      ...attrs,
    });
  const g = el(doc, 'g', {});
  if (item.key === 'held') {
    // Two thin lines, as the map draws what is held (a double border), not one thick one.
    for (const grow of [1.5, -1.5])
      g.appendChild(box(grow, { rx: 3, fill: 'none', stroke: p.mark, 'stroke-width': 1.5 }));
    return g;
  }
  g.appendChild(box(3, { rx: 5, fill: p.plan, 'fill-opacity': 0.5 }));
  g.appendChild(box(0, { rx: 3, fill: 'none', stroke: p.mark, 'stroke-width': 2 }));
  return g;
}

/** The legend as an SVG group at (x, y), laid out in rows that fit `width`. */
export function drawLegend(doc: Document, theme: ThemeName, x: number, y: number, width: number): SVGElement {
  const p = PALETTES[theme];
  const g = el(doc, 'g', { class: 'export-legend' });
  for (const { item, x: ix, row } of legendPlacement(width)) {
    const cy = y + MARGIN / 2 + row * ROW + ROW / 2;
    g.appendChild(sample(doc, item, theme, x + ix, cy));
    g.appendChild(
      text(doc, item.label, {
        x: x + ix + SAMPLE_W + 6,
        y: cy + LEGEND_FONT * 0.35,
        'font-size': LEGEND_FONT,
        fill: p.ink,
      }),
    );
  }
  return g;
}
