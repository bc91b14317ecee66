// The one place that touches Cytoscape: created once per `cy`, shaped `{ update, destroy }`
// (xyflow's XYDrag pattern). `update` applies a view model inside `cy.batch()`: classes and
// the viewport only; positions change only when a new graph is laid out.

import type { CollectionReturnValue, Core, ElementDefinition, EventObject, NodeSingular } from 'cytoscape';
import type { ExportCaption, ExportResult } from '../export/export-graph';
import { NODE_FONT } from '../theme/theme';
import { currentTheme } from '../theme/theme-store';
import { groupExpansion, type Layered, layeredLayout, planOverlay, spotlightCode } from './canvas-on-demand';
import { boxOfNodes, fitViewport, sameViewport, type Viewport } from './fit';
import type { GroupExpansion } from './group-expansion';
import type { Position } from './layout-input';
import { createLevelHeaders } from './level-headers';
import { createLevelOfDetail } from './level-of-detail';
import type { PlanOverlay } from './plan-overlay';
import { planLabel } from './to-elements';
import type { GraphViewModel } from './view-model';

type Spotlight = typeof import('../presentation/spotlight');

export interface AdapterHandlers {
  /** A node was tapped (or the background: null). */
  onSelect(id: string | null): void;
  /** Layout finished for a graph; the canvas is ready to read. */
  onReady?(): void;
  /** Canvas pixels covered by panels drawn over it (the details drawer), so centring avoids them. */
  covered?(): { right: number; bottom: number };
  /** Canvas pixels at the bottom covered by the legend, kept clear when fitting everything. */
  legendHeight?(): number;
  /** How far down from the canvas top the tools reach (a big graph's group controls). */
  topCovered?(): number;
  /** Positions already given to the elements for this graph (laid out off the main thread). */
  positionsOf?(graph: GraphViewModel['graph']): Map<string, Position> | null;
  /** Whether those positions are a built-in map's stored layout (its links keep plain taxi routes). */
  layoutStored?(graph: GraphViewModel['graph']): boolean;
  /**
   * A big graph's members, kept out of the canvas while its forest view (groups) is shown: handed
   * over once, the first time they are needed (zoomed in, or a selection, plan or held item).
   */
  takeDeferred?(): ElementDefinition[];
  /** A big graph's group box was tapped: expand it in place (the view model says what is expanded). */
  onExpandGroup?(id: string): void;
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

const FIT_PADDING = 16;
/**
 * Below this zoom the labels are under 11 px on screen; a small graph's view never starts lower:
 * a graph too wide for that (the nursing lattice at 1280×800, every graph on a phone) opens on its
 * entry side, readable, the rest a pan away (it opened whole at ~8.6 px, and ~7 px on a phone).
 */
const READABLE_ZOOM = 11 / NODE_FONT;
/** Graphs above this many nodes open on the whole picture (level of detail keeps it light). */
const OVERVIEW_NODES = 300;
/** Plan nodes draw larger, bold labels, so a plan can be fitted further out and stay readable. */
const READABLE_PLAN_ZOOM = 0.12;

function reducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

export function createCytoscapeAdapter(cy: Core, handlers: AdapterHandlers): CytoscapeAdapter {
  let laidOut: unknown = null;
  let last: GraphViewModel | null = null;
  let lastPlanKey = '';
  let lastLineageKey = '';
  let lastCentre = 0;
  /** The viewport before a presentation, restored when it ends. */
  let presenting: Viewport | null = null;

  const onTap = (e: EventObject): void => {
    if (e.target === cy) handlers.onSelect(null);
    else if (typeof e.target.hasClass === 'function' && e.target.hasClass('group'))
      handlers.onExpandGroup?.(e.target.id());
    else if (typeof e.target.isNode === 'function' && e.target.isNode()) handlers.onSelect(e.target.id());
  };
  cy.on('tap', onTap);
  // The plan's tags: made with the first plan (plan-overlay.ts loads then, canvas-on-demand.ts).
  let overlay: PlanOverlay | null = null;
  let tagged: readonly string[] = [];
  const tagPlan = (planSteps: readonly string[]): void => {
    tagged = planSteps;
    if (overlay || planSteps.length === 0) {
      overlay?.update(planSteps);
      return;
    }
    const made = (m: typeof import('./plan-overlay')): void => {
      if (cy.destroyed() || overlay) return;
      overlay = m.createPlanOverlay(cy);
      overlay.update(tagged);
    };
    const loaded = planOverlay.loaded();
    if (loaded) made(loaded);
    else void planOverlay.load().then(made);
  };
  const headers = createLevelHeaders(cy);
  const detail = createLevelOfDetail(cy);
  /** Members put into the canvas by the group expansion, styled with their state classes. */
  const addMembers = (slice: ElementDefinition[]): void => {
    cy.batch(() => {
      const added = cy.add(slice);
      // A member taken out and put back starts with no state class: forget what it had.
      for (const d of slice) applied.delete(String(d.data.id));
      // In the same batch, so the new elements are styled once, with their state classes (only
      // theirs: the others' have not changed).
      if (last) applyClasses(last, added);
      detail.added(added);
    });
  };
  const expansionChanged = (): void => {
    tagPlan(last?.planSteps ?? []);
    headers.refresh();
  };
  // A big graph's group boxes expand in place (group-expansion.ts, loaded on first use:
  // canvas-on-demand.ts). Until its code is here nothing is expanded: the graph's deferred members
  // and what was asked last wait, and are handed over when it arrives.
  let expansion: GroupExpansion | null =
    groupExpansion.loaded()?.createGroupExpansion(cy, addMembers, expansionChanged) ?? null;
  let deferredWaiting: ElementDefinition[] | null = null;
  let expansionAsked: [readonly string[], readonly string[]] | null = null;
  const expansionReady = (): Promise<GroupExpansion | null> =>
    expansion
      ? Promise.resolve(expansion)
      : groupExpansion.load().then((m) => {
          if (cy.destroyed()) return null;
          if (!expansion) {
            expansion = m.createGroupExpansion(cy, addMembers, expansionChanged);
            if (deferredWaiting) expansion.reset(deferredWaiting);
            deferredWaiting = null;
            if (expansionAsked) expansion.apply(...expansionAsked);
          }
          return expansion;
        });
  if (!expansion) void expansionReady();
  /** Every member in the canvas (an export draws them all): waits for the group code if needed. */
  const allMembers = (): Promise<unknown> => {
    if (expansion) return Promise.resolve(expansion.flush());
    return deferredWaiting?.length ? expansionReady().then((e) => e?.flush()) : Promise.resolve();
  };
  // Hover lights a node's links (and their "n yr" labels) without changing the selection.
  const onOver = (e: EventObject): void => {
    cy.batch(() => {
      e.target.addClass('hover');
      e.target.connectedEdges().addClass('hover');
    });
  };
  const onOut = (): void => {
    cy.batch(() => {
      cy.$('.hover').removeClass('hover');
    });
  };
  cy.on('mouseover', 'node', onOver);
  cy.on('mouseout', 'node', onOut);
  // The canvas does not notice its container resizing (react-cytoscapejs#114).
  const container = cy.container();
  // Only a real change of size redraws: the observer's first report (on observe) would redraw
  // a big graph for nothing.
  let size = container ? `${container.clientWidth}x${container.clientHeight}` : '';
  const resizer =
    container && typeof ResizeObserver !== 'undefined'
      ? new ResizeObserver(() => {
          const now = `${container.clientWidth}x${container.clientHeight}`;
          if (now === size) return;
          size = now;
          cy.resize();
        })
      : null;
  if (container) resizer?.observe(container);

  /**
   * Moves the viewport to `opts`; a move to where it already is does nothing: animating in place
   * redrew every element each frame for 400 ms, and once more at the end, and placed the plan's
   * tags each frame (a plan on a built-in graph that fits whole, bench:open, 2026-12-01).
   */
  const move = (opts: Viewport): void => {
    cy.stop();
    if (sameViewport(opts, { zoom: cy.zoom(), pan: cy.pan() })) return;
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
    const legend = handlers.legendHeight?.() ?? 0;
    const inset = { top: h < 500 ? 52 : 48, bottom: Math.max(FIT_PADDING, legend + 8) };
    // From positions and sizes, not the renderer's bounding boxes (measuring every element,
    // edges included, took seconds on big graphs).
    const bb = boxOfNodes(eles.nodes());
    // Plan tags are wider than their nodes: leave them room at the sides.
    const side = floor === READABLE_PLAN_ZOOM ? Math.min(110, w / 8) : FIT_PADDING;
    const room = { w: w - 2 * side, h: h - inset.top - inset.bottom };
    const zoom = Math.min(room.w / bb.w, room.h / bb.h, 1.4);
    // Below the readable floor: the readable floor, from the entry side (read left to right).
    const z = Math.max(zoom, floor);
    const x = z * bb.w <= room.w ? w / 2 - z * (bb.x1 + bb.w / 2) : side - z * bb.x1;
    // Taller than the room at a readable zoom: start at the top, as the columns are read.
    const y = z * bb.h <= room.h ? inset.top + room.h / 2 - z * (bb.y1 + bb.h / 2) : inset.top - z * bb.y1;
    const target = { zoom: z, pan: { x, y } };
    if (animate) move(target);
    else cy.viewport(target);
  };

  // Group boxes (a big graph's forest view) cover their members, so they count for fitting.
  /** What an export says besides the graph: the data's title and date, the goal of a shown plan. */
  const captionOf = (goal: string | null): ExportCaption | undefined => {
    const graph = last?.graph;
    if (!graph) return undefined;
    const shown = goal && graph.hasNode(goal) && (last?.planSteps.length ?? 0) > 0;
    return {
      title: String(graph.getAttribute('title') ?? 'Career graph'),
      goal: shown ? String(graph.getNodeAttribute(goal, 'label')) : null,
      updated: String(graph.getAttribute('updated') ?? 'date not given'),
      theme: currentTheme(),
    };
  };
  const visible = () => cy.elements().not('.filtered');
  const planEles = () => cy.nodes('.in-plan').union(cy.edges('.in-plan').connectedNodes());
  /**
   * A plan shown: when the whole graph fits at a readable zoom, keep it all in view (the plan lit
   * in its context, positions where people saw them); otherwise fit the plan.
   */
  const fitPlanView = (animate: boolean): void => {
    const all = boxOfNodes(visible().nodes());
    const legend = handlers.legendHeight?.() ?? 0;
    const fits = fitViewport(
      all,
      { w: cy.width(), h: cy.height() },
      { top: 48, bottom: Math.max(FIT_PADDING, legend + 8), side: FIT_PADDING },
      { min: 0.001, max: 1.4 },
    );
    if (fits.zoom >= READABLE_ZOOM) {
      if (animate) move(fits);
      else cy.viewport(fits);
    } else fitReadable(planEles(), animate, READABLE_PLAN_ZOOM);
  };

  /**
   * Fits everything (a big graph's boxes with the arcs between them); never below `floor`: then
   * from the entry side (left), the rest a pan away.
   */
  const fitWhole = (floor: number): void => {
    const eles = visible();
    if (eles.empty()) return;
    cy.stop();
    const legend = handlers.legendHeight?.() ?? 0;
    const bb = boxOfNodes(eles.nodes());
    // The links between collapsed boxes arc above and below them (group-elements.ts).
    const arcs = eles.edges('.group-link').filter((e) => e.visible());
    const peak = Math.max(0, ...arcs.map((e) => Math.abs(Number(e.data('arc'))) / 2));
    const box = { x1: bb.x1, y1: bb.y1 - peak, w: bb.w, h: bb.h + 2 * peak };
    const canvas = { w: cy.width(), h: cy.height() };
    // The group controls (Expand all, Collapse …) sit over the top: the boxes start below them.
    const inset = {
      top: Math.max(48, (handlers.topCovered?.() ?? 0) + 8),
      bottom: legend > 0 ? legend + 8 : FIT_PADDING,
      side: FIT_PADDING,
    };
    const target = fitViewport(box, canvas, inset, { min: 0.001, max: 1.4 });
    if (target.zoom < floor) {
      target.zoom = floor;
      target.pan.x = inset.side - floor * box.x1;
      const room = canvas.h - inset.top - inset.bottom;
      target.pan.y =
        floor * box.h <= room
          ? inset.top + room / 2 - floor * (box.y1 + box.h / 2)
          : inset.top - floor * box.y1;
    }
    // Big graphs fit further out than the zoom buttons normally go: allow it.
    if (target.zoom < cy.minZoom()) cy.minZoom(target.zoom);
    cy.viewport(target);
  };

  /** The zoom at which most group boxes' labels draw at 11 px (0 without boxes). */
  const groupsReadable = (): number => {
    const sizes = cy
      .nodes('.group')
      .map((g) => Number(g.data('fs')))
      .sort((a, b) => a - b);
    const median = sizes[Math.floor(sizes.length / 2)];
    return median ? 11 / median : 0;
  };

  const layout = (vm: GraphViewModel): void => {
    // An organisation's own graph: links that would run behind a box go round it (edge-routes.ts).
    // The built-in maps' stored layouts were tuned with plain taxi routes, and on the 60-node map
    // detours drew frames of lines round the drawing (screenshots 2026-12-01): they keep those.
    // The routing loads on first use: no built-in map needs it.
    const route = (): void => {
      if (handlers.layoutStored?.(vm.graph)) return;
      const shown = vm.graph;
      void import('./edge-routes').then(({ routeLinks }) => {
        if (!cy.destroyed() && laidOut === shown) routeLinks(cy);
      });
    };
    if (handlers.positionsOf?.(vm.graph)) route();
    else {
      const place = ({ layeredPositions }: Layered): void => {
        const positions = layeredPositions(vm.graph);
        cy.layout({
          name: 'preset',
          positions: (n: NodeSingular) => positions.get(n.id()) ?? { x: 0, y: 0 },
          fit: false,
          animate: false,
        } as never).run();
        route();
      };
      // The layout loads on first use (layered-on-demand.ts); a graph shown since keeps its own.
      const loaded = layeredLayout.loaded();
      if (loaded) place(loaded);
      else void layeredLayout.load().then((l) => !cy.destroyed() && laidOut === vm.graph && place(l));
    }
    laidOut = vm.graph;
    applied.clear();
    // A big graph's members wait outside the canvas until a group or a pinned node needs them.
    const deferred = handlers.takeDeferred?.() ?? [];
    if (expansion) expansion.reset(deferred);
    else {
      deferredWaiting = deferred;
      expansionAsked = null;
    }
    headers.refresh();
    // Ready once the first frame is drawn (a headless instance never draws: ready at once).
    const renderer = (cy as unknown as { renderer(): unknown }).renderer?.();
    const headless = !renderer || (renderer as { name?: string }).name === 'null' || !cy.container();
    if (headless) handlers.onReady?.();
    // The frame is on screen once the browser has painted it: the next frame's task.
    else
      cy.one('render', () =>
        requestAnimationFrame(() => setTimeout(() => !cy.destroyed() && handlers.onReady?.(), 0)),
      );
  };

  /** The state classes each element has now, so an update touches only what changed. */
  const applied = new Map<string, string>();

  const applyClasses = (vm: GraphViewModel, eles: CollectionReturnValue = cy.elements()): void => {
    const steps = new Map(vm.planSteps.map((id, i) => [id, i + 1]));
    const held = new Set(vm.held);
    const edges = new Set(vm.planEdges);
    const hidden = new Set<string>(vm.hiddenKinds);
    const hasPlan = steps.size > 0;
    const focusNodes = new Set(vm.focusNodes);
    const focusEdges = new Set(vm.focusEdges);
    const hasFocus = focusNodes.size > 0;
    const lineage = vm.lineage ? new Set(vm.lineage) : null;
    const nodeClasses = (id: string, kind: string): string[] => {
      const out: string[] = [];
      const step = steps.get(id);
      // One-hop focus (Lightcast-style): the selection, what it needs and what it leads to stay
      // bright. Without a plan the rest fades; with one, the plan keeps its emphasis and the focus
      // is exempt from the plan's dimming (neighbours slightly softer than the selection).
      if (step !== undefined) out.push('in-plan');
      else if (hasPlan && focusNodes.has(id)) {
        if (id !== vm.selected) out.push('near');
      } else if (hasPlan && !held.has(id)) out.push('dimmed');
      else if (!hasPlan && hasFocus && !focusNodes.has(id)) out.push('faded');
      if (held.has(id)) out.push('held');
      if (hidden.has(kind) && step === undefined && !held.has(id)) out.push('filtered');
      else if (lineage && !lineage.has(id) && kind !== undefined) out.push('filtered');
      if (id === vm.selected) out.push('selected');
      return out;
    };
    const edgeClasses = (id: string): string[] => {
      const out: string[] = [];
      if (focusEdges.has(id)) out.push('focus');
      if (edges.has(id)) out.push('in-plan');
      else if (hasPlan && focusEdges.has(id)) out.push('near');
      else if (hasPlan) out.push('dimmed');
      else if (hasFocus && !focusEdges.has(id)) out.push('faded');
      return out;
    };
    cy.batch(() => {
      eles.forEach((ele) => {
        // Links standing for a collapsed group's (group-expansion.ts) keep their own quiet style.
        if (ele.hasClass('agg') || ele.hasClass('group-link')) return;
        const id = ele.id();
        const isNode = ele.isNode();
        const want = isNode ? nodeClasses(id, ele.data('kind')) : edgeClasses(id);
        const key = want.join(' ');
        const step = steps.get(id);
        if (isNode && step !== undefined) {
          const label = planLabel(ele.data('kind'), String(ele.data('short') ?? ele.data('label')), step);
          if (ele.data('planLabel') !== label) {
            ele.data('planLabel', label);
            // Cytoscape kept the label box of the label before (2 lines for "Associate in any
            // field") and cached the numbered label's texture clipped to it: "1." and the last
            // line were cut off whenever a plan was chosen or switched after the first frame.
            (ele as unknown as { dirtyBoundingBoxCache(): void }).dirtyBoundingBoxCache();
          }
        }
        // A new graph's elements start with no state class (layout() clears `applied`).
        const had = applied.get(id) ?? '';
        if (had === key) return;
        if (had !== '') ele.removeClass(had);
        if (key !== '') ele.addClass(key);
        applied.set(id, key);
      });
    });
  };

  return {
    update(vm) {
      if (cy.destroyed()) return;
      const newGraph = laidOut !== vm.graph;
      if (newGraph) layout(vm);
      applyClasses(vm);
      // Before the expansion: the members it puts in now are styled for this view model (plan
      // steps lit), not the one before.
      last = vm;
      // The plan's steps, held and selected nodes are drawn even inside a collapsed group.
      const pinned = [...vm.planSteps, ...vm.held, ...(vm.selected ? [vm.selected] : [])];
      expansionAsked = [vm.expandedGroups, pinned];
      expansion?.apply(vm.expandedGroups, pinned);
      tagPlan(vm.planSteps);
      const planKey = vm.planSteps.join(',');
      const lineageKey = vm.lineage ? vm.lineage.join(',') : '';
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
        else if (vm.planSteps.length) fitPlanView(false);
        // A big graph's overview: whole where its boxes' labels read (a laptop), else from the
        // entry side at a size where they do (a phone).
        else if (cy.nodes().length > OVERVIEW_NODES || cy.nodes('.group').nonempty())
          fitWhole(groupsReadable());
        else fitReadable(visible(), false);
      } else if (lineageKey !== lastLineageKey) {
        // Focus mode on or off: what is shown changed, so fit it.
        fitReadable(visible(), true);
      } else if (planKey !== lastPlanKey) {
        if (vm.planSteps.length) fitPlanView(true);
        else fitReadable(visible(), true);
      } else if (vm.centreRequest !== lastCentre && vm.selected) {
        centreOn(vm.selected, true);
      }
      lastPlanKey = planKey;
      lastLineageKey = lineageKey;
      lastCentre = vm.centreRequest;
      // After the viewport: the level of detail depends on the zoom just set.
      detail.refresh();
    },
    zoomBy(factor) {
      const zoom = Math.min(cy.maxZoom(), Math.max(cy.minZoom(), cy.zoom() * factor));
      cy.stop();
      cy.zoom({ level: zoom, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
    },
    fitAll() {
      // The canvas may have just changed size (the editor's dock opened beside it) before the
      // ResizeObserver told Cytoscape: measure it now, or the fit is for the old size.
      cy.resize();
      fitWhole(0);
    },
    fitPlan() {
      if (last?.planSteps.length) fitReadable(planEles(), true, READABLE_PLAN_ZOOM);
      else this.fitAll();
    },
    neighbour(from, direction) {
      expansion?.flush();
      const nodes = cy.nodes().not('.filtered, .group');
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
    // The spotlight loads with the first presentation (canvas-on-demand.ts); calls keep their order.
    spotlight(id) {
      if (!presenting) presenting = { zoom: cy.zoom(), pan: { ...cy.pan() } };
      const light = (m: Spotlight): void => m.spotlight(cy, id, { reducedMotion: reducedMotion() });
      const loaded = spotlightCode.loaded();
      if (loaded) light(loaded);
      else void spotlightCode.load().then(light);
    },
    endSpotlight() {
      if (!presenting) return;
      const back = presenting;
      presenting = null;
      const end = (m: Spotlight): void => m.endSpotlight(cy, back);
      const loaded = spotlightCode.loaded();
      if (loaded) end(loaded);
      else void spotlightCode.load().then(end);
    },
    // The export code loads the first time it is used, not with the explorer.
    // A big graph's members are all drawn in an export: the group code first, then every member.
    exportPng(goal) {
      return allMembers()
        .then(() => import('../export/export-graph'))
        .then((m) => m.exportPng(cy, goal, captionOf(goal)));
    },
    exportSvg(goal, title) {
      return allMembers()
        .then(() => import('../export/export-graph'))
        .then((m) => m.exportSvg(cy, goal, title, captionOf(goal)));
    },
    destroy() {
      cy.removeListener('tap', onTap);
      cy.removeListener('mouseover', 'node', onOver);
      cy.removeListener('mouseout', 'node', onOut);
      detail.destroy();
      expansion?.destroy();
      resizer?.disconnect();
      overlay?.destroy();
      headers.destroy();
      cy.stop();
    },
  };
}
