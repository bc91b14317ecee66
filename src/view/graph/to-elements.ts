// The domain graph as Cytoscape element definitions: flat data only (react-cytoscapejs diffs
// shallowly), short labels pre-wrapped into lines with the box they need, edge class per type.

import type { ElementDefinition } from 'cytoscape';
import type { CareerGraph } from '../../domain/career-graph';
import type { NodeKind } from '../../domain/types';
import { shortLabel } from '../../present/format/labels';
import {
  KIND_SHAPES,
  MAP_WRAP_TALL,
  NODE_FONT,
  NODE_PADDING,
  SHAPE_TEXT_TALL,
  shapeTextShare,
} from '../theme/theme';
import { LINE_HEIGHT, textWidth, wrapLabel } from '../theme/wrap';
import { LOD_NODES, LONG_LINK } from './level-of-detail';

/** Lines of `text` as a node of `kind` draws them. */
export function nodeLines(kind: NodeKind, text: string): string[] {
  const { shape, width } = KIND_SHAPES[kind];
  return wrapLabel(text, NODE_FONT, width * shapeTextShare(shape, MAP_WRAP_TALL) - 2 * NODE_PADDING);
}

/**
 * The box a node of `kind` needs for `text`, with room for a plan step number ("12. ") so the
 * numbered label fits the same box: as tall as its lines (a hexagon or octagon taller, so its
 * slanted sides leave the lines room), as wide as its widest line where the shape is narrowest
 * beside the label (its top and bottom lines: shapeTextShare).
 */
export function nodeSize(kind: NodeKind, text: string): { w: number; h: number } {
  const { shape, minWidth, minHeight } = KIND_SHAPES[kind];
  const plain = nodeLines(kind, text);
  const numbered = nodeLines(kind, `12. ${text}`);
  const lines = Math.max(plain.length, numbered.length);
  const widest = Math.max(...[...plain, ...numbered].map((line) => textWidth(line, NODE_FONT)));
  const block = lines * NODE_FONT * LINE_HEIGHT;
  const h = Math.max(
    minHeight,
    Math.ceil(block + 2 * NODE_PADDING),
    Math.ceil(block / (SHAPE_TEXT_TALL[shape] ?? 1)),
  );
  const w = Math.ceil((widest + 2 * NODE_PADDING) / shapeTextShare(shape, block / h));
  return { w: Math.max(minWidth, w), h };
}

/** The numbered label of a plan step, wrapped like any label. */
export function planLabel(kind: NodeKind, short: string, step: number): string {
  return nodeLines(kind, `${step}. ${short}`).join('\n');
}

/** A big graph's group boxes (group-elements.ts): loaded on demand (canvas-on-demand.ts). */
export type Grouping = Pick<
  typeof import('./group-elements'),
  'columnGroupsOf' | 'groupLinks' | 'placeLinkCounts'
>;

/**
 * Elements for Cytoscape; with `positions`, nodes arrive already placed (no layout run). A big
 * graph with positions and `grouping` gets its group boxes and the links between them.
 */
export function toElements(
  graph: CareerGraph,
  positions?: ReadonlyMap<string, { x: number; y: number }>,
  grouping?: Grouping,
): ElementDefinition[] {
  const big = graph.order > LOD_NODES;
  const groups =
    big && positions && grouping
      ? grouping.columnGroupsOf(graph, positions, (id) =>
          nodeSize(graph.getNodeAttribute(id, 'kind'), shortLabel(graph.getNodeAttribute(id, 'label'))),
        )
      : [];
  const groupOf = new Map<string, string>();
  for (const g of groups) for (const id of g.members) groupOf.set(id, String(g.element.data.id));
  const nodes: ElementDefinition[] = graph.mapNodes((id, node) => {
    const short = shortLabel(node.label);
    const { w, h } = nodeSize(node.kind, short);
    const position = positions?.get(id);
    return {
      group: 'nodes',
      ...(position ? { position: { x: position.x, y: position.y } } : {}),
      data: {
        id,
        label: nodeLines(node.kind, short).join('\n'),
        short,
        fullLabel: node.label,
        kind: node.kind,
        level: node.level ?? -1,
        w,
        h,
        // The group box that stands for this node while collapsed (big graphs only).
        ...(groupOf.has(id) ? { group: groupOf.get(id) } : {}),
      },
      // (A big graph's members stay out of the canvas while their group is collapsed: GraphView.)
      classes: node.kind,
    };
  });
  // Big graphs open zoomed out, where only emphasised links are drawn (level-of-detail.ts), and
  // their long links (a diploma to hundreds of roles) are drawn only when emphasised.
  const classesOf = (type: string, source: string, target: string): string => {
    if (!big) return type;
    const a = positions?.get(source);
    const b = positions?.get(target);
    const long = a && b && (Math.abs(a.x - b.x) > LONG_LINK.x || Math.abs(a.y - b.y) > LONG_LINK.y);
    return `${type} lod-minor${long ? ' lod-long' : ''}`;
  };
  const edges: ElementDefinition[] = graph.mapEdges((key, attrs, source, target) => ({
    group: 'edges',
    data: {
      id: key,
      source,
      target,
      type: attrs.type,
      label: attrs.type === 'experience' ? attrs.label : '',
    },
    classes: classesOf(attrs.type, source, target),
  }));
  // The overview's main routes between boxes: pairs linked at least a fifth as often as the
  // busiest pair (all 112 pairs of the 5,000-node lattice drew a mesh).
  const unit = Number(groups[0]?.element.data.unit ?? 1);
  const xOf = new Map(groups.map((g) => [String(g.element.data.id), g.element.position?.x ?? 0]));
  const between =
    grouping && groups.length > 0 ? grouping.groupLinks(graph, groupOf, unit, (id) => xOf.get(id) ?? 0) : [];
  const most = Math.max(0, ...between.map((l) => Number(l.data.count)));
  const main = between.filter((l) => Number(l.data.count) >= most / 5);
  // Counts on the arcs never over each other or a box (they piled up where arcs cross).
  const boxes = new Map(
    groups.map((g) => {
      const { data, position = { x: 0, y: 0 } } = g.element;
      return [String(data.id), { x: position.x, y: position.y, w: Number(data.w), h: Number(data.h) }];
    }),
  );
  grouping?.placeLinkCounts(main, boxes);
  return [...nodes, ...groups.map((g) => g.element), ...main, ...edges];
}
