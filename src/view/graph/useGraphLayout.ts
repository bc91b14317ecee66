// Positions for a graph: small graphs are laid out at once; graphs above WORKER_NODES in a Web
// Worker (with progress), so the page stays responsive. Results are kept per graph.

import { useEffect, useState } from 'react';
import type { CareerGraph } from '../../domain/career-graph';
import { layoutWorker, WORKERS } from '../app-workers';
import { layeredPositions, layoutInputOf, type Position } from './layered-layout';
import type { LayoutReply } from './layout-worker';

/** Above this many nodes the layout runs in a worker. */
export const WORKER_NODES = 300;

export type LayoutState =
  | { kind: 'pending'; done: number }
  | { kind: 'ready'; positions: Map<string, Position> }
  | { kind: 'error'; message: string };

const cache = new WeakMap<CareerGraph, Map<string, Position>>();

/** Positions already computed for `graph`, if any. */
export function cachedLayout(graph: CareerGraph): Map<string, Position> | null {
  return cache.get(graph) ?? null;
}

function layoutNow(graph: CareerGraph): Map<string, Position> {
  let positions = cache.get(graph);
  if (!positions) {
    positions = layeredPositions(graph);
    cache.set(graph, positions);
  }
  return positions;
}

export function useGraphLayout(graph: CareerGraph): LayoutState {
  const offThread = graph.order > WORKER_NODES && WORKERS;
  const [state, setState] = useState<{ graph: CareerGraph; layout: LayoutState } | null>(null);

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

  const cached = cache.get(graph);
  if (cached) return { kind: 'ready', positions: cached };
  if (!offThread) return { kind: 'ready', positions: layoutNow(graph) };
  if (state?.graph === graph) return state.layout;
  return { kind: 'pending', done: 0 };
}
