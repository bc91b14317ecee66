// The graph stylesheet, drawn from the theme: shape and colour per kind, line per requirement
// type, edges faint and bundled until they matter (selection, hover, plan), and dimming that
// fades a node's shape but never its label. One stylesheet per theme, built once, so react-cytoscapejs only
// re-applies it when the theme changes.

import type { StylesheetJsonBlock } from 'cytoscape';
import { NODE_KINDS } from '../../domain/types';
import { SPOTLIGHT_STYLES } from '../presentation/spotlight-styles';
import {
  DIM,
  EDGE_STYLES,
  FADE,
  FAINT_EDGE_WIDTH,
  KIND_SHAPES,
  NODE_FONT,
  PALETTES,
  type ThemeName,
} from '../theme/theme';

/** Light colours per kind, for drawings that have no theme of their own (the printed handout). */
export const KIND_STYLE = Object.fromEntries(
  NODE_KINDS.map((kind) => [kind, { shape: KIND_SHAPES[kind].shape, ...PALETTES.light.kinds[kind] }]),
) as Record<(typeof NODE_KINDS)[number], { shape: string; fill: string; border: string; text: string }>;

/** Classes under which an edge counts as emphasised (drawn strong, with its "n yr" label). */
export const EMPHASIS = ['focus', 'hover', 'in-plan', 'near'] as const;

