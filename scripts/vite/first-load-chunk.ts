// Vite plugin: every module the first frame loads (the entry and what it imports statically, followed
// to the end) goes into the one chunk index.html loads. Without it, Rolldown gives each module shared
// by the entry and a chunk loaded on demand a small chunk of its own; the first load then fetches
// them all, and each compresses worse on its own than inside the one chunk (measured: splitting the
// plan answer, node details and text view off saved 24 kB of the entry and added 23 kB of such chunks).
import type { Plugin } from 'vite';

export function firstLoadChunk(): Plugin {
  const firstLoad = new Set<string>();
  return {
    name: 'career-path:first-load-chunk',
    apply: 'build',
    buildEnd() {
      firstLoad.clear();
      const todo = [...this.getModuleIds()].filter((id) => this.getModuleInfo(id)?.isEntry);
      while (todo.length) {
        const id = todo.pop() as string;
        if (firstLoad.has(id)) continue;
        firstLoad.add(id);
        todo.push(...(this.getModuleInfo(id)?.importedIds ?? []));
      }
    },
    outputOptions(options) {
      return {
        ...options,
        codeSplitting: { groups: [{ name: 'first-load', test: (id: string) => firstLoad.has(id) }] },
      };
    },
  };
}
