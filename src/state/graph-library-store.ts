// The graph picker's state: which graph is shown, the graphs kept in this browser, and the actions
// on them (open, choose, rename, duplicate, delete with undo, save an edit). Switching graphs goes
// through the address (`?graph=`), so each graph starts up with its own saved situation.

import { createStore, type StoreApi } from 'zustand/vanilla';
import { BUILTIN_GRAPHS } from '../data/builtin';
import { graphFileText } from '../data/graph-file-text';
import type { CareerGraphFile } from '../domain/types';
import {
  deleteKept,
  duplicateKept,
  type GraphShelf,
  isBuiltinKey,
  type KeptGraph,
  keepNewGraph,
  listKept,
  renameKept,
  restoreKept,
  saveEdited,
} from './graph-library';
import { DEFAULT_GRAPH_KEY, GRAPH_PARAM, withGraphParam, writeLastGraph } from './graph-scope';
import type { MaybeStorage } from './persist';

export interface LibraryMessage {
  tone: 'info' | 'problem';
  text: string;
}

export interface GraphChoice {
  key: string;
  title: string;
  builtin: boolean;
}

export interface LibraryState {
  /** The graph the page shows (or the one a link names that is missing). */
  currentKey: string;
  kept: KeptGraph[];
  message: LibraryMessage | null;
  /** The last deleted graph, until it is undone or another is deleted. */
  deleted: KeptGraph | null;

  choices(): GraphChoice[];
  refresh(): Promise<void>;
  /** Shows another graph (a page load with its own saved situation). `keepQuery`: a link's view. */
  choose(key: string, keepQuery?: boolean): void;
  /** Keeps a checked file and shows it; `beforeShow` runs with its key just before the page loads it. */
  openFile(
    file: CareerGraphFile,
    text: string,
    origin: KeptGraph['origin'],
    beforeShow?: (key: string) => void,
  ): Promise<boolean>;
  rename(key: string, title: string): Promise<void>;
  duplicate(file: CareerGraphFile): Promise<void>;
  remove(key: string): Promise<void>;
  undoDelete(): Promise<void>;
  /** Saves an edit of the current graph; false (and a message) when it could not be kept. */
  saveEdit(file: CareerGraphFile): Promise<boolean>;
  say(message: LibraryMessage | null): void;
}

export type LibraryStore = StoreApi<LibraryState>;

export interface LibraryEnv {
  shelf: GraphShelf | null;
  storage: MaybeStorage;
  currentKey: string;
  /** Loads a new address (`location.assign`). */
  go: (url: string) => void;
  /** The current address's query, for keeping a link's view when its graph arrives. */
  search: () => string;
  now: () => number;
}

/** The file text with a new title (rename keeps the file's own title in step). */
export function retitle(text: string, title: string): string {
  const file = JSON.parse(text) as CareerGraphFile;
  return graphFileText({ ...file, title });
}

const NO_SHELF = 'this browser keeps no graphs (IndexedDB is not available)';

export function createLibraryStore(env: LibraryEnv): LibraryStore {
  const { shelf } = env;
  return createStore<LibraryState>()((set, get) => {
    const problem = (text: string): void => set({ message: { tone: 'problem', text } });
    const info = (text: string): void => set({ message: { tone: 'info', text } });
    const urlFor = (key: string, keepQuery: boolean): string => {
      const params = new URLSearchParams(keepQuery ? env.search() : '');
      params.delete(GRAPH_PARAM);
      const rest = params.toString();
      return withGraphParam(rest ? `?${rest}` : '', key) || '?';
    };
    return {
      currentKey: env.currentKey,
      kept: [],
      message: null,
      deleted: null,

      choices() {
        const builtins = BUILTIN_GRAPHS.map((g) => ({ key: g.id, title: g.title, builtin: true }));
        const own = get().kept.map((g) => ({ key: g.key, title: g.title, builtin: false }));
        return [...builtins, ...own];
      },
      async refresh() {
        if (!shelf) return;
        const r = await listKept(shelf);
        set({ kept: r.graphs });
        if (r.why) problem(`Your kept graphs could not be read: ${r.why}.`);
      },
      choose(key, keepQuery = false) {
        writeLastGraph(env.storage, key);
        env.go(urlFor(key, keepQuery));
      },
      async openFile(file, text, origin, beforeShow) {
        if (!shelf) {
          problem(`The graph could not be kept: ${NO_SHELF}.`);
          return false;
        }
        const r = await keepNewGraph(shelf, file, text, origin, env.now());
        if (!r.ok) {
          problem(`"${file.title}" could not be kept (${r.why}). Your other graphs are unchanged.`);
          return false;
        }
        beforeShow?.(r.graph.key);
        // A link whose graph was missing: its view applies once the graph is here. A copy of the
        // graph shown ("Edit a copy") has the same ids: the situation, goal and plan go with it,
        // so a counselor who starts editing mid-session does not lose the student's plan.
        get().choose(
          r.graph.key,
          origin === 'copy' ||
            (!isBuiltinKey(get().currentKey) && !get().kept.some((g) => g.key === get().currentKey)),
        );
        return true;
      },
      async rename(key, title) {
        if (!shelf) return;
        const r = await renameKept(shelf, key, title, retitle, env.now());
        if (!r.ok) return problem(`Not renamed: ${r.why}.`);
        await get().refresh();
        info(`Renamed to "${r.graph.title}".`);
      },
      async duplicate(file) {
        if (!shelf) return problem(`Not copied: ${NO_SHELF}.`);
        const r = await duplicateKept(shelf, { file, text: graphFileText(file) }, retitle, env.now());
        if (!r.ok) return problem(`Not copied: ${r.why}. Your graphs are unchanged.`);
        await get().refresh();
        info(`Made "${r.graph.title}". Choose it in the list of graphs to show or edit it.`);
      },
      async remove(key) {
        if (!shelf) return;
        const r = await deleteKept(shelf, key);
        if (!r.ok) return problem(`Not deleted: ${r.why}.`);
        set({ deleted: r.deleted });
        await get().refresh();
        info(`Deleted "${r.deleted.title}".`);
      },
      async undoDelete() {
        const { deleted } = get();
        if (!shelf || !deleted) return;
        const r = await restoreKept(shelf, deleted);
        if (!r.ok) return problem(`Could not put "${deleted.title}" back: ${r.why}.`);
        set({ deleted: null });
        await get().refresh();
        info(`"${deleted.title}" is back.`);
      },
      async saveEdit(file) {
        const key = get().currentKey;
        if (!shelf || isBuiltinKey(key)) {
          problem('Built-in graphs are not changed: edit a copy.');
          return false;
        }
        const r = await saveEdited(shelf, key, file, graphFileText(file), env.now());
        if (!r.ok) {
          problem(`Your last edit is shown but not kept (${r.why}). The kept graph is as it was before it.`);
          return false;
        }
        const kept = get().kept.map((g) => (g.key === key ? r.graph : g));
        set({ kept, message: get().message?.tone === 'problem' ? null : get().message });
        return true;
      },
      say(message) {
        set({ message });
      },
    };
  });
}

export { DEFAULT_GRAPH_KEY };
