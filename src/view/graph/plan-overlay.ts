// Plan labels that stay readable at any zoom: small HTML tags ("2 · RHIA") kept beside the plan's
// nodes while the canvas is zoomed out far enough that its own labels are too small. Placed near
// their node, never over each other, any node drawn or a control; where none of that leaves room
// the tag is left out (the node's own label carries its number); fewer and smaller on a narrow
// canvas (callout-placement.ts).
// Decorative (aria-hidden): the plan panel and the text view say the same in words.

import type { Core } from 'cytoscape';
import { shortLabel } from '../../present/format/labels';
import { type Box, calloutBudget, overlaps, placeCallouts } from './callout-placement';

/** What a callout must never cover, besides plan nodes: the graph's controls and the presentation panel. */
export const CONTROL_SELECTOR = '.zoom-buttons, .legend, .presentation';

/** Below this zoom the canvas labels are under ~11 px and the tags take over. */
export const TAG_ZOOM = 0.8;

/** Graph px around a node's shape that its border, plan underlay or selection outline may take. */
const NODE_MARGIN = 10;

/** Screen boxes of the nodes drawn inside `bounds` (a big graph's group boxes left out). */
export function nodesInView(cy: Core, bounds: Box): Box[] {
  const zoom = cy.zoom();
  const pan = cy.pan();
  const out: Box[] = [];
  cy.nodes().forEach((n) => {
    const p = n.position();
    const w = (Number(n.data('w')) || n.width()) + 2 * NODE_MARGIN;
    const h = (Number(n.data('h')) || n.height()) + 2 * NODE_MARGIN;
    const box = {
      x: pan.x + zoom * (p.x - w / 2),
      y: pan.y + zoom * (p.y - h / 2),
      w: zoom * w,
      h: zoom * h,
    };
    if (!overlaps(box, bounds) || n.hasClass('group') || !n.visible()) return;
    out.push(box);
  });
  return out;
}

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
    if (!layer || !container) return;
    const show = cy.zoom() < TAG_ZOOM;
    layer.hidden = !show || tags.length === 0;
    if (layer.hidden) return;
    const origin = container.getBoundingClientRect();
    const controls: Box[] = [...document.querySelectorAll<HTMLElement>(CONTROL_SELECTOR)]
      .map((el) => el.getBoundingClientRect())
      .filter((r) => r.width > 0 && r.height > 0)
      .map((r) => ({ x: r.left - origin.left, y: r.top - origin.top, w: r.width, h: r.height }));
    const bounds = { x: 0, y: 0, w: layer.clientWidth, h: layer.clientHeight };
    // Every node drawn in view stays readable: a tag never covers one (tags over neighbours hid
    // them on the built-in graphs, 2026-12-01). Boxes from positions and sizes (a big graph has
    // thousands of nodes and this runs on every pan), with room for borders, the plan's underlay
    // and the selection's outline; group boxes are background.
    const drawn = nodesInView(cy, bounds);
    const budget = calloutBudget(bounds.w);
    layer.classList.toggle('compact', budget.compact);
    // The goal's tag first (the one to keep when few fit), then the steps in order.
    const present = tags.filter(({ id }) => cy.getElementById(id).nonempty());
    const shown = [...present.slice(-1), ...present.slice(0, -1)];
    for (const { el } of tags) el.hidden = !present.some((t) => t.el === el);
    const spots = placeCallouts(
      shown.map(({ id, el }) => {
        const bb = cy.getElementById(id).renderedBoundingBox({ includeLabels: false });
        el.hidden = false;
        return { anchor: { x: bb.x1, y: bb.y1, w: bb.w, h: bb.h }, w: el.offsetWidth, h: el.offsetHeight };
      }),
      [...controls, ...drawn],
      bounds,
      budget.max,
    );
    shown.forEach(({ el }, i) => {
      const spot = spots[i];
      el.hidden = !spot;
      if (spot) el.style.transform = `translate(${spot.x}px, ${spot.y}px)`;
    });
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
