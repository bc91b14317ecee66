// Gives components the graph library store (the picker, kept graphs) and the current graph's text
// as it was kept; one provider at the root, a selector hook everywhere else.

import { createContext, type ReactNode, useContext } from 'react';
import { useStore } from 'zustand';
import type { LibraryState, LibraryStore } from '../../state/graph-library-store';

const LibraryContext = createContext<{ store: LibraryStore; text: string | null } | null>(null);

export function LibraryProvider({
  store,
  text,
  children,
}: {
  store: LibraryStore;
  text: string | null;
  children: ReactNode;
}) {
  return <LibraryContext.Provider value={{ store, text }}>{children}</LibraryContext.Provider>;
}

/** The library store, or null when the app runs without one (component tests). */
export function useLibraryStore(): LibraryStore | null {
  return useContext(LibraryContext)?.store ?? null;
}

/** A value from the library store (the store must exist: see useLibraryStore). */
export function useLibrary<T>(store: LibraryStore, selector: (s: LibraryState) => T): T {
  return useStore(store, selector);
}
