// The explorer's parts that the first frame does not need, each loaded on first use:
// the plan answer and the plan model (only with a goal), the node details (only with a node
// selected), the text view (only after the Graph/Text switch), a big graph's group controls, and the
// canvas parts of graph/canvas-on-demand.ts. main.tsx waits for those the starting view shows and loads the rest
// once the first frame is up, so a first use finds them there.

import { createElement } from 'react';
import {
  groupExpansion,
  layeredLayout,
  lineage,
  planOverlay,
  spotlightCode,
} from '../graph/canvas-on-demand';
import { onDemandModule } from './on-demand-module';
import { onDemandView } from './on-demand-view';

/** The plan model (present/plan-model.ts): every shown plan is read through it. */
export const planModel = onDemandModule(() => import('../../present/plan-model'));

export const planAnswer = onDemandView(
  'PlanAnswer',
  () => import('../panels/PlanAnswer').then((m) => m.PlanAnswer),
  createElement('p', { className: 'empty planning', role: 'status' }, 'Loading the plan…'),
);

export const detailsPanel = onDemandView('DetailsPanel', () =>
  import('../panels/DetailsPanel').then((m) => m.DetailsPanel),
);

export const textView = onDemandView(
  'TextView',
  () => import('../text/TextView').then((m) => m.TextView),
  createElement('p', { className: 'status-page', role: 'status' }, 'Loading the text view…'),
);

/**
 * What can be done next: it waits for the planner (loaded at start-up) in any case, so its panel
 * comes with it; until then the panel says it is loading.
 */
export const nextSteps = onDemandView(
  'NextSteps',
  () => import('../panels/NextSteps').then((m) => m.NextSteps),
  createElement(
    'section',
    { className: 'panel next', 'aria-label': 'What you can do next' },
    createElement('h2', null, 'What you can do next'),
    createElement('p', { className: 'empty', role: 'status' }, 'Loading…'),
  ),
);

/** A big graph's group controls (only a graph with group boxes shows them). */
export const groupControls = onDemandView('GroupControls', () =>
  import('../graph/GroupControls').then((m) => m.GroupControls),
);

/** The counselor's presentation and compare dialogs (the toolbar opens them). */
export const counselorDialogs = onDemandView('CounselorDialogs', () =>
  import('../counselor/CounselorDialogs').then((m) => m.CounselorDialogs),
);

/** A row of Your graphs (own-graph/KeptRow.tsx): only a person with kept graphs has one. */
export const keptRow = onDemandView(
  'KeptRow',
  () => import('../own-graph/KeptRow').then((m) => m.KeptRow),
  createElement('li', { className: 'muted' }, 'Loading…'),
);

/** How a selected node is said in the live region (Announcer.tsx). */
export const nodeSpeech = onDemandModule(() => import('../graph-keys/describe-node'));

/** Every part, for main.tsx to load after the first frame and tests to have at once. */
export const ON_DEMAND_PARTS: { load(): Promise<unknown> }[] = [
  planAnswer,
  detailsPanel,
  textView,
  planModel,
  layeredLayout,
  planOverlay,
  lineage,
  groupExpansion,
  spotlightCode,
  groupControls,
  nextSteps,
  nodeSpeech,
  counselorDialogs,
  keptRow,
];
