// Presentation camera on Cytoscape: light one node and its closed neighbourhood, dim the rest
// through classes, and move the viewport there (animated, or at once under reduced motion).
// The Cytoscape adapter calls these; React never does.

import type { Core } from 'cytoscape';
import { boxOfNodes, fitViewport, type Viewport } from '../graph/fit';

export { SPOTLIGHT_STYLES } from './spotlight-styles';

const PADDING = 60;
const DURATION = 500;
/** Closer than this, a lone node fills the screen and loses its context. */
const MAX_ZOOM = 1.6;

export interface SpotlightOptions {
  reducedMotion: boolean;
  /** What the overview (id null) and a step's context are drawn from: the plan and what is held. */
  context?: string;
}

/**
 * Lights `id` with its neighbours on the path (the plan steps and held items next to it) and dims
 * the rest; a hub such as a bachelor's degree has dozens of neighbours, and fitting them all would
 * show the whole graph again. `null` lights nothing and fits the whole path.
 */
export function spotlight(cy: Core, id: string | null, options: SpotlightOptions): void {
  if (cy.destroyed()) return;
  cy.resize();
  cy.stop();
  const context = cy.elements(options.context ?? '.in-plan, .held');
  const node = id === null ? cy.collection() : cy.getElementById(id);
  let focus = cy.collection();
  if (node.nonempty()) {
    const near = node.closedNeighborhood().nodes().intersection(context.nodes()).union(node);
    focus = near.union(near.edgesWith(near)).filter((e) => e.visible());
  }
  cy.batch(() => {
    cy.elements().removeClass('spot spot-dim');
    if (focus.nonempty()) {
      cy.elements().not(focus).addClass('spot-dim');
      node.addClass('spot');
    }
  });
  const target = focus.nonempty()
    ? focus
    : context.nonempty()
      ? context
      : cy.elements().filter((e) => e.visible());
  if (target.empty()) return;
  // From positions and sizes, as "Fit all" does: no bounding boxes measured off the renderer.
  const viewport = fitViewport(
    boxOfNodes(target.nodes()),
    { w: cy.width(), h: cy.height() },
    { top: PADDING, bottom: PADDING, side: PADDING },
    { min: cy.minZoom(), max: MAX_ZOOM },
  );
  if (options.reducedMotion) cy.viewport(viewport);
  else cy.animate(viewport, { duration: DURATION, easing: 'ease-in-out-cubic' });
}

/** Clears the spotlight and puts the viewport back where it was before the presentation. */
export function endSpotlight(cy: Core, viewport: Viewport): void {
  if (cy.destroyed()) return;
  cy.stop();
  cy.resize();
  cy.elements().removeClass('spot spot-dim');
  cy.viewport(viewport);
}