function build(name: ThemeName): StylesheetJsonBlock[] {
  const p = PALETTES[name];
  const kindBlocks: StylesheetJsonBlock[] = NODE_KINDS.map((kind) => ({
    selector: `node[kind = "${kind}"]`,
    style: {
      shape: KIND_SHAPES[kind].shape,
      'background-color': p.kinds[kind].fill,
      'border-color': p.kinds[kind].border,
      color: p.kinds[kind].text,
    } as never,
  }));
  const edgeBlocks: StylesheetJsonBlock[] = (['allOf', 'anyOf', 'experience', 'preferred'] as const).map(
    (type) => {
      const e = EDGE_STYLES[type];
      return {
        selector: `edge.${type}`,
        style: {
          'line-style': e.lineStyle,
          ...(e.dash ? { 'line-dash-pattern': e.dash } : {}),
          'target-arrow-shape': e.arrow,
          'target-arrow-fill': e.hollow ? 'hollow' : 'filled',
        } as never,
      };
    },
  );
  const strong = EMPHASIS.map((c) => `edge.${c}`).join(', ');
  const strongExperience = EMPHASIS.map((c) => `edge.experience.${c}`).join(', ');
  return [
    {
      selector: 'node',
      style: {
        label: 'data(label)',
        width: 'data(w)',
        height: 'data(h)',
        // Lines come pre-wrapped (wrap.ts): the canvas breaks only where the SVG export does.
        'text-wrap': 'wrap',
        'text-max-width': '1000px',
        'text-valign': 'center',
        'text-halign': 'center',
        'font-size': NODE_FONT,
        'line-height': 1.2,
        'font-family': 'system-ui, "DejaVu Sans", sans-serif',
        'border-width': 2,
        'min-zoomed-font-size': 8,
        'transition-property': 'background-opacity, border-opacity',
        'transition-duration': 200,
      } as never,
    },
    ...kindBlocks,
    {
      selector: 'edge',
      style: {
        width: FAINT_EDGE_WIDTH,
        'line-color': p.edgeFaint,
        'target-arrow-color': p.edgeFaint,
        // Bundled, as a left-to-right lattice reads: each link leaves its source into one vertical
        // trunk just past the source's column and enters its target level, so the links a node
        // sends share a trunk, the links a target receives share its last stretch, and parallel
        // links (several years-of-experience routes) are one line. Bezier fanned those out and
        // drew a mesh of diagonals (screenshots compared 2026-12-01).
        'curve-style': 'round-taxi',
        'taxi-radius': 6,
        'taxi-direction': 'horizontal',
        'taxi-turn': '14px',
        'taxi-turn-min-distance': 6,
        'arrow-scale': 0.9,
        'font-size': 15,
        color: p.ink,
        'text-background-color': p.canvas,
        'text-background-opacity': 1,
        'text-background-padding': '2px',
        'text-rotation': 'none',
      } as never,
    },
    ...edgeBlocks,
    // A link whose taxi route would run through a box goes round it (edge-routes.ts): the same
    // square turns, at the bend points worked out for it.
    {
      selector: 'edge.detour',
      style: {
        'curve-style': 'round-segments',
        'segment-weights': 'data(sw)',
        'segment-distances': 'data(sd)',
        'segment-radii': 6,
        'edge-distances': 'node-position',
      } as never,
    },
    {
      selector: strong,
      style: {
        'line-color': p.edgeStrong,
        'target-arrow-color': p.edgeStrong,
        width: EDGE_STYLES.allOf.width,
        'arrow-scale': 1.1,
        'z-index': 5,
      } as never,
    },
    {
      selector: strongExperience,
      style: {
        width: EDGE_STYLES.experience.width,
        label: 'data(label)',
        'min-zoomed-font-size': 6,
      } as never,
    },
    { selector: 'edge.preferred', style: { display: 'none' } },
    { selector: 'edge.preferred.focus', style: { display: 'element' } },
    { selector: '.filtered', style: { display: 'none' } },
    // Faded (a selection without a plan) and dimmed (outside the plan): the shape fades, the label
    // keeps a colour chosen for the faded fill, so it stays above 4.5:1 (theme.test.ts, e2e).
    {
      selector: 'node.faded',
      style: {
        'background-opacity': FADE.fill,
        'border-opacity': FADE.border,
        color: p.dimmedText,
      } as never,
    },
    {
      selector: 'node.dimmed',
      style: { 'background-opacity': DIM.fill, 'border-opacity': DIM.border, color: p.dimmedText } as never,
    },
    { selector: 'edge.faded, edge.dimmed', style: { opacity: 0.55 } },
    {
      selector: 'node.held',
      style: { 'border-style': 'double', 'border-width': 6, 'border-color': p.mark } as never,
    },
    {
      selector: 'node.in-plan',
      style: {
        'underlay-color': p.plan,
        'underlay-padding': 8,
        'underlay-opacity': 0.5,
        'underlay-shape': 'round-rectangle',
        'border-width': 4,
        'border-color': p.mark,
        label: 'data(planLabel)',
      } as never,
    },
    {
      selector: 'edge.in-plan',
      style: { width: 4, 'line-color': p.plan, 'target-arrow-color': p.plan, 'z-index': 10 } as never,
    },
    {
      selector: 'node.selected',
      style: {
        'outline-color': p.mark,
        'outline-width': 3,
        'outline-offset': 4,
        'outline-style': 'solid',
      } as never,
    },
    {
      selector: 'node.search-hit',
      style: { 'outline-color': p.searchHit, 'outline-width': 3, 'outline-offset': 3 } as never,
    },
    // Level of detail for big graphs (adapter): labels and minor edges drop out when zoomed out.
    { selector: 'node.lod-label', style: { label: '' } },
    { selector: 'edge.lod-minor', style: { display: 'none' } },
    { selector: 'edge.lod-long', style: { display: 'none' } },
    {
      selector: 'node.group',
      style: {
        shape: 'round-rectangle',
        'background-color': p.kinds.role.fill,
        'background-opacity': 0.18,
        'border-color': p.muted,
        'border-width': 40,
        color: p.ink,
        'font-size': 'data(fs)',
        'font-weight': 700,
        'min-zoomed-font-size': 0,
        // The label comes in its lines (group-elements.ts), sized to the box.
        'text-max-width': '1000000px',
        // A tall, thin box reads its label along its height, bottom to top (group-elements.ts).
        'text-rotation': 'data(rotation)',
      } as never,
    },
    // How the collapsed boxes link: one line per pair of boxes, as thick as it is many, with its
    // count. It goes with either box (an expanded box is not drawn, nor are its links).
    {
      selector: 'edge.group-link',
      style: {
        'curve-style': 'unbundled-bezier',
        'control-point-distances': 'data(arc)',
        'control-point-weights': 0.5,
        'edge-distances': 'endpoints',
        'source-endpoint': 'data(end)',
        'target-endpoint': 'data(end)',
        'line-color': p.muted,
        'target-arrow-color': p.muted,
        'target-arrow-shape': 'triangle',
        width: 'data(width)',
        'arrow-scale': 0.6,
        opacity: 0.6,
        label: 'data(label)',
        'font-size': 'data(fs)',
        'font-weight': 700,
        'text-background-opacity': 1,
        // Moved along the arc, clear of the other counts (group-elements.ts placeLinkCounts).
        'text-margin-x': 'data(mx)',
        'text-margin-y': 'data(my)',
        'min-zoomed-font-size': 8,
      } as never,
    },
    { selector: 'node.lod-node, node.group.lod-off', style: { display: 'none' } },
    // One link for all the links between a collapsed group and a drawn node: quiet, dashed, as
    // thick as it is many (its count is its label when zoomed in).
    {
      selector: 'edge.agg',
      style: {
        'line-style': 'dashed',
        // Straight: no taxi route to work out for hundreds of counted links per expansion.
        'curve-style': 'straight',
        'line-color': p.muted,
        'target-arrow-color': p.muted,
        'target-arrow-shape': 'triangle',
        width: 'mapData(count, 1, 60, 4, 40)',
        opacity: 0.5,
        label: 'data(label)',
        'font-size': 24,
        'min-zoomed-font-size': 8,
      } as never,
    },
    {
      selector: 'node.lod-node.in-plan, node.lod-node.selected, node.lod-node.held, node.lod-node.search-hit',
      style: { display: 'element' },
    },
    {
      selector:
        'edge.lod-minor.hover, edge.lod-long.hover, edge.lod-long.focus, edge.lod-long.in-plan, edge.lod-long.near',
      style: { display: 'element' },
    },
    ...SPOTLIGHT_STYLES,
  ];
}

const built = new Map<ThemeName, StylesheetJsonBlock[]>();

/** The stylesheet for a theme; the same array each call, so React props stay equal. */
export function graphStylesheet(name: ThemeName): StylesheetJsonBlock[] {
  let sheet = built.get(name);
  if (!sheet) {
    sheet = build(name);
    built.set(name, sheet);
  }
  return sheet;
}

export const GRAPH_STYLESHEET = graphStylesheet('light');
