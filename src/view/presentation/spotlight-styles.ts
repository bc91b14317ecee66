// The spotlight's classes (spotlight.ts) in the canvas stylesheet (graph/style.ts): apart from the
// spotlight itself, which loads with the first presentation (graph/canvas-on-demand.ts).

import type { StylesheetJsonBlock } from 'cytoscape';

/** Classes only spotlight.ts sets, so the adapter's own class updates never undo them. */
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
