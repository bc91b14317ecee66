// The explorer's parts that the first frame does not need, each loaded on first use:
// the plan answer (only with a goal), the node details (only with a node selected) and the text view
// (only after the Graph/Text switch). main.tsx loads them all at start-up and waits for those the
// starting view shows.

import { onDemandView } from './on-demand-view';

export const planAnswer = onDemandView('PlanAnswer', () =>
  import('../panels/PlanAnswer').then((m) => m.PlanAnswer),
);

export const detailsPanel = onDemandView('DetailsPanel', () =>
  import('../panels/DetailsPanel').then((m) => m.DetailsPanel),
);

export const textView = onDemandView('TextView', () => import('../text/TextView').then((m) => m.TextView));

/** Every part, for main.tsx to start loading and tests to have at once. */
export const ON_DEMAND_PARTS = [planAnswer, detailsPanel, textView];
