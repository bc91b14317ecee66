// The person's kept graphs: nothing is lost to a failed import, a full storage quota, a bad edit or
// a reload; keys never collide with built-in graphs; delete and undo give back the same graph.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { graphFileText } from '../../../src/data/graph-file-text';
import { parseCareerGraph } from '../../../src/data/load';
import type { CareerGraphFile } from '../../../src/domain/types';
import { bootGraph } from '../../../src/state/graph-boot';
import { encodeGraphFragment, FRAGMENT_KEY } from '../../../src/state/graph-fragment';
import {
  deleteKept,
  type GraphShelf,
  type KeptGraph,
  keepNewGraph,
  listKept,
  memoryShelf,
  restoreKept,
  saveEdited,
} from '../../../src/state/graph-library';
import { createLibraryStore, retitle } from '../../../src/state/graph-library-store';

function readFixture(path: string): { file: CareerGraphFile; text: string } {
  const text = readFileSync(path, 'utf8');
  const r = parseCareerGraph(text, path);
  if (!r.ok) throw new Error(r.problems.join('\n'));
  return { file: r.file, text };
}
const small = readFixture('tests/fixtures/valid-small.json');

const quotaError = (): DOMException => new DOMException('full', 'QuotaExceededError');

/** A shelf that refuses every write, as a browser with a full quota does. */
function fullShelf(initial: KeptGraph[]): GraphShelf & { map: Map<string, KeptGraph> } {
  const shelf = memoryShelf(initial);
  return {
    ...shelf,
    set: async () => {
      throw quotaError();
    },
  };
}

const kept = (key: string, text = small.text): KeptGraph => ({
  key,
  title: 'Kept',
  fileId: 'small-lattice',
  text,
  origin: 'opened',
  changed: 1,
});

describe('keeping graphs', () => {
  it('keeps a new graph under own-<file id>, and the same text again is the same graph', async () => {
    const shelf = memoryShelf();
    const a = await keepNewGraph(shelf, small.file, small.text, 'opened', 5);
    const b = await keepNewGraph(shelf, small.file, small.text, 'opened', 6);
    expect(a.ok && a.graph.key).toBe('own-small-lattice');
    expect(b.ok && b.graph.key).toBe('own-small-lattice');
    expect(shelf.map.size).toBe(1);
  });

  it('a different file with the same id gets its own key; a built-in id is never used', async () => {
    const shelf = memoryShelf();
    await keepNewGraph(shelf, small.file, small.text, 'opened', 1);
    const changed = graphFileText({ ...small.file, title: 'Changed' });
    const r = await keepNewGraph(shelf, { ...small.file, title: 'Changed' }, changed, 'opened', 2);
    expect(r.ok && r.graph.key).toBe('own-small-lattice-2');
    const builtinId = { ...small.file, id: 'health-information' };
    const r2 = await keepNewGraph(shelf, builtinId, graphFileText(builtinId), 'opened', 3);
    expect(r2.ok && r2.graph.key).toBe('own-health-information');
  });

  it('a full quota refuses the new graph and leaves every kept graph as it was', async () => {
    const before = [kept('own-a'), kept('own-b')];
    const shelf = fullShelf(before);
    const other = { ...small.file, id: 'other' };
    const r = await keepNewGraph(shelf, other, graphFileText(other), 'opened', 9);
    expect(r).toEqual({ ok: false, why: 'the browser storage is full' });
    expect([...shelf.map.values()]).toEqual(before);
  });

  it('a full quota during an edit keeps the earlier text', async () => {
    const shelf = fullShelf([kept('own-a')]);
    const edited = { ...small.file, title: 'Edited' };
    const r = await saveEdited(shelf, 'own-a', edited, graphFileText(edited), 2);
    expect(r.ok).toBe(false);
    expect(shelf.map.get('own-a')?.text).toBe(small.text);
  });

  it('delete then undo gives back exactly the graph that was deleted', async () => {
    const shelf = memoryShelf([kept('own-a'), kept('own-b')]);
    const d = await deleteKept(shelf, 'own-a');
    if (!d.ok) throw new Error(d.why);
    expect([...shelf.map.keys()]).toEqual(['own-b']);
    await restoreKept(shelf, d.deleted);
    expect(shelf.map.get('own-a')).toEqual(kept('own-a'));
  });

  it('a shelf that cannot be read gives no graphs and says why, without throwing', async () => {
    const broken: GraphShelf = {
      ...memoryShelf(),
      values: async () => {
        throw new DOMException('nope', 'InvalidStateError');
      },
    };
    const r = await listKept(broken);
    expect(r.graphs).toEqual([]);
    expect(r.why).toMatch(/refused/);
  });

  it('renaming changes the file title too, and the file still passes the validator', () => {
    const text = retitle(small.text, 'Renamed lattice');
    const r = parseCareerGraph(text, 'renamed.json');
    expect(r.ok && r.file.title).toBe('Renamed lattice');
  });
});

