// Browser tests and measurement scripts open a graph file through this hook until the app has
// its own "open a file": `window.__openGraphFile(text, name)` goes through the same parse,
// validation and store.setGraph a real file will. Installed only in the e2e build (mode "e2e"),
// so production bundles leave it out entirely (import.meta.env.MODE is replaced at build time).

import { useEffect } from 'react';
import type { AppStore } from '../../state/store';

declare global {
  interface Window {
    /** e2e build only: loads a career graph file's text as if the person had opened it. */
    __openGraphFile?: (text: string, name: string) => Promise<string[]>;
  }
}

export function useE2eGraphHook(store: AppStore): void {
  useEffect(() => {
    if (import.meta.env.MODE !== 'e2e') return;
    window.__openGraphFile = async (text, name) => {
      // On demand, like a person's own file: the validator is no part of the first load.
      const { loadOwnGraph } = await import('../../data/load-own');
      const result = await loadOwnGraph(text, name);
      if (!result.ok) return result.problems;
      store.getState().setGraph(result.file, result.graph);
      return [];
    };
    return () => {
      delete window.__openGraphFile;
    };
  }, [store]);
}
