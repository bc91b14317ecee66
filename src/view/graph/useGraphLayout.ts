// Positions for a graph: built-in graphs take the positions stored at build time (stored-layouts.ts);
// other small graphs are laid out at once; graphs above WORKER_NODES in a Web Worker (with
// progress), so the page stays responsive. Results are kept per graph.

import { useEffect, useState } from 'react';
import type { CareerGraph } from '../../domain/career-graph';
import { layoutWorker, WORKERS } from '../app-workers';
import { layeredLayout } from './canvas-on-demand';
import { layoutInputOf, type Position } from './layout-input';
import type { LayoutReply } from './layout-worker';
import { loadStoredLayouts, storedLayoutsLoaded, storedPositions } from './stored-layouts';

// Started with the app, so the stored positions arrive alongside the dataset they belong to.
void loadStoredLayouts();

/** Above this many nodes the layout runs in a worker. */
export const WORKER_NODES = 300;

export type LayoutState =
  | { kind: 'pending'; done: number }
  | { kind: 'ready'; positions: Map<string, Position> }
  | { kind: 'error'; message: string };

const cache = new WeakMap<CareerGraph, Map<string, Position>>();
const stored = new WeakSet<CareerGraph>();

/** Whether `graph`'s positions came from a stored layout (not computed in this page). */
export function layoutWasStored(graph: CareerGraph): boolean {
  return stored.has(graph);
}

/** Positions already computed for `graph`, if any. */
export function cachedLayout(graph: CareerGraph): Map<string, Position> | null {
  return cache.get(graph) ?? null;
}

/** Positions for a small graph now: stored, else laid out here; null while the layout loads. */
function layoutNow(graph: CareerGraph): Map<string, Position> | null {
  let positions = cache.get(graph);
  if (!positions) {
    positions = storedPositions(layoutInputOf(graph)) ?? undefined;
    if (positions) stored.add(graph);
    else {
      const layered = layeredLayout.loaded();
      if (!layered) return null;
      positions = layered.layeredPositions(graph);
    }
    cache.set(graph, positions);
  }
  return positions;
}

export function useGraphLayout(graph: CareerGraph): LayoutState {
  const offThread = graph.order > WORKER_NODES && WORKERS;
  const [state, setState] = useState<{ graph: CareerGraph; layout: LayoutState } | null>(null);
  const [storedReady, setStoredReady] = useState(storedLayoutsLoaded);
  useEffect(() => {
    if (storedReady) return;
    let live = true;
    void loadStoredLayouts().then(() => live && setStoredReady(true));
    return () => {
      live = false;
    };
  }, [storedReady]);

  useEffect(() => {
    if (!offThread || cache.has(graph)) return;
    const worker = layoutWorker();
    setState({ graph, layout: { kind: 'pending', done: 0 } });
    worker.onmessage = (e: MessageEvent<LayoutReply>) => {
      if (e.data.kind === 'progress') {
        const done = e.data.done;
        setState({ graph, layout: { kind: 'pending', done } });
        return;
      }
      const positions = new Map(e.data.positions.map(([id, x, y]) => [id, { x, y }]));
      cache.set(graph, positions);
      setState({ graph, layout: { kind: 'ready', positions } });
      worker.terminate();
    };
    worker.onerror = (e) => {
      setState({ graph, layout: { kind: 'error', message: e.message || 'the layout worker failed' } });
      worker.terminate();
    };
    worker.postMessage(layoutInputOf(graph));
    return () => worker.terminate();
  }, [graph, offThread]);

  // A small graph waits for the stored layouts (loaded with the dataset) before laying out itself,
  // and without stored positions for the layout itself (loaded on first use).
  const now = !offThread && storedReady ? layoutNow(graph) : undefined;
  const waitsForLayout = now === null;
  const [layoutFailed, setLayoutFailed] = useState<string | null>(null);
  const [, setLayoutLoaded] = useState(false);
  useEffect(() => {
    if (!waitsForLayout) return;
    let live = true;
    layeredLayout.load().then(
      () => live && setLayoutLoaded(true),
      (e: unknown) => live && setLayoutFailed(e instanceof Error ? e.message : String(e)),
    );
    return () => {
      live = false;
    };
  }, [waitsForLayout]);

  const cached = cache.get(graph);
  if (cached) return { kind: 'ready', positions: cached };
  if (!offThread) {
    if (now === null && layoutFailed !== null) return { kind: 'error', message: layoutFailed };
    return now ? { kind: 'ready', positions: now } : { kind: 'pending', done: 0 };
  }
  if (state?.graph === graph) return state.layout;
  return { kind: 'pending', done: 0 };
}