describe('the library store', () => {
  const env = (shelf: GraphShelf, search = '') => {
    const went: string[] = [];
    const store = createLibraryStore({
      shelf,
      storage: null,
      currentKey: 'health-information',
      go: (url) => went.push(url),
      search: () => search,
      now: () => 1,
    });
    return { store, went };
  };

  it('an import the quota refuses is not shown, says so, and keeps the graphs', async () => {
    const shelf = fullShelf([kept('own-a')]);
    const { store, went } = env(shelf);
    await store.getState().refresh();
    const other = { ...small.file, id: 'other' };
    const ok = await store.getState().openFile(other, graphFileText(other), 'opened');
    expect(ok).toBe(false);
    expect(went).toEqual([]);
    expect(store.getState().message?.text).toMatch(/could not be kept \(the browser storage is full\)/);
    expect(store.getState().kept.map((g) => g.key)).toEqual(['own-a']);
  });

  it('opening a file shows it through the address', async () => {
    const { store, went } = env(memoryShelf());
    expect(await store.getState().openFile(small.file, small.text, 'opened')).toBe(true);
    expect(went).toEqual(['?graph=own-small-lattice']);
  });

  it('"Edit a copy" keeps the situation, goal and plan shown (same ids); another file does not', async () => {
    const view = '?goal=coder&holds=diploma&by=cost&alt=1';
    const copy = env(memoryShelf(), view);
    expect(await copy.store.getState().openFile(small.file, small.text, 'copy')).toBe(true);
    expect(copy.went).toEqual(['?graph=own-small-lattice&goal=coder&holds=diploma&by=cost&alt=1']);
    const opened = env(memoryShelf(), view);
    expect(await opened.store.getState().openFile(small.file, small.text, 'opened')).toBe(true);
    expect(opened.went).toEqual(['?graph=own-small-lattice']);
  });

  it('built-in graphs are never changed by an edit', async () => {
    const shelf = memoryShelf();
    const { store } = env(shelf);
    expect(await store.getState().saveEdit(small.file)).toBe(false);
    expect(shelf.map.size).toBe(0);
  });
});

describe('start-up with kept graphs (a reload)', () => {
  it('the graph the address names is read back from the shelf', async () => {
    const shelf = memoryShelf([kept('own-small-lattice')]);
    const boot = await bootGraph({
      search: '?graph=own-small-lattice',
      hash: '',
      storage: null,
      shelf,
      now: 1,
    });
    expect(boot.graph.kind === 'ready' && boot.graph.file.id).toBe('small-lattice');
  });

  it('a link naming a graph this browser lacks is `missing`, not the default graph', async () => {
    const boot = await bootGraph({
      search: '?graph=own-x&goal=a',
      hash: '',
      storage: null,
      shelf: memoryShelf(),
      now: 1,
    });
    expect(boot.graph).toEqual({ kind: 'missing', key: 'own-x' });
  });

  it('a graph in the fragment is kept and shown; a damaged one says so and the default is shown', async () => {
    const shelf = memoryShelf();
    const hash = `#${FRAGMENT_KEY}=${await encodeGraphFragment(small.text)}`;
    const boot = await bootGraph({ search: '', hash, storage: null, shelf, now: 1 });
    expect(boot.graph.kind === 'ready' && boot.graph.key).toBe('own-small-lattice');
    expect(boot.dropHash).toBe(true);
    expect(shelf.map.get('own-small-lattice')?.origin).toBe('link');
    const bad = await bootGraph({ search: '', hash: `#${FRAGMENT_KEY}=AAAA`, storage: null, shelf, now: 1 });
    expect(bad.graph.kind === 'ready' && bad.graph.key).toBe('health-information');
    expect(bad.messages.join(' ')).toMatch(/could not be opened: the graph in the link is damaged/);
  });

  it('a graph in a fragment that cannot be kept (full quota) is still shown, and says so', async () => {
    const hash = `#${FRAGMENT_KEY}=${await encodeGraphFragment(small.text)}`;
    const boot = await bootGraph({ search: '', hash, storage: null, shelf: fullShelf([]), now: 1 });
    expect(boot.graph.kind).toBe('ready');
    expect(boot.dropHash).toBe(false);
    expect(boot.messages.join(' ')).toMatch(/could not be kept in this browser: the browser storage is full/);
  });
});
