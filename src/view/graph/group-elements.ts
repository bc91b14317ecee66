// The forest view of a big graph: one box per four columns of each band, labelled with its
// count (the kinds in its accessible name),
// drawn instead of its members, so the overview costs ~20 shapes to draw, not 5,000. A box
// expands in place when tapped or chosen in the group list (group-expansion.ts).

import type { ElementDefinition } from 'cytoscape';
import type { CareerGraph } from '../../domain/career-graph';
import { NODE_KINDS } from '../../domain/types';
import { KIND_GROUP_NAMES, KIND_NAMES } from '../../present/format/labels';
import { BAND_GAP, TARGET_ROOM } from './layout-input';

/** Graph px of padding around a group's members. */
const PAD = 40;

/** Columns per group: about two career levels, wide enough for a count that reads when zoomed out. */
const COLUMNS_PER_GROUP = 4;

/**
 * Columns (distinct x) cut into bands where a wide gap starts one, and each band into groups of
 * about four neighbouring columns, as even as can be (13 columns: 5, 4, 4, not 4, 4, 4 and a
 * lone column whose box is too thin to label).
 */
function columnGroups(xs: number[], bandGap: number): number[][] {
  const bands: number[][] = [];
  xs.forEach((x, i) => {
    const prev = xs[i - 1];
    if (prev === undefined || x - prev > bandGap) bands.push([x]);
    else bands.at(-1)?.push(x);
  });
  // A lone column (a band's diplomas, set apart by long links) joins its neighbour band: a box
  // one column wide cannot carry a readable label.
  for (let i = bands.length - 1; i >= 0; i--) {
    const band = bands[i] as number[];
    const other = bands[i + 1] ?? bands[i - 1];
    if (band.length > 1 || !other) continue;
    if (bands[i + 1]) other.unshift(...band);
    else other.push(...band);
    bands.splice(i, 1);
  }
  return bands.flatMap((band) => {
    const k = Math.max(1, Math.round(band.length / COLUMNS_PER_GROUP));
    return Array.from({ length: k }, (_, i) =>
      band.slice(Math.round((i * band.length) / k), Math.round(((i + 1) * band.length) / k)),
    );
  });
}

/** Width of a character and height of a line, in font sizes (the canvas's sans-serif, bold). */
const CHAR_W = 0.62;
const LINE_H = 1.25;

/**
 * A box's label: what it holds ("Levels 2–3 · 455", then its kinds' counts on a second line when
 * there is room), at `font` or smaller so it stays inside the box. A tall, thin box (a big graph's
 * group of columns) reads its label along its height, turned a quarter (class `tall`).
 */
export function groupLabel(
  span: string,
  count: string,
  parts: readonly string[],
  w: number,
  h: number,
  font: number,
): { text: string; fs: number; upright: boolean } {
  const upright = w >= h;
  const across = upright ? w : h;
  const thick = upright ? h : w;
  const head = `${span} · ${count}`;
  const detail = parts.join(' · ');
  const fits = (lines: string[]) =>
    Math.min(
      font,
      (0.9 * across) / (CHAR_W * Math.max(...lines.map((l) => l.length))),
      (0.85 * thick) / (LINE_H * lines.length),
    );
  const two = [head, detail];
  const fs2 = fits(two);
  const fs1 = fits([head]);
  // Two lines only where they draw as large as the head alone (the kinds are in the box's name).
  const text = detail && fs2 >= 0.95 * fs1 ? two : [head];
  return { text: text.join('\n'), fs: Math.round(text.length === 2 ? fs2 : fs1), upright };
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
  // Graph px per screen px when the whole graph fits a laptop's map area: the boxes' tools and the
  // links' arcs leave about two thirds of TARGET_ROOM's zoom (measured at 1280×800).
  const fitZoom = Math.min(TARGET_ROOM.w / Math.max(1, extentW), TARGET_ROOM.h / Math.max(1, extentH));
  const unit = 1.5 / Math.max(fitZoom, 0.000_001);
  // Labels as large as their boxes allow, up to about 16 px.
  const font = 16 * unit;
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
      // On the canvas: "316 roles · 92 education · 56 credentials".
      const shortParts = NODE_KINDS.filter((k) => counts.has(k)).map((k) => {
        const n = counts.get(k) ?? 0;
        return `${n.toLocaleString('en-US')} ${(n === 1 ? KIND_NAMES : KIND_GROUP_NAMES)[k].toLowerCase()}`;
      });
      const w = right - left + 2 * PAD;
      const h = bottom - top + 2 * PAD;
      const count = ids.length.toLocaleString('en-US');
      const span = levelSpan(levels);
      // Blocks are numbered left to right, so two groups of the same levels are told apart.
      const name = `${span}, block ${index + 1}`;
      const label = groupLabel(span, count, shortParts, w, h, font);
      const element = {
        group: 'nodes',
        position: { x: (left + right) / 2, y: (top + bottom) / 2 },
        data: {
          id: `group:${Math.round(left)}`,
          label: label.text,
          name,
          fullLabel: `${name}: ${count} nodes: ${parts.join(', ')}`,
          w,
          h,
          fs: label.fs,
          count: ids.length,
          // Graph px per screen px when the whole graph fits (sizes the links between boxes).
          unit,
          rotation: label.upright ? 0 : -Math.PI / 2,
        },
        // A tall, thin box reads its label along its height, bottom to top.
        classes: 'group',
      } satisfies ElementDefinition;
      return { element, members: ids };
    });
}

