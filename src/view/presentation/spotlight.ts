// Presentation camera on Cytoscape: light one node and its closed neighbourhood, dim the rest
// through classes, and move the viewport there (animated, or at once under reduced motion).
// The Cytoscape adapter calls these; React never does.

import type { Core, StylesheetJsonBlock } from 'cytoscape';

/** Classes only this module sets, so the adapter's own class updates never undo them. */
export const SPOTLIGHT_STYLES: StylesheetJsonBlock[] = [
  { selector: 'node.spot-dim', style: { opacity: 0.12 } },
  { selector: 'edge.spot-dim', style: { opacity: 0.06 } },
  {
    selector: 'node.spot',
    style: {
      'outline-color': '#111',
      'outline-width': 4,
      'outline-offset': 6,
      'outline-style': 'solid',
    } as never,
  },
];

const PADDING = 60;
const DURATION = 500;

export interface SpotlightOptions {
  reducedMotion: boolean;
  /** Elements to fit when `id` is null (the whole plan). */
  overview?: string;
}

export function spotlight(cy: Core, id: string | null, options: SpotlightOptions): void {
  if (cy.destroyed()) return;
  cy.resize();
  cy.stop();
  const node = id === null ? cy.collection() : cy.getElementById(id);
  const focus = node.nonempty() ? node.closedNeighborhood().filter((e) => e.visible()) : cy.collection();
  cy.batch(() => {
    cy.elements().removeClass('spot spot-dim');
    if (focus.nonempty()) {
      cy.elements().not(focus).addClass('spot-dim');
      node.addClass('spot');
    }
  });
  const target = focus.nonempty() ? focus : cy.elements(options.overview ?? '.in-plan, .held');
  const eles = target.nonempty() ? target : cy.elements().filter((e) => e.visible());
  if (options.reducedMotion) cy.fit(eles, PADDING);
  else
    cy.animate({ fit: { eles, padding: PADDING } } as never, {
      duration: DURATION,
      easing: 'ease-in-out-cubic',
    });
}

/** Clears the spotlight and puts the viewport back where it was before the presentation. */
export function endSpotlight(cy: Core, viewport: { zoom: number; pan: { x: number; y: number } }): void {
  if (cy.destroyed()) return;
  cy.stop();
  cy.resize();
  cy.elements().removeClass('spot spot-dim');
  cy.viewport(viewport);
}
