// The drawing vocabulary in one place: each kind's shape, size and colours, each requirement's
// line, and the two palettes (light, dark). The canvas stylesheet, the CSS variables, the legend
// and the SVG export are all drawn from here, so they cannot disagree.

import type { EdgeType } from '../../domain/career-graph';
import type { NodeKind } from '../../domain/types';

export const THEME_NAMES = ['light', 'dark'] as const;
export type ThemeName = (typeof THEME_NAMES)[number];

/**
 * Shapes and box sizes per kind (graph px): labels wrap to `width` at most, and the box shrinks to
 * its widest line (never below `minWidth`), so short labels ("CPC") take narrow columns. Heights
 * grow with the label (wrap.ts).
 */
export const KIND_SHAPES: Record<
  NodeKind,
  { shape: string; width: number; minWidth: number; minHeight: number }
> = {
  role: { shape: 'round-rectangle', width: 132, minWidth: 84, minHeight: 38 },
  education: { shape: 'barrel', width: 132, minWidth: 84, minHeight: 38 },
  credential: { shape: 'round-hexagon', width: 100, minWidth: 70, minHeight: 38 },
  license: { shape: 'round-octagon', width: 132, minWidth: 84, minHeight: 38 },
};

/** Node label size (graph px) and the padding kept between label and shape edge. */
export const NODE_FONT = 19;
export const NODE_PADDING = 5;

/**
 * The share of a node's width that a label block `tall` high (a share of the node's height) has
 * at its top and bottom lines. Cytoscape's hexagon runs from points at its middle to a flat top
 * half as wide (half-width 1 − y at height y of the half-height, halved); its octagon is full width
 * up to 0.414 of the half-height, then 1.414 − y. Rounded corners take a little more (5%).
 */
export function shapeTextShare(shape: string, tall: number): number {
  const y = Math.min(1, Math.max(0, tall));
  if (shape === 'round-hexagon') return 0.95 * (1 - y / 2);
  if (shape === 'round-octagon') return 0.95 * Math.min(1, Math.SQRT2 - y);
  return 1;
}

/**
 * The lines of a label wrapped to fit a `shape` box `w` wide at their top and bottom lines:
 * `wrap(room)` wraps at a width, `tallOf(n)` is the share of the box's height n lines take, `pad`
 * is kept clear in all. More lines are taller and leave less room, so it rewraps until the count
 * holds (each round adds lines, so it ends).
 */
export function linesInShape(
  shape: string,
  w: number,
  pad: number,
  tallOf: (lines: number) => number,
  wrap: (room: number) => string[],
): string[] {
  let count = 1;
  for (;;) {
    const lines = wrap(w * shapeTextShare(shape, tallOf(count)) - pad);
    if (lines.length <= count) return lines;
    count = lines.length;
  }
}

/**
 * The map wraps a hexagon's or octagon's label to the share of its kind's width that a block this
 * tall (of the node's height) gets; the box then widens so the lines fit (to-elements.ts nodeSize).
 * 0.52 keeps every built-in label on the lines its stored layout was computed with (anywhere from
 * 0.505 to 0.54 does).
 */
export const MAP_WRAP_TALL = 0.52;

/**
 * The most of its height a label takes in a hexagon or octagon: taller shapes lose less width to
 * their slanted sides, so a label fits without a box much wider than its text.
 */
export const SHAPE_TEXT_TALL: Record<string, number> = { 'round-hexagon': 0.7, 'round-octagon': 0.7 };

export interface KindColours {
  fill: string;
  border: string;
  text: string;
}

export interface Palette {
  canvas: string;
  ink: string;
  muted: string;
  line: string;
  panel: string;
  /** Pressed buttons and tabs (white text on it). */
  accent: string;
  /** Links and accent-coloured text on the page background. */
  link: string;
  /** Plan emphasis on canvas (underlay, edges) and in CSS text. */
  plan: string;
  planText: string;
  kinds: Record<NodeKind, KindColours>;
  /** Edges nobody is looking at: thin and quiet. */
  edgeFaint: string;
  /** Edges of the selection or hovered node. */
  edgeStrong: string;
  /** Label colour on a dimmed node, read against its faded fill. */
  dimmedText: string;
  /** Outline of the selection and the double border of what is held. */
  mark: string;
  searchHit: string;
}