/** Highest arc of a link between boxes, in screen px when the graph fits. */
export const ARC_PX = 70;

/**
 * One link per pair of groups that the graph links, drawn between their boxes while both are
 * collapsed: as thick as it is many (1–6 px when the graph fits), with its count. The boxes stand
 * in a row, so a straight link would run through the boxes between: each arcs from box top to box
 * top (leading right, as careers go) or bottom to bottom (leading back left), higher the further
 * it goes, as in an arc diagram. `at`: a box's centre x.
 */
export function groupLinks(
  graph: CareerGraph,
  groupOf: ReadonlyMap<string, string>,
  unit: number,
  at: (group: string) => number,
): ElementDefinition[] {
  const counts = new Map<string, { source: string; target: string; count: number }>();
  graph.forEachEdge((_key, attrs, source, target) => {
    if (attrs.type === 'preferred') return;
    const s = groupOf.get(source);
    const t = groupOf.get(target);
    if (s === undefined || t === undefined || s === t) return;
    const id = `link:${s}->${t}`;
    const link = counts.get(id);
    if (link) link.count++;
    else counts.set(id, { source: s, target: t, count: 1 });
  });
  const most = Math.max(1, ...[...counts.values()].map((l) => l.count));
  return [...counts].map(([id, l]) => {
    const dx = at(l.target) - at(l.source);
    const forward = dx >= 0;
    // The control point's distance: the curve's peak is half of it.
    const arc = Math.min(0.5 * Math.abs(dx), 2 * ARC_PX * unit);
    return {
      group: 'edges',
      data: {
        id,
        ...l,
        label: l.count.toLocaleString('en-US'),
        width: unit * (1 + (5 * l.count) / most),
        fs: Math.round(11 * unit),
        // Cytoscape measures the distance to the right of the way the link goes.
        arc: forward ? -arc : -arc,
        // The count's shift along the arc (placeLinkCounts).
        mx: 0,
        my: 0,
        end: forward ? '0% -50%' : '0% 50%',
      },
      classes: 'group-link',
    };
  });
}

/** A box's centre and size (graph px). */
export interface BoxAt {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** Where along an arc a count may go, nearest its middle first (shares of the way along). */
const ALONG = [0.5, 0.42, 0.58, 0.34, 0.66, 0.26, 0.74, 0.18, 0.82];

/** The point at `t` along a link between boxes, as Cytoscape draws it (one control point). */
export function arcPoint(from: BoxAt, to: BoxAt, arc: number, t: number): { x: number; y: number } {
  const forward = to.x >= from.x;
  // Ends at the boxes' tops (leading right) or bottoms (leading back left): data(end).
  const side = forward ? -0.5 : 0.5;
  const p0 = { x: from.x, y: from.y + side * from.h };
  const p2 = { x: to.x, y: to.y + side * to.h };
  const len = Math.hypot(p2.x - p0.x, p2.y - p0.y) || 1;
  // The control point: `arc` to the right of the way the link goes (Cytoscape's distances).
  const c = {
    x: (p0.x + p2.x) / 2 - (arc * (p2.y - p0.y)) / len,
    y: (p0.y + p2.y) / 2 + (arc * (p2.x - p0.x)) / len,
  };
  const u = 1 - t;
  return {
    x: u * u * p0.x + 2 * u * t * c.x + t * t * p2.x,
    y: u * u * p0.y + 2 * u * t * c.y + t * t * p2.y,
  };
}

/** A count label's box (graph px) centred at `at`: bold digits, one line. */
export function countBox(label: string, fs: number, at: { x: number; y: number }): BoxAt {
  return { x: at.x, y: at.y, w: label.length * CHAR_W * fs + 0.4 * fs, h: LINE_H * fs };
}

const apart = (a: BoxAt, b: BoxAt): boolean =>
  Math.abs(a.x - b.x) >= (a.w + b.w) / 2 || Math.abs(a.y - b.y) >= (a.h + b.h) / 2;

/**
 * Moves each link's count along its arc (text-margin: data(mx), data(my)) until it is clear of
 * the counts placed before it and of every box, busiest links first (they keep their arc's top).
 * A count with no clear place on its arc is left off (label ''): its arc's thickness still says
 * how many.
 */
export function placeLinkCounts(links: ElementDefinition[], boxes: ReadonlyMap<string, BoxAt>): void {
  const placed: BoxAt[] = [];
  const obstacles = [...boxes.values()];
  const order = [...links].sort((a, b) => Number(b.data.count) - Number(a.data.count));
  for (const link of order) {
    const from = boxes.get(String(link.data.source));
    const to = boxes.get(String(link.data.target));
    const label = String(link.data.label ?? '');
    if (!from || !to || label === '') continue;
    const arc = Number(link.data.arc);
    const fs = Number(link.data.fs);
    const mid = arcPoint(from, to, arc, 0.5);
    // A little room around each count, so two never touch.
    const gap = 0.3 * fs;
    const spot = ALONG.map((t) => countBox(label, fs, arcPoint(from, to, arc, t))).find((b) => {
      const roomy = { ...b, w: b.w + gap, h: b.h + gap };
      return placed.every((p) => apart(roomy, p)) && obstacles.every((o) => apart(b, o));
    });
    if (!spot) {
      link.data.label = '';
      continue;
    }
    placed.push(spot);
    link.data.mx = spot.x - mid.x;
    link.data.my = spot.y - mid.y;
  }
}
