// The loaded graph and file for components that only render once data is ready.

import type { CareerGraph } from '../domain/career-graph';
import type { CareerGraphFile, CareerNode } from '../domain/types';
import { useApp } from './store-context';

export interface ReadyData {
  graph: CareerGraph;
  file: CareerGraphFile;
  labelOf: (id: string) => string;
  nodeOf: (id: string) => CareerNode | undefined;
}

const cache = new WeakMap<CareerGraph, ReadyData>();

export function useReadyData(): ReadyData | null {
  const data = useApp((s) => s.data);
  if (data.status !== 'ready') return null;
  let ready = cache.get(data.graph);
  if (!ready) {
    const { graph, file } = data;
    ready = {
      graph,
      file,
      labelOf: (id) => (graph.hasNode(id) ? graph.getNodeAttribute(id, 'label') : id),
      nodeOf: (id) => (graph.hasNode(id) ? graph.getNodeAttributes(id) : undefined),
    };
    cache.set(data.graph, ready);
  }
  return ready;
}
