// The forest view of a big graph: one box per four columns of each band, labelled with its
// count (the kinds in its accessible name),
// drawn instead of its members, so the overview costs ~20 shapes to draw, not 5,000. A box
// expands in place when tapped or chosen in the group list (group-expansion.ts).

import type { ElementDefinition } from 'cytoscape';
import type { CareerGraph } from '../../domain/career-graph';
import { NODE_KINDS } from '../../domain/types';
import { KIND_NAMES } from '../../present/format/labels';
import { BAND_GAP } from './layered-layout';

/** Graph px of padding around a group's members. */
const PAD = 40;

/** Columns per group: about two career levels, wide enough for a count that reads when zoomed out. */
const COLUMNS_PER_GROUP = 4;

/** Columns (distinct x) taken in fours left to right inside each band; a wide gap starts a band. */
function columnGroups(xs: number[], bandGap: number): number[][] {
  const groups: number[][] = [];
  let current: number[] = [];
  xs.forEach((x, i) => {
    const prev = xs[i - 1];
    if (current.length === COLUMNS_PER_GROUP || (prev !== undefined && x - prev > bandGap)) {
      groups.push(current);
      current = [];
    }
    current.push(x);
  });
  if (current.length) groups.push(current);
  return groups;
}

/** "Entry", "Level 3", "Levels 2–3", "Entry–Level 2": the career levels of a group's roles. */
export function levelSpan(levels: readonly number[]): string {
  if (levels.length === 0) return 'No roles';
  const lo = Math.min(...levels);
  const hi = Math.max(...levels);
  const one = (n: number) => (n === 0 ? 'Entry' : `Level ${n}`);
  if (lo === hi) return one(lo);
  return lo === 0 ? `Entry–Level ${hi}` : `Levels ${lo}–${hi}`;
}

/** The groups with their members' ids (members carry their group's id: to-elements.ts). */
export function columnGroupsOf(
  graph: CareerGraph,
  positions: ReadonlyMap<string, { x: number; y: number }>,
  sizes: (id: string) => { w: number; h: number },
): { element: ElementDefinition; members: string[] }[] {
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
  const xs = [...byX.keys()].sort((a, b) => a - b);
  return columnGroups(xs, BAND_GAP / 2)
    .map((cols) => cols.flatMap((x) => byX.get(x) ?? []))
    .map((ids, index) => {
      const levels: number[] = [];
      let top = Number.POSITIVE_INFINITY;
      let bottom = Number.NEGATIVE_INFINITY;
      let left = Number.POSITIVE_INFINITY;
      let right = Number.NEGATIVE_INFINITY;
      const counts = new Map<string, number>();
      for (const id of ids) {
        const p = positions.get(id) as { x: number; y: number };
        const s = sizes(id);
        top = Math.min(top, p.y - s.h / 2);
        bottom = Math.max(bottom, p.y + s.h / 2);
        left = Math.min(left, p.x - s.w / 2);
        right = Math.max(right, p.x + s.w / 2);
        const kind = graph.getNodeAttribute(id, 'kind');
        counts.set(kind, (counts.get(kind) ?? 0) + 1);
        const level = graph.getNodeAttribute(id, 'level');
        if (kind === 'role' && typeof level === 'number') levels.push(level);
      }
      const parts = NODE_KINDS.filter((k) => counts.has(k)).map(
        (k) => `${counts.get(k)} ${KIND_NAMES[k].toLowerCase()}${counts.get(k) === 1 ? '' : 's'}`,
      );
      const w = right - left + 2 * PAD;
      const label = ids.length.toLocaleString('en-US');
      // Blocks are numbered left to right, so two groups of the same levels are told apart.
      const name = `${levelSpan(levels)}, block ${index + 1}`;
      const element = {
        group: 'nodes',
        position: { x: (left + right) / 2, y: (top + bottom) / 2 },
        data: {
          id: `group:${Math.round(left)}`,
          label,
          name,
          fullLabel: `${name}: ${label} nodes: ${parts.join(', ')}`,
          w,
          h: bottom - top + 2 * PAD,
          // The count fits the box's width (and reads at about 12 px when the graph fits).
          fs: Math.round(Math.min(font, (0.8 * w) / (0.62 * label.length))),
          count: ids.length,
        },
        classes: 'group',
      } satisfies ElementDefinition;
      return { element, members: ids };
    });
}
