// The person's own career graphs (opened, made, copied, received in a link), kept as validated file
// text in a key-value shelf (IndexedDB in the browser). Nothing is removed before a write succeeds.

import { BUILTIN_GRAPHS } from '../data/builtin';
import type { CareerGraphFile } from '../domain/types';

/** One kept graph. `key` is what links and the picker name it by; `text` passes the validator. */
export interface KeptGraph {
  key: string;
  title: string;
  /** The file's own `id` field. */
  fileId: string;
  text: string;
  origin: 'opened' | 'made' | 'copy' | 'link';
  /** Milliseconds since 1970 of the last change (for ordering only). */
  changed: number;
}

/** Where kept graphs live: IndexedDB in the browser (graph-library-idb.ts), a Map in tests. */
export interface GraphShelf {
  get(key: string): Promise<KeptGraph | undefined>;
  set(key: string, value: KeptGraph): Promise<void>;
  del(key: string): Promise<void>;
  values(): Promise<KeptGraph[]>;
}

export type KeepResult = { ok: true; graph: KeptGraph } | { ok: false; why: string };

/** Prefix of the keys of the person's own graphs, so they never collide with a built-in id. */
export const OWN_PREFIX = 'own-';

const builtinIds = new Set(BUILTIN_GRAPHS.map((g) => g.id));
export const isBuiltinKey = (key: string): boolean => builtinIds.has(key);

/** Why a write failed, in words for the person. */
export function describeStorageError(e: unknown): string {
  const name = e instanceof Error || e instanceof DOMException ? e.name : '';
  if (name === 'QuotaExceededError') return 'the browser storage is full';
  return 'the browser refused to store it (storage may be turned off in this window)';
}

/** All kept graphs, newest first; a shelf that cannot be read gives none and says why. */
export async function listKept(shelf: GraphShelf): Promise<{ graphs: KeptGraph[]; why?: string }> {
  try {
    const all = (await shelf.values()).filter(
      (g) => typeof g?.key === 'string' && typeof g.text === 'string',
    );
    all.sort((a, b) => b.changed - a.changed || a.key.localeCompare(b.key));
    return { graphs: all };
  } catch (e) {
    return { graphs: [], why: describeStorageError(e) };
  }
}

/** A key for a graph with this file id that no built-in and no other kept graph uses. */
async function freeKey(shelf: GraphShelf, fileId: string): Promise<string> {
  const base = `${OWN_PREFIX}${fileId}`;
  for (let n = 1; ; n++) {
    const key = n === 1 ? base : `${base}-${n}`;
    if (!isBuiltinKey(key) && (await shelf.get(key)) === undefined) return key;
  }
}

async function write(shelf: GraphShelf, graph: KeptGraph): Promise<KeepResult> {
  try {
    await shelf.set(graph.key, graph);
    return { ok: true, graph };
  } catch (e) {
    return { ok: false, why: describeStorageError(e) };
  }
}

/**
 * Keeps a new graph. The same text already kept (opening a file twice, a link opened again) is the
 * graph already there, not a second copy.
 */
export async function keepNewGraph(
  shelf: GraphShelf,
  file: CareerGraphFile,
  text: string,
  origin: KeptGraph['origin'],
  now: number,
): Promise<KeepResult> {
  try {
    const { graphs } = await listKept(shelf);
    const same = graphs.find((g) => g.text === text);
    if (same) return { ok: true, graph: same };
    const key = await freeKey(shelf, file.id);
    return write(shelf, { key, title: file.title, fileId: file.id, text, origin, changed: now });
  } catch (e) {
    return { ok: false, why: describeStorageError(e) };
  }
}

/** Replaces a kept graph's file (an edit); the earlier text stays if the write fails. */
export async function saveEdited(
  shelf: GraphShelf,
  key: string,
  file: CareerGraphFile,
  text: string,
  now: number,
): Promise<KeepResult> {
  const old = await shelf.get(key).catch(() => undefined);
  if (old === undefined) return { ok: false, why: `there is no kept graph "${key}"` };
  return write(shelf, { ...old, title: file.title, fileId: file.id, text, changed: now });
}

/** Renames a kept graph: the picker title only; the file inside keeps its own title field in step. */
export async function renameKept(
  shelf: GraphShelf,
  key: string,
  title: string,
  retitle: (text: string, title: string) => string,
  now: number,
): Promise<KeepResult> {
  const clean = title.trim();
  if (clean === '') return { ok: false, why: 'a graph needs a title' };
  const old = await shelf.get(key).catch(() => undefined);
  if (old === undefined) return { ok: false, why: `there is no kept graph "${key}"` };
  return write(shelf, { ...old, title: clean, text: retitle(old.text, clean), changed: now });
}

/** A copy under a new key, titled "… (copy)". */
export async function duplicateKept(
  shelf: GraphShelf,
  source: { file: CareerGraphFile; text: string },
  retitle: (text: string, title: string) => string,
  now: number,
): Promise<KeepResult> {
  try {
    const title = `${source.file.title} (copy)`;
    const key = await freeKey(shelf, source.file.id);
    return write(shelf, {
      key,
      title,
      fileId: source.file.id,
      text: retitle(source.text, title),
      origin: 'copy',
      changed: now,
    });
  } catch (e) {
    return { ok: false, why: describeStorageError(e) };
  }
}

/** Deletes a kept graph and hands back what was deleted, so "Undo" can put it back as it was. */
export async function deleteKept(
  shelf: GraphShelf,
  key: string,
): Promise<{ ok: true; deleted: KeptGraph } | { ok: false; why: string }> {
  try {
    const old = await shelf.get(key);
    if (old === undefined) return { ok: false, why: `there is no kept graph "${key}"` };
    await shelf.del(key);
    return { ok: true, deleted: old };
  } catch (e) {
    return { ok: false, why: describeStorageError(e) };
  }
}

/** Undo of a delete: the graph back under its own key. */
export function restoreKept(shelf: GraphShelf, graph: KeptGraph): Promise<KeepResult> {
  return write(shelf, graph);
}

/** A shelf in memory (tests, and a browser without IndexedDB: kept until the page closes). */
export function memoryShelf(
  initial: readonly KeptGraph[] = [],
): GraphShelf & { map: Map<string, KeptGraph> } {
  const map = new Map(initial.map((g) => [g.key, g]));
  return {
    map,
    get: async (k) => map.get(k),
    set: async (k, v) => {
      map.set(k, v);
    },
    del: async (k) => {
      map.delete(k);
    },
    values: async () => [...map.values()],
  };
}
