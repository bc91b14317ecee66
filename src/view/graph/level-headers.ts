// Column headers for the canvas ("Entry", "Level 2" …) in a band of their own just above the
// drawing, so they never cover a node; they follow pan and zoom sideways. Decorative (aria-hidden):
// the text view groups roles by the same levels.

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
  let columns: { x: number; el: HTMLElement }[] = [];

  const place = (): void => {
    if (!band || !caption) return;
    const zoom = cy.zoom();
    const fit = chipsFit(
      columns.map((c) => c.x),
      zoom,
    );
    caption.hidden = fit || columns.length === 0;
    const pan = cy.pan();
    for (const { x, el } of columns) {
      el.hidden = !fit;
      if (fit) el.style.transform = `translate(${Math.round(x * zoom + pan.x)}px, 0) translate(-50%, 0)`;
    }
  };

  const refresh = (): void => {
    if (!band || !caption) return;
    const roles = cy.nodes('[kind = "role"]').map((n) => ({
      level: Number(n.data('level')),
      x: n.position('x'),
    }));
    band.replaceChildren(caption);
    columns = levelColumns(roles).map(({ level, x }) => {
      const el = document.createElement('span');
      el.className = 'level-header';
      el.textContent = level === 0 ? 'Entry' : `Level ${level}`;
      el.title = LEVEL_NAMES[level] ?? '';
      band.appendChild(el);
      return { x, el };
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
