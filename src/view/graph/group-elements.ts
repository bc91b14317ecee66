// The forest view of a big graph: one box per column of each band ("312 nodes: 240 roles, …"),
// drawn instead of the nodes while zoomed far out, so the overview costs ~60 shapes to draw, not
// 5,000. Members come back (and the boxes go) as you zoom in (level-of-detail.ts) or tap a box.

import type { ElementDefinition } from 'cytoscape';
import type { CareerGraph } from '../../domain/career-graph';
import { NODE_KINDS } from '../../domain/types';
import { KIND_NAMES } from '../format/labels';

/** Graph px of padding around a group's members. */
const PAD = 40;

/** One group per distinct column x (bands give every column of every band its own x). */
export function groupElements(
  graph: CareerGraph,
  positions: ReadonlyMap<string, { x: number; y: number }>,
  sizes: (id: string) => { w: number; h: number },
): ElementDefinition[] {
  const byX = new Map<number, string[]>();
  for (const [id, p] of positions) {
    const list = byX.get(p.x);
    if (list) list.push(id);
    else byX.set(p.x, [id]);
  }
  let extentW = 0;
  let extentH = 0;
  {
    const xs = [...positions.values()].map((p) => p.x);
    const ys = [...positions.values()].map((p) => p.y);
    extentW = Math.max(...xs) - Math.min(...xs);
    extentH = Math.max(...ys) - Math.min(...ys);
  }
  // Group labels sized to read at about 12 px when the whole graph fits a laptop canvas.
  const fitZoom = Math.min(900 / Math.max(1, extentW), 600 / Math.max(1, extentH));
  const font = Math.round(12 / Math.max(fitZoom, 0.001));
  return [...byX.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([x, ids]) => {
      let top = Number.POSITIVE_INFINITY;
      let bottom = Number.NEGATIVE_INFINITY;
      let w = 0;
      const counts = new Map<string, number>();
      for (const id of ids) {
        const p = positions.get(id) as { x: number; y: number };
        const s = sizes(id);
        top = Math.min(top, p.y - s.h / 2);
        bottom = Math.max(bottom, p.y + s.h / 2);
        w = Math.max(w, s.w);
        const kind = graph.getNodeAttribute(id, 'kind');
        counts.set(kind, (counts.get(kind) ?? 0) + 1);
      }
      const parts = NODE_KINDS.filter((k) => counts.has(k)).map(
        (k) => `${counts.get(k)} ${KIND_NAMES[k].toLowerCase()}${counts.get(k) === 1 ? '' : 's'}`,
      );
      return {
        group: 'nodes',
        position: { x, y: (top + bottom) / 2 },
        data: {
          id: `group:${x}`,
          label: `${ids.length}\n${parts.join('\n')}`,
          fullLabel: `${ids.length} nodes: ${parts.join(', ')}`,
          w: w + 2 * PAD,
          h: bottom - top + 2 * PAD,
          fs: font,
          count: ids.length,
        },
        classes: 'group',
      } satisfies ElementDefinition;
    });
}
