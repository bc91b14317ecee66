// Column headers for the canvas ("Entry", "Level 2" …) in a band of their own just above the
// drawing, so they never cover a node; they follow pan and zoom sideways. A level is more than its
// roles' column: the programs and credentials that lead into it sit in the columns before it, so
// each chip is centred over its level's whole span, which a bracket under it shows. Decorative
// (aria-hidden): the text view groups roles by the same levels.

import type { Core } from 'cytoscape';

const LEVEL_NAMES = ['entry', 'early career', 'experienced', 'senior', 'lead', 'executive or owner'];
/** Room a chip needs: closer columns would run their headers into each other. */
const MIN_GAP_PX = 78;
/** Said instead of the chips when the columns are too close to label one by one. */
export const ZOOMED_OUT_CAPTION = 'Levels run left to right: entry roles → leadership';

export interface LevelHeaders {
  /** Re-reads role positions (after a layout). */
  refresh(): void;
  destroy(): void;
}

/** Roles of one level further apart than this sit in different bands of a folded big graph. */
const SAME_COLUMN_PX = 300;

/**
 * Column centres (graph x) per role level, left to right: the mean x of the level's roles, one
 * entry per band when a big graph is folded into side-by-side bands (layered-layout.ts).
 */
export function levelColumns(roles: { level: number; x: number }[]): { level: number; x: number }[] {
  const xs = new Map<number, number[]>();
  for (const { level, x } of roles) {
    if (!(level >= 0)) continue;
    const list = xs.get(level);
    // Pushed, not copied: a copy per role was quadratic on 5,000 nodes.
    if (list) list.push(x);
    else xs.set(level, [x]);
  }
  const out: { level: number; x: number }[] = [];
  for (const [level, list] of xs) {
    list.sort((a, b) => a - b);
    let cluster: number[] = [];
    const flush = () => {
      if (cluster.length) out.push({ level, x: cluster.reduce((a, b) => a + b, 0) / cluster.length });
      cluster = [];
    };
    for (const x of list) {
      const prev = cluster.at(-1);
      if (prev !== undefined && x - prev > SAME_COLUMN_PX) flush();
      cluster.push(x);
    }
    flush();
  }
  return out.sort((a, b) => a.x - b.x || a.level - b.level);
}

/** A level's columns in graph x: from its first column's left edge to its last one's right edge. */
export interface LevelSpan {
  level: number;
  x1: number;
  x2: number;
}

/**
 * Each level's span, left to right: its roles' column and the columns between it and the previous
 * level's roles (what leads into the level: programs, credentials), boxes' edges included. A span
 * stops at a wide gap (the next band of a folded big graph starts there). Nodes in columns after
 * the last level's roles belong to no level.
 */
export function levelSpans(
  roles: { level: number; x: number }[],
  nodes: { x: number; w: number }[],
): LevelSpan[] {
  const sorted = [...nodes].sort((a, b) => a.x - b.x);
  // Columns: nodes at (nearly) one x, with the widest box's half width.
  const columns: { x: number; half: number }[] = [];
  for (const { x, w } of sorted) {
    const last = columns.at(-1);
    if (last && x - last.x < 1) last.half = Math.max(last.half, w / 2);
    else columns.push({ x, half: w / 2 });
  }
  const spans: LevelSpan[] = [];
  let i = 0;
  for (const { level, x } of levelColumns(roles)) {
    // The columns after the previous level's roles, up to and including this level's.
    const own: { x: number; half: number }[] = [];
    for (; i < columns.length && (columns[i] as { x: number }).x <= x + 1; i++)
      own.push(columns[i] as { x: number; half: number });
    let first = 0;
    for (let k = 1; k < own.length; k++) {
      const a = own[k - 1] as { x: number; half: number };
      const b = own[k] as { x: number; half: number };
      if (b.x - b.half - (a.x + a.half) > SAME_COLUMN_PX) first = k;
    }
    const from = own[first];
    const to = own.at(-1);
    spans.push(from && to ? { level, x1: from.x - from.half, x2: to.x + to.half } : { level, x1: x, x2: x });
  }
  return spans;
}

/** Whether chips fit at this zoom: the closest two columns leave a chip's width between them. */
export function chipsFit(xs: readonly number[], zoom: number): boolean {
  for (let i = 1; i < xs.length; i++) {
    const a = xs[i - 1];
    const b = xs[i];
    if (a !== undefined && b !== undefined && Math.abs(b - a) * zoom < MIN_GAP_PX) return false;
  }
  return xs.length > 0;
}

/**
 * NOTE: appends the band to the Cytoscape container; the stylesheet places it above the
 * container's top edge (`.level-headers`), in room the container leaves free (`--level-band`).
 */
export function createLevelHeaders(cy: Core): LevelHeaders {
  const container = cy.container();
  const band = typeof document === 'undefined' || !container ? null : document.createElement('div');
  const caption = band ? document.createElement('span') : null;
  if (band && caption && container) {
    band.className = 'level-headers';
    band.setAttribute('aria-hidden', 'true');
    caption.className = 'level-caption';
    caption.textContent = ZOOMED_OUT_CAPTION;
    band.appendChild(caption);
    container.appendChild(band);
  }
  let columns: { span: LevelSpan; chip: HTMLElement; bracket: HTMLElement }[] = [];

  const place = (): void => {
    if (!band || !caption) return;
    const zoom = cy.zoom();
    const fit = chipsFit(
      columns.map(({ span }) => (span.x1 + span.x2) / 2),
      zoom,
    );
    caption.hidden = fit || columns.length === 0;
    const pan = cy.pan();
    for (const { span, chip, bracket } of columns) {
      chip.hidden = !fit;
      bracket.hidden = !fit;
      if (!fit) continue;
      const left = span.x1 * zoom + pan.x;
      const width = (span.x2 - span.x1) * zoom;
      chip.style.transform = `translate(${Math.round(left + width / 2)}px, 0) translate(-50%, 0)`;
      bracket.style.transform = `translate(${Math.round(left)}px, 0)`;
      bracket.style.width = `${Math.round(width)}px`;
    }
  };

  const refresh = (): void => {
    if (!band || !caption) return;
    const roles = cy.nodes('[kind = "role"]').map((n) => ({
      level: Number(n.data('level')),
      x: n.position('x'),
    }));
    // Group boxes of a big graph have no kind: they span several columns.
    const nodes = cy.nodes('[kind]').map((n) => ({
      x: n.position('x'),
      w: Number(n.data('w')) || n.width(),
    }));
    band.replaceChildren(caption);
    columns = levelSpans(roles, nodes).map((span) => {
      const bracket = document.createElement('span');
      bracket.className = 'level-span';
      const chip = document.createElement('span');
      chip.className = 'level-header';
      chip.dataset.level = String(span.level);
      chip.textContent = span.level === 0 ? 'Entry' : `Level ${span.level}`;
      chip.title = LEVEL_NAMES[span.level] ?? '';
      band.append(bracket, chip);
      return { span, chip, bracket };
    });
    place();
  };

  cy.on('viewport resize', place);
  return {
    refresh,
    destroy() {
      cy.removeListener('viewport resize', place);
      band?.remove();
    },
  };
}
