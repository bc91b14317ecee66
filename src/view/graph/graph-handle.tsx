// Lets controls outside the canvas (toolbar, presentation) reach the one Cytoscape adapter without
// touching `cy`: GraphView publishes its adapter here; others call the adapter's methods.

import { createContext, type ReactNode, useContext, useMemo, useSyncExternalStore } from 'react';
import type { CytoscapeAdapter } from './cytoscape-adapter';

export interface GraphHandle {
  readonly current: CytoscapeAdapter | null;
  set(adapter: CytoscapeAdapter | null): void;
  subscribe(listener: () => void): () => void;
}

export function createGraphHandle(): GraphHandle {
  let current: CytoscapeAdapter | null = null;
  const listeners = new Set<() => void>();
  return {
    get current() {
      return current;
    },
    set(adapter) {
      current = adapter;
      for (const l of listeners) l();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

const HandleContext = createContext<GraphHandle | null>(null);

export function GraphHandleProvider({ children }: { children: ReactNode }) {
  const handle = useMemo(createGraphHandle, []);
  return <HandleContext.Provider value={handle}>{children}</HandleContext.Provider>;
}

/** The handle, or null outside a provider (component tests render the graph alone). */
export function useGraphHandle(): GraphHandle | null {
  return useContext(HandleContext);
}

/** The adapter now, re-rendering when it appears or goes (the graph view mounts later than the header). */
export function useGraphAdapter(): CytoscapeAdapter | null {
  const handle = useGraphHandle();
  return useSyncExternalStore(
    (l) => handle?.subscribe(l) ?? (() => {}),
    () => handle?.current ?? null,
  );
}
