// Plan labels that stay readable at any zoom: small HTML tags ("2 · RHIA") kept over the plan's
// nodes while the canvas is zoomed out far enough that its own 14 px labels are too small.
// Decorative (aria-hidden): the plan panel and the text view say the same in words.

import type { Core } from 'cytoscape';
import { shortLabel } from '../../present/format/labels';

/** Below this zoom the canvas labels are under ~11 px and the tags take over. */
export const TAG_ZOOM = 0.8;

export interface PlanOverlay {
  update(planSteps: readonly string[]): void;
  destroy(): void;
}

export function createPlanOverlay(cy: Core): PlanOverlay {
  const container = cy.container();
  const layer = typeof document === 'undefined' || !container ? null : document.createElement('div');
  if (layer && container) {
    layer.className = 'plan-tags';
    layer.setAttribute('aria-hidden', 'true');
    container.appendChild(layer);
  }
  let tags: { id: string; el: HTMLElement }[] = [];

  const place = (): void => {
    if (!layer) return;
    const show = cy.zoom() < TAG_ZOOM;
    layer.hidden = !show || tags.length === 0;
    if (layer.hidden) return;
    for (const { id, el } of tags) {
      const node = cy.getElementById(id);
      if (node.empty()) continue;
      const bb = node.renderedBoundingBox({ includeLabels: false });
      // Centred over the node, but kept inside the canvas so a tag at the edge stays readable.
      const half = el.offsetWidth / 2;
      const x = Math.min(Math.max(bb.x1 + bb.w / 2, half + 2), layer.clientWidth - half - 2);
      el.style.transform = `translate(${Math.round(x - half)}px, ${Math.round(bb.y1)}px) translate(0, -100%)`;
    }
  };

  cy.on('viewport resize', place);

  return {
    update(planSteps) {
      if (!layer) return;
      const key = planSteps.join(',');
      if (key !== tags.map((t) => t.id).join(',')) {
        layer.replaceChildren();
        tags = planSteps.map((id, i) => {
          const el = document.createElement('span');
          el.className = 'plan-tag';
          const node = cy.getElementById(id);
          el.textContent = `${i + 1} · ${shortLabel(String(node.data('fullLabel') ?? id))}`;
          layer.appendChild(el);
          return { id, el };
        });
      }
      place();
    },
    destroy() {
      cy.removeListener('viewport resize', place);
      layer?.remove();
    },
  };
}
