// Which graph the page shows, and keeping each graph's saved situation apart: the `graph` address
// parameter, the last graph chosen, and localStorage keys scoped per graph (the default keeps its own).

import { BUILTIN_GRAPHS } from '../data/builtin';
import type { MaybeStorage } from './persist';
import type { TabEvents } from './persistence';

/** The default graph: links without a `graph` parameter are for it. */
export const DEFAULT_GRAPH_KEY = BUILTIN_GRAPHS[0]?.id ?? 'health-information';
export const GRAPH_PARAM = 'graph';
/** The graph chosen last, so a plain visit opens it again. */
export const LAST_GRAPH_KEY = 'career-path-explorer:graph';

/** The graph a query string names, or null. */
export function graphParamOf(search: string): string | null {
  const value = new URLSearchParams(search).get(GRAPH_PARAM)?.trim();
  return value ? value : null;
}

/** A share query (`?goal=…` or '') with the graph named first; the default graph is not named. */
export function withGraphParam(query: string, key: string): string {
  if (key === DEFAULT_GRAPH_KEY) return query;
  const graph = `${GRAPH_PARAM}=${encodeURIComponent(key)}`;
  return query === '' ? `?${graph}` : `?${graph}&${query.slice(1)}`;
}

/** The localStorage key a graph keeps `key` under: the default graph's keys are unchanged. */
export const scopedKey = (key: string, graph: string): string =>
  graph === DEFAULT_GRAPH_KEY ? key : `${key}@${graph}`;

/** Storage in which every key belongs to one graph: a situation saved for one never shows in another. */
export function scopedStorage(storage: MaybeStorage, graph: string): MaybeStorage {
  if (storage === null || graph === DEFAULT_GRAPH_KEY) return storage;
  return {
    getItem: (k) => storage.getItem(scopedKey(k, graph)),
    setItem: (k, v) => storage.setItem(scopedKey(k, graph), v),
    removeItem: (k) => storage.removeItem(scopedKey(k, graph)),
  };
}

type StorageListener = (e: Pick<StorageEvent, 'key' | 'newValue'>) => void;

/** Other tabs' storage events for this graph's keys only, with the keys as persistence knows them. */
export function scopedTabs(tabs: TabEvents, graph: string): TabEvents {
  if (graph === DEFAULT_GRAPH_KEY) {
    const own: TabEvents = {
      addEventListener: (type, l) => tabs.addEventListener(type, wrapDefault(l)),
      removeEventListener: (type, l) => tabs.removeEventListener(type, wrapDefault(l)),
    };
    return own;
  }
  const suffix = `@${graph}`;
  const wrapped = new Map<StorageListener, StorageListener>();
  const wrap = (l: StorageListener): StorageListener => {
    let w = wrapped.get(l);
    if (!w) {
      w = (e) => {
        if (e.key?.endsWith(suffix)) l({ key: e.key.slice(0, -suffix.length), newValue: e.newValue });
      };
      wrapped.set(l, w);
    }
    return w;
  };
  return {
    addEventListener: (type, l) => tabs.addEventListener(type, wrap(l)),
    removeEventListener: (type, l) => tabs.removeEventListener(type, wrap(l)),
  };
}

// The default graph's listener ignores other graphs' scoped keys (they contain "@").
const defaultWrapped = new WeakMap<StorageListener, StorageListener>();
function wrapDefault(l: StorageListener): StorageListener {
  let w = defaultWrapped.get(l);
  if (!w) {
    w = (e) => {
      if (!e.key?.includes('@')) l(e);
    };
    defaultWrapped.set(l, w);
  }
  return w;
}

/** The graph chosen last, or null. */
export function readLastGraph(storage: MaybeStorage): string | null {
  try {
    return storage?.getItem(LAST_GRAPH_KEY) ?? null;
  } catch {
    return null;
  }
}

export function writeLastGraph(storage: MaybeStorage, key: string): void {
  try {
    storage?.setItem(LAST_GRAPH_KEY, key);
  } catch {
    // Storage refused: the address still names the graph.
  }
}
