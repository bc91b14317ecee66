// The graph shelf in IndexedDB (idb-keyval): one database, one object store, graphs by key.
// IndexedDB rather than localStorage: graphs can be megabytes, and localStorage holds ~5 MB in all.

import { createStore, del, get, set, values } from 'idb-keyval';
import type { GraphShelf, KeptGraph } from './graph-library';

export const GRAPH_DB = 'career-path-explorer';
export const GRAPH_STORE = 'graphs';

/** The browser's shelf, or null when this browser has no IndexedDB. */
export function indexedDbShelf(): GraphShelf | null {
  if (typeof indexedDB === 'undefined') return null;
  const store = createStore(GRAPH_DB, GRAPH_STORE);
  return {
    get: (key) => get<KeptGraph>(key, store),
    set: (key, value) => set(key, value, store),
    del: (key) => del(key, store),
    values: () => values<KeptGraph>(store),
  };
}
