// Which career graph the page starts with, decided once before the store exists: a graph carried in
// the link's fragment, else the graph the address names, else the one chosen last, else the default.
// A built-in graph is read without the validator; a person's own graph (kept in this browser, or in
// the link) is validated in full first, by a validator loaded only then (src/data/load-own.ts).

import { loadBuiltinGraphById } from '../data/builtin';
import type { CareerGraph } from '../domain/career-graph';
import type { CareerGraphFile } from '../domain/types';
import type { FragmentRead } from './graph-fragment';
import { type GraphShelf, isBuiltinKey, type KeptGraph, keepNewGraph } from './graph-library';
import { DEFAULT_GRAPH_KEY, graphParamOf, readLastGraph } from './graph-scope';
import type { MaybeStorage } from './persist';

export type BootGraph =
  | { kind: 'ready'; key: string; file: CareerGraphFile; graph: CareerGraph; text: string | null }
  /** The address names a graph this browser does not have. */
  | { kind: 'missing'; key: string }
  | { kind: 'error'; key: string; title: string; problems: string[] };

export interface Boot {
  graph: BootGraph;
  /** Messages for the person (a damaged graph link, a graph that could not be kept). */
  messages: string[];
  /** The fragment held a graph: the address should drop it (the graph is kept now). */
  dropHash: boolean;
}

/** The graph in the link's fragment; the decoder (graph-fragment.ts) loads only for a fragment. */
const readFragment = async (hash: string): Promise<FragmentRead> =>
  hash.replace(/^#/, '') === ''
    ? { kind: 'none' }
    : (await import('./graph-fragment')).decodeGraphFragment(hash);

const loadOwn = async (text: string, fileName: string) =>
  (await import('../data/load-own')).loadOwnGraph(text, fileName);

export async function loadGraphByKey(key: string, shelf: GraphShelf | null): Promise<BootGraph> {
  if (isBuiltinKey(key)) {
    const r = await loadBuiltinGraphById(key);
    return r.ok
      ? { kind: 'ready', key, file: r.file, graph: r.graph, text: null }
      : { kind: 'error', key, title: 'The built-in career graph has problems', problems: r.problems };
  }
  let kept: KeptGraph | undefined;
  try {
    kept = await shelf?.get(key);
  } catch {
    kept = undefined;
  }
  if (kept === undefined) return { kind: 'missing', key };
  const r = await loadOwn(kept.text, `${kept.title} (kept in this browser)`);
  return r.ok
    ? { kind: 'ready', key, file: r.file, graph: r.graph, text: kept.text }
    : { kind: 'error', key, title: `Your kept graph "${kept.title}" has problems`, problems: r.problems };
}

export async function bootGraph(env: {
  search: string;
  hash: string;
  storage: MaybeStorage;
  shelf: GraphShelf | null;
  now: number;
}): Promise<Boot> {
  const messages: string[] = [];
  const fragment = await readFragment(env.hash);
  if (fragment.kind === 'bad') messages.push(`The graph in this link could not be opened: ${fragment.why}.`);
  if (fragment.kind === 'graph') {
    const r = await loadOwn(fragment.text, 'the graph in this link');
    if (!r.ok) {
      messages.push(`The graph in this link has problems, so it was not opened: ${r.problems.join(' ')}`);
    } else {
      const kept = env.shelf
        ? await keepNewGraph(env.shelf, r.file, fragment.text, 'link', env.now)
        : ({ ok: false, why: 'this browser has no IndexedDB' } as const);
      if (!kept.ok)
        messages.push(`The graph in this link is shown but could not be kept in this browser: ${kept.why}.`);
      const key = kept.ok ? kept.graph.key : `link-${r.file.id}`;
      return {
        graph: { kind: 'ready', key, file: r.file, graph: r.graph, text: fragment.text },
        messages,
        dropHash: kept.ok,
      };
    }
  }
  const named = graphParamOf(env.search);
  if (named !== null) return { graph: await loadGraphByKey(named, env.shelf), messages, dropHash: false };
  const last = readLastGraph(env.storage);
  if (last !== null && last !== DEFAULT_GRAPH_KEY) {
    const g = await loadGraphByKey(last, env.shelf);
    // A graph chosen last that is gone (deleted in another tab) is no reason to show an error.
    if (g.kind === 'ready') return { graph: g, messages, dropHash: false };
  }
  return { graph: await loadGraphByKey(DEFAULT_GRAPH_KEY, env.shelf), messages, dropHash: false };
}
