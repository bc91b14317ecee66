// A view part loaded the first time it is needed instead of with the first frame. main.tsx waits
// before the first render for the parts the starting view shows, so those render in the first
// frame, and loads the rest once that frame is up; a part not there yet shows its fallback (a
// "Loading…" line where a person would see the wait) for the moment it loads.

import { type ComponentType, type ReactNode, useEffect, useState } from 'react';

export interface OnDemandView<P extends object> {
  /** Renders the part once loaded (loading it if need be), the fallback (or nothing) before. */
  View: ComponentType<P>;
  /** Loads the part once; every later call gets the same promise. */
  load: () => Promise<ComponentType<P>>;
}

export function onDemandView<P extends object>(
  name: string,
  importer: () => Promise<ComponentType<P>>,
  fallback: ReactNode = null,
): OnDemandView<P> {
  let loaded: ComponentType<P> | null = null;
  let loading: Promise<ComponentType<P>> | null = null;
  const load = () => {
    loading ??= importer().then(
      (c) => {
        loaded = c;
        return c;
      },
      (e: unknown) => {
        loading = null; // the next use tries again
        throw e;
      },
    );
    return loading;
  };
  // biome-ignore lint/correctness/noComponentHookFactories: made once per part, at module level (on-demand-parts.ts), never while rendering
  function View(props: P) {
    const [failure, setFailure] = useState<unknown>(null);
    const [, setReady] = useState(loaded !== null);
    useEffect(() => {
      if (loaded) return;
      let live = true;
      load().then(
        () => live && setReady(true),
        (e: unknown) => live && setFailure(e),
      );
      return () => {
        live = false;
      };
    }, []);
    // The nearest error boundary says the part could not load.
    if (failure !== null) throw failure;
    const Loaded = loaded;
    return Loaded ? <Loaded {...props} /> : fallback;
  }
  View.displayName = name;
  return { View, load };
}
