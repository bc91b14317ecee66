// The print handout, loaded apart from the explorer's first frame: when the browser is idle after
// start-up, or at once when printing starts (Print handout button, beforeprint, print media).

import { useDeferredValue, useEffect, useLayoutEffect, useSyncExternalStore } from 'react';
import type { PrintHandoutProps } from '../handout/Handout';

type HandoutModule = typeof import('../handout/Handout');

let loaded: HandoutModule | null = null;
let loading: Promise<HandoutModule> | null = null;
const listeners = new Set<() => void>();
/** Resolvers waiting for the handout to be in the page (rendered with the module). */
let waiting: (() => void)[] = [];
let inPage = false;

/** Loads the handout's code once; every caller gets the same promise. */
export function loadHandout(): Promise<HandoutModule> {
  loading ??= import('../handout/Handout').then((m) => {
    loaded = m;
    for (const l of listeners) l();
    return m;
  });
  return loading;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Waits for the handout's code, then for it to be rendered, then opens the print dialog. */
export async function printHandout(): Promise<void> {
  await loadHandout();
  if (!inPage) await new Promise<void>((resolve) => waiting.push(resolve));
  window.print();
}

/** Stands where the handout is mounted: renders nothing until its code is here. */
export function PrintHandout(props: PrintHandoutProps) {
  const mod = useSyncExternalStore(subscribe, () => loaded);
  // A new plan's handout renders after the plan is shown, in React's deferred (interruptible)
  // render: on a big graph, drawing the handout's diagrams with the plan made one long task.
  const situation = useDeferredValue(props.situation);
  const result = useDeferredValue(props.result);
  const index = useDeferredValue(props.index);
  useEffect(() => {
    const load = (): void => void loadHandout();
    window.addEventListener('beforeprint', load);
    const print = window.matchMedia?.('print');
    const onMedia = (e: MediaQueryListEvent): void => {
      if (e.matches) load();
    };
    print?.addEventListener?.('change', onMedia);
    // Headless PDF printing fires no event: have it in the page soon after start-up anyway.
    const idle =
      typeof window.requestIdleCallback === 'function'
        ? window.requestIdleCallback(load, { timeout: 2000 })
        : window.setTimeout(load, 500);
    return () => {
      window.removeEventListener('beforeprint', load);
      print?.removeEventListener?.('change', onMedia);
      if (typeof window.cancelIdleCallback === 'function') window.cancelIdleCallback(idle);
      else window.clearTimeout(idle);
    };
  }, []);
  useLayoutEffect(() => {
    if (!mod) return;
    inPage = true;
    const ready = waiting;
    waiting = [];
    for (const resolve of ready) resolve();
    return () => {
      inPage = false;
    };
  }, [mod]);
  return mod ? <mod.PrintHandout {...props} situation={situation} result={result} index={index} /> : null;
}
