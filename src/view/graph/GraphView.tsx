// The canvas: react-cytoscapejs renders Cytoscape once; the adapter receives a view model on
// every change. Zoom buttons, the legend and keyboard keys sit around it.

import type { Core } from 'cytoscape';
import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import CytoscapeComponent from 'react-cytoscapejs';
import { selectPlanView } from '../../state/derive';
import { KeysHelp } from '../graph-keys/KeysHelp';
import { useGraphKeys } from '../graph-keys/useGraphKeys';
import { groupControls } from '../lazy/on-demand-parts';
import { useOnDemand } from '../lazy/use-on-demand';
import { useApp, useAppStore } from '../store-context';
import { chooseTheme, useTheme } from '../theme/theme-store';
import { useReadyData } from '../use-graph';
import { groupBoxes, lineage } from './canvas-on-demand';
import { useE2eGraphHook } from './e2e-graph-hook';
import { inertOutside } from './inert-outside';
import { Legend } from './Legend';
import { LOD_NODES } from './level-of-detail';
import { graphStylesheet } from './style';
import { toElements } from './to-elements';
import { guardTouchScroll, type TouchScrollGuard } from './touch-scroll';
import { useCytoscapeAdapter } from './useCytoscapeAdapter';
import { cachedLayout, layoutWasStored, useGraphLayout } from './useGraphLayout';
import { useGroupExpansion } from './useGroupExpansion';
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

/** How far down from the canvas top a big graph's group controls reach (0 without them). */
/** A big graph's group controls load with its group boxes (on-demand-parts.ts). */
const GroupControls = groupControls.View;

function coveredByGroupBar(cy: Core | null): number {
  const canvas = cy?.container()?.getBoundingClientRect();
  const bar = cy
    ?.container()
    ?.closest('.graph-wrap')
    ?.querySelector('.group-controls')
    ?.getBoundingClientRect();
  if (!canvas || !bar || bar.height === 0 || bar.bottom <= canvas.top) return 0;
  return Math.max(0, bar.bottom - canvas.top);
}

