// The graph stylesheet: shape + Okabe–Ito colour per kind, dash/arrow per requirement type,
// plan lit and the rest dimmed through classes (graph-design.md §2). A module constant so
// react-cytoscapejs never re-applies it.

import type { StylesheetJsonBlock } from 'cytoscape';
import { SPOTLIGHT_STYLES } from '../presentation/spotlight';

export const KIND_STYLE = {
  role: { shape: 'round-rectangle', fill: '#0072B2', border: '#003D5F', text: '#FFFFFF' },
  education: { shape: 'barrel', fill: '#E69F00', border: '#7A5500', text: '#000000' },
  credential: { shape: 'round-hexagon', fill: '#009E73', border: '#00513B', text: '#000000' },
  license: { shape: 'round-octagon', fill: '#CC79A7', border: '#6E3559', text: '#000000' },
} as const;

const kindBlocks: StylesheetJsonBlock[] = Object.entries(KIND_STYLE).map(([kind, s]) => ({
  selector: `node[kind = "${kind}"]`,
  style: {
    shape: s.shape,
    'background-color': s.fill,
    'border-color': s.border,
    color: s.text,
    // NOTE: label size is the same for every state on purpose: changing font or size through a
    // class left Cytoscape's label textures at the old size (clipped labels). Plan labels that
    // must stay readable when zoomed out are drawn by the adapter's HTML overlay instead.
    ...(kind === 'role' ? { width: 160, height: 56 } : { width: 128, height: 48 }),
  },
}));

export const GRAPH_STYLESHEET: StylesheetJsonBlock[] = [
  {
    selector: 'node',
    style: {
      label: 'data(label)',
      'text-wrap': 'wrap',
      'text-max-width': '124px',
      'text-valign': 'center',
      'text-halign': 'center',
      'font-size': 14,
      'font-family': 'system-ui, "DejaVu Sans", sans-serif',
      'border-width': 2,
      'min-zoomed-font-size': 7,
      'transition-property': 'opacity',
      'transition-duration': 200,
    } as never,
  },
  ...kindBlocks,
  { selector: 'node[kind = "role"]', style: { 'text-max-width': '148px' } },
  {
    selector: 'edge',
    style: {
      width: 2,
      'line-color': '#555',
      'target-arrow-color': '#555',
      'target-arrow-shape': 'triangle',
      'curve-style': 'bezier',
      'arrow-scale': 1.1,
      'transition-property': 'opacity',
      'transition-duration': 200,
    } as never,
  },
  { selector: 'edge.allOf', style: { 'line-style': 'solid' } },
  { selector: 'edge.anyOf', style: { 'line-color': '#6b6b6b', 'target-arrow-color': '#6b6b6b' } },
  {
    selector: 'edge.anyOf',
    style: { 'line-style': 'dashed', 'line-dash-pattern': [6, 4], 'target-arrow-fill': 'hollow' } as never,
  },
  {
    selector: 'edge.experience',
    style: {
      'line-color': '#333',
      'target-arrow-color': '#333',
      'target-arrow-shape': 'triangle-backcurve',
      width: 3,
      label: 'data(label)',
      'font-size': 12,
      'text-background-color': '#fff',
      'text-background-opacity': 1,
      'text-background-padding': '2px',
      'text-rotation': 'none',
      'min-zoomed-font-size': 0,
    } as never,
  },
  {
    selector: 'edge.preferred',
    style: {
      'line-style': 'dotted',
      'line-color': '#888',
      'target-arrow-color': '#888',
      'target-arrow-shape': 'circle',
      width: 1.5,
    } as never,
  },
  { selector: 'edge.preferred', style: { display: 'none' } },
  { selector: 'edge.preferred.focus', style: { display: 'element' } },
  { selector: '.filtered', style: { display: 'none' } },
  { selector: 'node.faded', style: { opacity: 0.35 } },
  { selector: 'edge.faded', style: { opacity: 0.15 } },
  { selector: 'edge.focus', style: { width: 3, 'z-index': 5 } as never },
  { selector: 'node.dimmed', style: { opacity: 0.22 } },
  { selector: 'edge.dimmed', style: { opacity: 0.12 } },
  // The selection's neighbours while a plan is shown: legible, still a step behind the plan.
  { selector: 'node.near', style: { opacity: 0.85 } },
  { selector: 'edge.near', style: { opacity: 0.7 } },
  {
    selector: 'node.held',
    style: { 'border-style': 'double', 'border-width': 6, 'border-color': '#111' } as never,
  },
  {
    selector: 'node.in-plan',
    style: {
      'underlay-color': '#D55E00',
      'underlay-padding': 8,
      'underlay-opacity': 0.45,
      'underlay-shape': 'round-rectangle',
      'border-width': 4,
      'border-color': '#111',
      label: 'data(planLabel)',
    } as never,
  },
  {
    selector: 'edge.in-plan',
    style: { width: 4, 'line-color': '#D55E00', 'target-arrow-color': '#D55E00', 'z-index': 10 } as never,
  },
  {
    selector: 'node.selected',
    style: {
      'outline-color': '#111',
      'outline-width': 3,
      'outline-offset': 4,
      'outline-style': 'solid',
    } as never,
  },
  {
    selector: 'node.search-hit',
    style: { 'outline-color': '#56B4E9', 'outline-width': 3, 'outline-offset': 3 } as never,
  },
  ...SPOTLIGHT_STYLES,
];
