// The canvas: react-cytoscapejs renders Cytoscape once; the adapter receives a view model on
// every change. Zoom buttons, the legend and keyboard keys sit around it.

import type { Core } from 'cytoscape';
import { useCallback, useId, useMemo, useState } from 'react';
import CytoscapeComponent from 'react-cytoscapejs';
import { selectPlanView } from '../../state/derive';
import { KeysHelp } from '../graph-keys/KeysHelp';
import { useGraphKeys } from '../graph-keys/useGraphKeys';
import { useApp, useAppStore } from '../store-context';
import { useReadyData } from '../use-graph';
import { Legend } from './Legend';
import { GRAPH_STYLESHEET } from './style';
import { toElements } from './to-elements';
import { useCytoscapeAdapter } from './useCytoscapeAdapter';
import { buildGraphViewModel } from './view-model';

/** Sized by `.graph-cy` in the stylesheet: below the level-header band, down to the bottom. */
const CANVAS_STYLE = {} as const;

/** How much of the canvas the details drawer covers (right on wide screens, bottom on phones). */
function coveredByDetails(cy: Core | null): { right: number; bottom: number } {
  const canvas = cy?.container()?.getBoundingClientRect();
  const panel = document.querySelector('.centre > .details')?.getBoundingClientRect();
  if (!canvas || !panel) return { right: 0, bottom: 0 };
  const fullWidth = panel.width >= canvas.width - 1;
  return fullWidth
    ? { right: 0, bottom: Math.max(0, canvas.bottom - panel.top) }
    : { right: Math.max(0, canvas.right - panel.left), bottom: 0 };
}

/** How far up from the canvas bottom the legend reaches (0 when it does not overlap the canvas). */
function coveredByLegend(cy: Core | null): number {
  const canvas = cy?.container()?.getBoundingClientRect();
  const legend = cy?.container()?.closest('.graph-wrap')?.querySelector('.legend')?.getBoundingClientRect();
  if (!canvas || !legend || legend.top >= canvas.bottom) return 0;
  return Math.max(0, canvas.bottom - legend.top);
}

export function GraphView({ describedBy }: { describedBy?: string }) {
  const data = useReadyData();
  if (!data) return null;
  return <GraphCanvas describedBy={describedBy} />;
}

function GraphCanvas({ describedBy }: { describedBy?: string | undefined }) {
  const data = useReadyData();
  const store = useAppStore();
  const view = useApp((s) => s.view);
  const centreRequest = useApp((s) => s.centreRequest);
  const planView = useApp(selectPlanView);
  const [cy, setCy] = useState<Core | null>(null);
  const [ready, setReady] = useState(false);
  const ids = useId();

  const graph = data?.graph;
  const elements = useMemo(() => (graph ? toElements(graph) : []), [graph]);
  const plan = planView.kind === 'plan' ? planView.plan : null;
  const vm = useMemo(
    () =>
      graph
        ? buildGraphViewModel({
            graph,
            selected: view.selected,
            held: view.situation.holds,
            plan,
            hiddenKinds: view.hiddenKinds,
            centreRequest,
          })
        : null,
    [graph, view.selected, view.situation.holds, plan, view.hiddenKinds, centreRequest],
  );
  // react-cytoscapejs calls this on every update; only a new instance changes state.
  const onCy = useCallback((c: Core) => setCy((prev) => (prev === c ? prev : c)), []);
  const adapter = useCytoscapeAdapter(cy, vm, {
    onSelect: (id) => store.getState().select(id),
    onReady: () => setReady(true),
    covered: () => coveredByDetails(cy),
    legendHeight: () => coveredByLegend(cy),
  });

  const keys = useGraphKeys(adapter);

  if (!graph || !vm) return null;
  const nodeCount = graph.order;
  return (
    <div className="graph-wrap">
      <div
        className="graph-canvas"
        // biome-ignore lint/a11y/noNoninteractiveTabindex: the canvas takes keys (arrows, +/−, 0, Esc)
        tabIndex={0}
        role="application"
        aria-roledescription="career graph"
        aria-label={`Career graph with ${nodeCount} nodes`}
        aria-describedby={[`${ids}-keys`, describedBy].filter(Boolean).join(' ')}
        data-ready={ready ? 'true' : 'false'}
        onKeyDown={keys.onKeyDown}
      >
        <CytoscapeComponent
          elements={elements}
          stylesheet={GRAPH_STYLESHEET}
          className="graph-cy"
          style={CANVAS_STYLE}
          cy={onCy}
          minZoom={0.1}
          maxZoom={3}
          boxSelectionEnabled={false}
          autoungrabify
          autounselectify
        />
        {!ready ? <p className="graph-loading">Laying out the graph…</p> : null}
      </div>
      <fieldset className="zoom-buttons">
        <legend className="visually-hidden">Zoom</legend>
        <button type="button" onClick={() => adapter.current?.zoomBy(1.25)} aria-label="Zoom in">
          +
        </button>
        <button type="button" onClick={() => adapter.current?.zoomBy(0.8)} aria-label="Zoom out">
          −
        </button>
        <button type="button" onClick={() => adapter.current?.fitAll()}>
          Fit all
        </button>
        {plan ? (
          <button type="button" onClick={() => adapter.current?.fitPlan()}>
            Fit plan
          </button>
        ) : null}
      </fieldset>
      <KeysHelp summaryId={`${ids}-keys`} message={keys.message} />
      <Legend />
      <span id={`${ids}-hint`} className="visually-hidden">
        The text view lists the same nodes.
      </span>
    </div>
  );
}
