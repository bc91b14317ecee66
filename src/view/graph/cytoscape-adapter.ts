// The one place that touches Cytoscape: created once per `cy`, shaped `{ update, destroy }`
// (xyflow's XYDrag pattern). `update` applies a view model inside `cy.batch()`: classes and
// the viewport only; positions change only when a new graph is laid out.

import type { Core, EventObject, NodeSingular } from 'cytoscape';
import type { ExportResult } from '../export/export-graph';
import { endSpotlight, spotlight } from '../presentation/spotlight';
import { fitViewport } from './fit';
import { layeredPositions } from './layered-layout';
import { createLevelHeaders } from './level-headers';
import { createPlanOverlay } from './plan-overlay';
import type { GraphViewModel } from './view-model';

export interface AdapterHandlers {
  /** A node was tapped (or the background: null). */
  onSelect(id: string | null): void;
  /** Layout finished for a graph; the canvas is ready to read. */
  onReady?(): void;
  /** Canvas pixels covered by panels drawn over it (the details drawer), so centring avoids them. */
  covered?(): { right: number; bottom: number };
  /** Canvas pixels at the bottom covered by the legend, kept clear when fitting everything. */
  legendHeight?(): number;
}

export interface CytoscapeAdapter {
  update(vm: GraphViewModel): void;
  zoomBy(factor: number): void;
  fitAll(): void;
  fitPlan(): void;
  /** The node a keyboard move lands on from `from` (null: start at the top left). */
  neighbour(from: string | null, direction: 'next' | 'prev' | 'up' | 'down'): string | null;
  /** Presentation: light one node and its neighbours (null: the whole plan) and move there. */
  spotlight(id: string | null): void;
  /** Presentation over: clear the spotlight and put the viewport back. */
  endSpotlight(): void;
  exportPng(goal: string | null): Promise<ExportResult>;
  exportSvg(goal: string | null, title: string): Promise<ExportResult>;
  destroy(): void;
}

const FIT_PADDING = 40;
/** Below this zoom 14 px labels are too small to read; the initial view never goes lower. */
const READABLE_ZOOM = 0.75;
/** Plan nodes draw larger, bold labels, so a plan can be fitted further out and stay readable. */
const READABLE_PLAN_ZOOM = 0.12;

function reducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