const graphKeys = new WeakMap<object, number>();
let graphCount = 0;
/** A new Cytoscape instance per graph: big and small graphs start from clean renderer state. */
function graphKey(graph: object): number {
  let key = graphKeys.get(graph);
  if (key === undefined) {
    key = ++graphCount;
    graphKeys.set(graph, key);
  }
  return key;
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
  const [mapMode, setMapMode] = useState(false);
  const [focusMode, setFocusMode] = useState(false);
  const hasSelection = view.selected !== null;
  // Focus mode ends with the selection it was about.
  useEffect(() => {
    if (!hasSelection) setFocusMode(false);
  }, [hasSelection]);
  const theme = useTheme();
  const ids = useId();
  const canvasRef = useRef<HTMLDivElement>(null);
  const guard = useRef<TouchScrollGuard | null>(null);
  useE2eGraphHook(store);

  useEffect(() => {
    const el = canvasRef.current;
    if (!el) return;
    guard.current = guardTouchScroll(el);
    return () => {
      guard.current?.destroy();
      guard.current = null;
    };
  }, []);
  // The canvas follows the full-screen map's size through the adapter's ResizeObserver.
  useEffect(() => {
    guard.current?.setMapMode(mapMode);
  }, [mapMode]);
  // The full-screen map covers the page: what it covers is inert, so focus never goes under it.
  const wrapRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const wrap = wrapRef.current;
    return mapMode && wrap ? inertOutside(wrap) : undefined;
  }, [mapMode]);

  const graph = data?.graph as NonNullable<typeof data>['graph'];
  // A new graph is not ready until its own layout and first draw.
  // biome-ignore lint/correctness/useExhaustiveDependencies: reset on a new graph only
  useEffect(() => setReady(false), [graph]);
  const layout = useGraphLayout(graph);
  // A big graph's group boxes (their code loads on first use, beside its layout): its positions
  // count as ready once both are there.
  const big = graph ? graph.order > LOD_NODES : false;
  const grouping = useOnDemand(groupBoxes, big);
  const positions = layout.kind === 'ready' && (!big || grouping) ? layout.positions : null;
  // A big graph opens on its forest view: only the group boxes go into the canvas at first; the
  // members wait in `deferred` until the adapter needs them.
  const all = useMemo(
    () => (positions ? toElements(graph, positions, grouping ?? undefined) : []),
    [graph, positions, grouping],
  );
  const { elements, deferred } = useMemo(() => {
    if (!all.some((e) => e.classes === 'group')) return { elements: all, deferred: { current: [] } };
    // The boxes and the links between them.
    const overview = (e: (typeof all)[number]) => e.classes === 'group' || e.classes === 'group-link';
    return {
      elements: all.filter(overview),
      deferred: { current: all.filter((e) => !overview(e)) },
    };
  }, [all]);
  // Group boxes expand in place (tapped, or chosen in GroupControls); a searched node opens its own.
  const groups = useGroupExpansion(all, view.selected, centreRequest);
  // While a big graph's next plan is worked out, the canvas keeps the plan it shows: dropping it
  // and then lighting the new one restyled every element twice (a long task on big graphs).
  const answered = planView.kind === 'plan' ? planView.plan : null;
  const [shown, setShown] = useState({ graph, plan: answered });
  if (planView.kind !== 'planning' && (shown.plan !== answered || shown.graph !== graph))
    setShown({ graph, plan: answered });
  const plan = planView.kind !== 'planning' ? answered : shown.graph === graph ? shown.plan : null;
  // Focus mode's walk loads on its first use; the view model is built again when it arrives.
  const walk = useOnDemand(lineage, focusMode);
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
            focusMode,
            lineageOf: walk?.lineageOf,
            expandedGroups: groups.expanded,
          })
        : null,
    [
      graph,
      view.selected,
      view.situation.holds,
      plan,
      view.hiddenKinds,
      centreRequest,
      focusMode,
      groups.expanded,
      walk,
    ],
  );
  // react-cytoscapejs calls this on every update; only a new instance changes state.
  const onCy = useCallback((c: Core) => setCy((prev) => (prev === c ? prev : c)), []);
  const adapter = useCytoscapeAdapter(cy, vm, {
    onSelect: (id) => store.getState().select(id),
    onReady: () => setReady(true),
    covered: () => coveredByDetails(cy),
    legendHeight: () => coveredByLegend(cy),
    topCovered: () => coveredByGroupBar(cy),
    positionsOf: (g) => cachedLayout(g),
    layoutStored: (g) => layoutWasStored(g),
    takeDeferred: () => {
      const defs = deferred.current;
      deferred.current = [];
      return defs;
    },
    onExpandGroup: (id) => groups.expand(id),
  });

  const keys = useGraphKeys(adapter);

  if (!graph || !vm) return null;
  const nodeCount = graph.order;
  return (
    <div ref={wrapRef} className={mapMode ? 'graph-wrap map-mode' : 'graph-wrap'}>
      {/* The rest of the page (its heading too) is inert under the full-screen map: this names it. */}
      {mapMode ? <h1 className="visually-hidden">Full-screen map</h1> : null}
      <div
        ref={canvasRef}
        className="graph-canvas"
        // biome-ignore lint/a11y/noNoninteractiveTabindex: the canvas takes keys (arrows, +/−, 0, Esc)
        tabIndex={0}
        role="application"
        aria-roledescription="career graph"
        aria-label={`Career graph with ${nodeCount} nodes`}
        aria-describedby={[`${ids}-keys`, describedBy].filter(Boolean).join(' ')}
        data-ready={ready ? 'true' : 'false'}
        data-layout={positions ? (layoutWasStored(graph) ? 'stored' : 'computed') : undefined}
        onKeyDown={keys.onKeyDown}
      >
        {positions ? (
          <CytoscapeComponent
            key={graphKey(graph)}
            elements={elements}
            stylesheet={graphStylesheet(theme)}
            className="graph-cy"
            style={CANVAS_STYLE}
            cy={onCy}
            minZoom={0.1}
            maxZoom={3}
            boxSelectionEnabled={false}
            autoungrabify
            autounselectify
          />
        ) : null}
        {!ready ? (
          <p className="graph-loading" role="status">
            {layout.kind === 'error'
              ? `The graph could not be laid out: ${layout.message}`
              : layout.kind === 'pending'
                ? `Laying out ${nodeCount.toLocaleString('en-US')} nodes… ${Math.round(layout.done * 100)}%`
                : 'Drawing the graph…'}
          </p>
        ) : null}
      </div>
      {/* The buttons and the Keys help stack at the top right: however the buttons wrap on a
          narrow screen, the Keys button sits under them, never over them. */}
      <div className="graph-tools">
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
          {view.selected ? (
            <button
              type="button"
              aria-pressed={focusMode}
              title="Show only what leads to the selection and what it leads to"
              onClick={() => setFocusMode((on) => !on)}
            >
              Focus
            </button>
          ) : null}
          <button
            type="button"
            aria-pressed={theme === 'dark'}
            onClick={() => chooseTheme(theme === 'dark' ? 'light' : 'dark')}
          >
            Dark theme
          </button>
          <button
            type="button"
            className="map-mode-button"
            aria-pressed={mapMode}
            onClick={() => setMapMode((on) => !on)}
          >
            {mapMode ? 'Close map' : 'Full-screen map'}
          </button>
        </fieldset>
        <KeysHelp summaryId={`${ids}-keys`} message={keys.message} />
        {groups.groups.length > 0 ? <GroupControls state={groups} /> : null}
      </div>
      <Legend />
      <span id={`${ids}-hint`} className="visually-hidden">
        The text view lists the same nodes.
      </span>
    </div>
  );
}