/** Dimmed and faded nodes: the shape fades, the label stays (contrast checked in tests). */
export const DIM = { fill: 0.2, border: 0.35 } as const;
export const FADE = { fill: 0.35, border: 0.5 } as const;

export const PALETTES: Record<ThemeName, Palette> = {
  light: {
    canvas: '#ffffff',
    ink: '#1a1a1a',
    muted: '#555555',
    line: '#c8c8c8',
    panel: '#f6f6f4',
    accent: '#0b5cad',
    link: '#0b5cad',
    plan: '#d55e00',
    planText: '#b34700',
    kinds: {
      role: { fill: '#0072b2', border: '#003d5f', text: '#ffffff' },
      education: { fill: '#e69f00', border: '#7a5500', text: '#000000' },
      credential: { fill: '#009e73', border: '#00513b', text: '#000000' },
      license: { fill: '#cc79a7', border: '#6e3559', text: '#000000' },
    },
    edgeFaint: '#949494',
    edgeStrong: '#2b2b2b',
    dimmedText: '#262626',
    mark: '#111111',
    searchHit: '#1f78b4',
  },
  dark: {
    canvas: '#16181b',
    ink: '#ececec',
    muted: '#b4b4b4',
    line: '#4a4f55',
    panel: '#202328',
    accent: '#1f6fbf',
    link: '#8cc8ff',
    plan: '#ff8a3d',
    planText: '#ff9a4d',
    kinds: {
      role: { fill: '#56b4e9', border: '#cde9f8', text: '#000000' },
      education: { fill: '#e69f00', border: '#ffe2a6', text: '#000000' },
      credential: { fill: '#19b98c', border: '#bff0e1', text: '#000000' },
      license: { fill: '#d98cba', border: '#f6d9ea', text: '#000000' },
    },
    edgeFaint: '#6f757c',
    edgeStrong: '#e0e0e0',
    dimmedText: '#e2e2e2',
    mark: '#f2f2f2',
    searchHit: '#7fd0ff',
  },
};

/** Line per requirement type; colours come from the palette. */
export const EDGE_STYLES: Record<
  EdgeType,
  {
    lineStyle: 'solid' | 'dashed' | 'dotted';
    dash?: [number, number];
    arrow: string;
    hollow: boolean;
    width: number;
    name: string;
  }
> = {
  allOf: { lineStyle: 'solid', arrow: 'triangle', hollow: false, width: 2.5, name: 'all of' },
  anyOf: { lineStyle: 'dashed', dash: [6, 4], arrow: 'triangle', hollow: true, width: 2.5, name: 'one of' },
  experience: {
    lineStyle: 'solid',
    arrow: 'triangle-backcurve',
    hollow: false,
    width: 3.5,
    name: 'years of experience',
  },
  preferred: {
    lineStyle: 'dotted',
    dash: [1.5, 3],
    arrow: 'circle',
    hollow: false,
    width: 1.5,
    name: 'preferred (around the selection)',
  },
};
/** Width of an edge nobody is looking at. */
export const FAINT_EDGE_WIDTH = 1.2;

/** CSS custom properties for a palette (styles.css holds the light ones as its first-paint default). */
export function cssVariables(name: ThemeName): Record<string, string> {
  const p = PALETTES[name];
  return {
    '--ink': p.ink,
    '--muted': p.muted,
    '--line': p.line,
    '--paper': p.canvas,
    '--panel': p.panel,
    '--accent': p.accent,
    '--link': p.link,
    '--plan': p.planText,
    '--plan-mark': p.plan,
    '--mark': p.mark,
    '--canvas': p.canvas,
    '--edge': p.edgeStrong,
    '--edge-faint': p.edgeFaint,
    '--role': p.kinds.role.fill,
    '--education': p.kinds.education.fill,
    '--credential': p.kinds.credential.fill,
    '--license': p.kinds.license.fill,
    '--role-border': p.kinds.role.border,
    '--education-border': p.kinds.education.border,
    '--credential-border': p.kinds.credential.border,
    '--license-border': p.kinds.license.border,
  };
}