export function createCytoscapeAdapter(cy: Core, handlers: AdapterHandlers): CytoscapeAdapter {
  let laidOut: unknown = null;
  let last: GraphViewModel | null = null;
  let lastPlanKey = '';
  let lastCentre = 0;
  /** The viewport before a presentation, restored when it ends. */
  let presenting: { zoom: number; pan: { x: number; y: number } } | null = null;

  const onTap = (e: EventObject): void => {
    if (e.target === cy) handlers.onSelect(null);
    else if (typeof e.target.isNode === 'function' && e.target.isNode()) handlers.onSelect(e.target.id());
  };
  cy.on('tap', onTap);
  const overlay = createPlanOverlay(cy);
  const headers = createLevelHeaders(cy);
  // The canvas does not notice its container resizing (react-cytoscapejs#114).
  const container = cy.container();
  const resizer =
    container && typeof ResizeObserver !== 'undefined' ? new ResizeObserver(() => cy.resize()) : null;
  if (container) resizer?.observe(container);

  const move = (opts: Parameters<Core['animate']>[0]): void => {
    cy.stop();
    if (reducedMotion()) {
      cy.viewport(opts as never);
      cy.forceRender();
    } else {
      // Redraw once at rest: label textures cached mid-animation can keep a stale, clipped size.
      cy.animate(opts, { duration: 400, complete: () => cy.forceRender() });
    }
  };

  /**
   * Fits `eles` into the part of the canvas not covered by the zoom buttons (top) and the legend
   * (bottom), but never below a readable zoom: then the entry (left) side stays in view.
   */
  const fitReadable = (eles: ReturnType<Core['elements']>, animate: boolean, floor = READABLE_ZOOM): void => {
    if (eles.empty()) return;
    const w = cy.width();
    const h = cy.height();
    // The level headers have a band of their own above the canvas; the top inset is the zoom buttons'.
    const inset = h < 500 ? { top: 60, bottom: 70 } : { top: 56, bottom: 100 };
    // Labels left out on purpose: measuring them here, before the renderer has re-wrapped labels
    // whose font just changed, caches stale label bounds and the canvas then clips those labels.
    const bb = eles.boundingBox({ includeLabels: false, includeOverlays: false });
    // Plan tags are wider than their nodes: leave them room at the sides.
    const side = floor === READABLE_PLAN_ZOOM ? Math.min(110, w / 8) : FIT_PADDING;
    const room = { w: w - 2 * side, h: h - inset.top - inset.bottom };
    const zoom = Math.min(room.w / bb.w, room.h / bb.h, 1.4);
    const z = Math.max(zoom, floor);
    const x = z * bb.w <= room.w ? w / 2 - z * (bb.x1 + bb.w / 2) : side - z * bb.x1;
    // Taller than the room at a readable zoom: start at the top, as the columns are read.
    const y = z * bb.h <= room.h ? inset.top + room.h / 2 - z * (bb.y1 + bb.h / 2) : inset.top - z * bb.y1;
    const target = { zoom: z, pan: { x, y } };
    if (animate) move(target);
    else cy.viewport(target);
  };

  const visible = () => cy.elements().not('.filtered');
  const planEles = () => cy.nodes('.in-plan').union(cy.edges('.in-plan').connectedNodes());

  const layout = (vm: GraphViewModel): void => {
    const positions = layeredPositions(vm.graph);
    cy.layout({
      name: 'preset',
      positions: (n: NodeSingular) => positions.get(n.id()) ?? { x: 0, y: 0 },
      fit: false,
      animate: false,
    } as never).run();
    laidOut = vm.graph;
    headers.refresh();
    handlers.onReady?.();
  };

  const applyClasses = (vm: GraphViewModel): void => {
    const steps = new Map(vm.planSteps.map((id, i) => [id, i + 1]));
    const held = new Set(vm.held);
    const edges = new Set(vm.planEdges);
    const hidden = new Set<string>(vm.hiddenKinds);
    const hasPlan = steps.size > 0;
    const focusNodes = new Set(vm.focusNodes);
    const focusEdges = new Set(vm.focusEdges);
    const hasFocus = focusNodes.size > 0;
    cy.batch(() => {
      cy.elements().removeClass('in-plan dimmed held selected filtered faded focus near');
      // One-hop focus (Lightcast-style): the selection, what it needs and what it leads to stay
      // bright. Without a plan the rest fades; with one, the plan keeps its emphasis and the focus
      // is exempt from the plan's dimming (neighbours slightly softer than the selection).
      cy.nodes().forEach((n: NodeSingular) => {
        const id = n.id();
        const step = steps.get(id);
        const inFocus = focusNodes.has(id);
        if (step !== undefined) {
          n.addClass('in-plan');
          n.data('planLabel', `${step}. ${n.data('label')}`);
        } else if (hasPlan && inFocus) {
          if (id !== vm.selected) n.addClass('near');
        } else if (hasPlan && !held.has(id)) {
          n.addClass('dimmed');
        } else if (!hasPlan && hasFocus && !inFocus) {
          n.addClass('faded');
        }
        if (held.has(id)) n.addClass('held');
        if (hidden.has(n.data('kind')) && step === undefined && !held.has(id)) n.addClass('filtered');
        if (id === vm.selected) n.addClass('selected');
      });
      cy.edges().forEach((e) => {
        const id = e.id();
        if (focusEdges.has(id)) e.addClass('focus');
        if (edges.has(id)) e.addClass('in-plan');
        else if (hasPlan && focusEdges.has(id)) e.addClass('near');
        else if (hasPlan) e.addClass('dimmed');
        else if (hasFocus && !focusEdges.has(id)) e.addClass('faded');
      });
    });
  };

  return {
    update(vm) {
      if (cy.destroyed()) return;
      const newGraph = laidOut !== vm.graph;
      if (newGraph) layout(vm);
      applyClasses(vm);
      overlay.update(vm.planSteps);
      const planKey = vm.planSteps.join(',');
      const centreOn = (id: string, animate: boolean): void => {
        const n = cy.getElementById(id);
        if (n.empty()) return;
        const zoom = Math.max(cy.zoom(), 0.9);
        const { right, bottom } = handlers.covered?.() ?? { right: 0, bottom: 0 };
        const p = n.position();
        const target = {
          zoom,
          pan: { x: (cy.width() - right) / 2 - zoom * p.x, y: (cy.height() - bottom) / 2 - zoom * p.y },
        };
        if (animate) move(target);
        else cy.viewport(target);
      };
      if (newGraph) {
        // Coming back from the text view with a selection: show that node, as the list did.
        if (vm.selected && vm.centreRequest > 0) centreOn(vm.selected, false);
        else if (vm.planSteps.length) fitReadable(planEles(), false, READABLE_PLAN_ZOOM);
        else fitReadable(visible(), false);
      } else if (planKey !== lastPlanKey) {
        if (vm.planSteps.length) fitReadable(planEles(), true, READABLE_PLAN_ZOOM);
        else fitReadable(visible(), true);
      } else if (vm.centreRequest !== lastCentre && vm.selected) {
        centreOn(vm.selected, true);
      }
      lastPlanKey = planKey;
      lastCentre = vm.centreRequest;
      last = vm;
    },
    zoomBy(factor) {
      const zoom = Math.min(cy.maxZoom(), Math.max(cy.minZoom(), cy.zoom() * factor));
      cy.stop();
      cy.zoom({ level: zoom, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
    },
    fitAll() {
      const eles = visible();
      if (eles.empty()) return;
      cy.stop();
      const legend = handlers.legendHeight?.() ?? 0;
      const target = fitViewport(
        eles.boundingBox({ includeLabels: false, includeOverlays: false }),
        { w: cy.width(), h: cy.height() },
        { top: FIT_PADDING, bottom: legend > 0 ? legend + 12 : FIT_PADDING, side: FIT_PADDING },
        { min: cy.minZoom(), max: cy.maxZoom() },
      );
      cy.viewport(target);
    },
    fitPlan() {
      if (last?.planSteps.length) fitReadable(planEles(), true, READABLE_PLAN_ZOOM);
      else this.fitAll();
    },
    neighbour(from, direction) {
      const nodes = cy.nodes().not('.filtered');
      const byPosition = (a: NodeSingular, b: NodeSingular) =>
        a.position('x') - b.position('x') || a.position('y') - b.position('y');
      const start = from ? cy.getElementById(from) : null;
      if (!start || start.empty() || !start.isNode()) return nodes.sort(byPosition).first().id() ?? null;
      const { x, y } = start.position();
      let candidates: NodeSingular[];
      if (direction === 'next')
        candidates = start.outgoers('node').not('.filtered').toArray() as NodeSingular[];
      else if (direction === 'prev')
        candidates = start.incomers('node').not('.filtered').toArray() as NodeSingular[];
      else {
        const sign = direction === 'down' ? 1 : -1;
        candidates = (nodes.toArray() as NodeSingular[]).filter(
          (n) => Math.abs(n.position('x') - x) < 60 && sign * (n.position('y') - y) > 1,
        );
      }
      if (candidates.length === 0) return null;
      candidates.sort(
        (a, b) => Math.abs(a.position('y') - y) - Math.abs(b.position('y') - y) || byPosition(a, b),
      );
      return candidates[0]?.id() ?? null;
    },
    spotlight(id) {
      if (!presenting) presenting = { zoom: cy.zoom(), pan: { ...cy.pan() } };
      spotlight(cy, id, { reducedMotion: reducedMotion() });
    },
    endSpotlight() {
      if (!presenting) return;
      endSpotlight(cy, presenting);
      presenting = null;
    },
    // The export code loads the first time it is used, not with the explorer.
    exportPng(goal) {
      return import('../export/export-graph').then((m) => m.exportPng(cy, goal));
    },
    exportSvg(goal, title) {
      return import('../export/export-graph').then((m) => m.exportSvg(cy, goal, title));
    },
    destroy() {
      cy.removeListener('tap', onTap);
      resizer?.disconnect();
      overlay.destroy();
      headers.destroy();
      cy.stop();
    },
  };
}
