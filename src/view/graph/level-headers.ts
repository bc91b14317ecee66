// Column headers over the canvas ("Entry", "Level 2" …) so the left-to-right
// reading of the layout (entry roles → leadership) is said, not just implied. Decorative
// (aria-hidden): the text view groups roles by the same levels.

import type { Core } from 'cytoscape';

const LEVEL_NAMES = ['entry', 'early career', 'experienced', 'senior', 'lead', 'executive or owner'];
/** Below this zoom the headers would run into each other. */
const MIN_ZOOM = 0.25;

export interface LevelHeaders {
  /** Re-reads role positions (after a layout). */
  refresh(): void;
  destroy(): void;
}

export function createLevelHeaders(cy: Core): LevelHeaders {
  const container = cy.container();
  const layer = typeof document === 'undefined' || !container ? null : document.createElement('div');
  if (layer && container) {
    layer.className = 'level-headers';
    layer.setAttribute('aria-hidden', 'true');
    container.appendChild(layer);
  }
  let columns: { x: number; el: HTMLElement }[] = [];

  const place = (): void => {
    if (!layer) return;
    const zoom = cy.zoom();
    layer.hidden = zoom < MIN_ZOOM || columns.length === 0;
    if (layer.hidden) return;
    const pan = cy.pan();
    for (const { x, el } of columns) {
      el.style.transform = `translate(${Math.round(x * zoom + pan.x)}px, 0) translate(-50%, 0)`;
    }
  };

  const refresh = (): void => {
    if (!layer) return;
    const xs = new Map<number, number[]>();
    cy.nodes('[kind = "role"]').forEach((n) => {
      const level = Number(n.data('level'));
      if (level >= 0) xs.set(level, [...(xs.get(level) ?? []), n.position('x')]);
    });
    layer.replaceChildren();
    columns = [...xs.entries()]
      .sort((a, b) => a[0] - b[0])
      .map(([level, list]) => {
        const el = document.createElement('span');
        el.className = 'level-header';
        el.textContent = level === 0 ? 'Entry' : `Level ${level}`;
        el.title = LEVEL_NAMES[level] ?? '';
        layer.appendChild(el);
        return { x: list.reduce((a, b) => a + b, 0) / list.length, el };
      });
    place();
  };

  cy.on('viewport resize', place);
  return {
    refresh,
    destroy() {
      cy.removeListener('viewport resize', place);
      layer?.remove();
    },
  };
}
