// Creates the Cytoscape adapter once per `cy` instance, destroys it on cleanup, and hands it
// every new view model. The only hook that reaches Cytoscape.

import type { Core } from 'cytoscape';
import { useEffect, useRef } from 'react';
import { type AdapterHandlers, type CytoscapeAdapter, createCytoscapeAdapter } from './cytoscape-adapter';
import { useGraphHandle } from './graph-handle';
import type { GraphViewModel } from './view-model';

declare global {
  interface Window {
    /** The Cytoscape instance, exposed only outside production builds for browser tests. */
    cy?: Core;
  }
}

export function useCytoscapeAdapter(
  cy: Core | null,
  vm: GraphViewModel | null,
  handlers: AdapterHandlers,
): React.RefObject<CytoscapeAdapter | null> {
  const adapter = useRef<CytoscapeAdapter | null>(null);
  const handlersRef = useRef(handlers);
  handlersRef.current = handlers;
  const handle = useGraphHandle();

  useEffect(() => {
    if (!cy) return;
    const a = createCytoscapeAdapter(cy, {
      onSelect: (id) => handlersRef.current.onSelect(id),
      onReady: () => handlersRef.current.onReady?.(),
      covered: () => handlersRef.current.covered?.() ?? { right: 0, bottom: 0 },
      legendHeight: () => handlersRef.current.legendHeight?.() ?? 0,
      topCovered: () => handlersRef.current.topCovered?.() ?? 0,
      positionsOf: (g) => handlersRef.current.positionsOf?.(g) ?? null,
      layoutStored: (g) => handlersRef.current.layoutStored?.(g) ?? false,
      takeDeferred: () => handlersRef.current.takeDeferred?.() ?? [],
      onExpandGroup: (id) => handlersRef.current.onExpandGroup?.(id),
    });
    adapter.current = a;
    handle?.set(a);
    if (import.meta.env.MODE !== 'production') window.cy = cy;
    return () => {
      if (handle?.current === a) handle.set(null);
      a.destroy();
      adapter.current = null;
    };
  }, [cy, handle]);

  useEffect(() => {
    if (vm && cy) adapter.current?.update(vm);
  }, [vm, cy]);

  return adapter;
}
