// Canvas parts loaded on first use. The layered layout (layered-layout.ts): a built-in graph opens
// on positions stored at build time (stored-layouts.ts), so only a graph without them (a person's
// own) needs it; big graphs are laid out in the layout worker, which has its own copy. The plan's
// tags (plan-overlay.ts): only a plan has them. Focus mode's lineage walk (lineage.ts), a big graph's
// group boxes and their expansion, a presentation's spotlight.

import { onDemandModule } from '../lazy/on-demand-module';

export const layeredLayout = onDemandModule(() => import('./layered-layout'));

export const planOverlay = onDemandModule(() => import('./plan-overlay'));

/** A big graph's group boxes and the links between them (group-elements.ts): only big graphs have them. */
export const groupBoxes = onDemandModule(() => import('./group-elements'));

/** A big graph's group boxes expanding in place (group-expansion.ts). */
export const groupExpansion = onDemandModule(() => import('./group-expansion'));

/** The presentation's spotlight (presentation/spotlight.ts). */
export const spotlightCode = onDemandModule(() => import('../presentation/spotlight'));

export const lineage = onDemandModule(() => import('./lineage'));

export type Layered = typeof import('./layered-layout');
