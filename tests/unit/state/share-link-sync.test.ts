// Opening the app from a share link: the link wins once the graph is ready, the address follows the
// view without new history entries, bad parts become one notice, and the stored situation is kept.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildCareerGraph } from '../../../src/domain/career-graph';
import type { CareerGraphFile } from '../../../src/domain/types';
import { type MaybeStorage, STORAGE_KEY } from '../../../src/state/persist';
import {
  backToSavedSituation,
  readSavedBeforeLink,
  SAVED_BEFORE_LINK_KEY,
} from '../../../src/state/share-link-saved';
import { type AddressBar, SAVED_KEPT_NOTICE, startShareLinkSync } from '../../../src/state/share-link-sync';
import { createAppStore } from '../../../src/state/store';

const file = JSON.parse(readFileSync('tests/fixtures/explorer-small.json', 'utf8')) as CareerGraphFile;
const graph = buildCareerGraph(file);

function memoryStorage(initial: Record<string, string> = {}): MaybeStorage & { data: Map<string, string> } {
  const data = new Map(Object.entries(initial));
  return {
    data,
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => void data.set(k, v),
    removeItem: (k) => void data.delete(k),
  };
}

function fakeAddress(search: string): AddressBar & { calls: string[] } {
  const calls: string[] = [];
  const location = { pathname: '/app/', search, hash: '#x' };
  return {
    calls,
    location,
    history: {
      state: null,
      replaceState(_s: unknown, _t: string, url?: string | URL | null) {
        const u = String(url);
        calls.push(u);
        const q = u.slice('/app/'.length).replace(/#x$/, '');
        location.search = q;
      },
    },
  };
}

const STORED = JSON.stringify({
  version: 1,
  situation: { holds: ['high-school-diploma', 'medical-coder'], years: { 'medical-coder': 3 } },
  goal: 'office-manager',
  by: 'months',
});

describe('startShareLinkSync', () => {
  it('applies a link when the graph is ready and writes the address with replaceState', () => {
    const storage = memoryStorage();
    const store = createAppStore({ storage });
    const address = fakeAddress('?goal=rhia&holds=high-school-diploma&by=cost&node=cca');
    startShareLinkSync(store, { address, storage });
    expect(store.getState().view.goal).toBeNull();
    expect(address.calls).toEqual([]);
    store.getState().setGraph(file, graph);
    const v = store.getState().view;
    expect([v.goal, v.situation.holds, v.by, v.selected]).toEqual([
      'rhia',
      ['high-school-diploma'],
      'cost',
      'cca',
    ]);
    expect(store.getState().notices).toEqual([]);
    expect(address.calls).toEqual([]); // the address already says exactly this
    store.getState().setObjective('steps');
    expect(address.calls).toEqual(['/app/?goal=rhia&holds=high-school-diploma&by=steps&node=cca#x']);
  });

  it('names what a bad link got wrong in one notice and applies the rest', () => {
    const storage = memoryStorage();
    const store = createAppStore({ storage });
    const address = fakeAddress('?goal=astronaut&holds=high-school-diploma,wizard&by=fast');
    startShareLinkSync(store, { address, storage });
    store.getState().setGraph(file, graph);
    expect(store.getState().view.situation.holds).toEqual(['high-school-diploma']);
    expect(store.getState().notices).toEqual([
      'This link had parts that could not be used, so they were ignored: by "fast" (expected one of months, cost, steps); holds "wizard" (not in this career graph); goal "astronaut" (not in this career graph). The rest of the link was applied.',
    ]);
    expect(address.location.search).toBe('?holds=high-school-diploma');
  });

  it('keeps a different stored situation aside and can go back to it', () => {
    const storage = memoryStorage({ [STORAGE_KEY]: STORED });
    const store = createAppStore({ storage });
    const address = fakeAddress('?goal=rhia&holds=high-school-diploma');
    const sync = startShareLinkSync(store, { address, storage });
    store.getState().setGraph(file, graph);
    expect(sync.replacedSaved).toBe(true);
    expect(store.getState().view.goal).toBe('rhia');
    expect(store.getState().notices).toEqual([SAVED_KEPT_NOTICE]);
    expect(readSavedBeforeLink(storage)?.goal).toBe('office-manager');

    expect(backToSavedSituation(store, storage)).toBe(true);
    const v = store.getState().view;
    expect([v.goal, v.situation]).toEqual([
      'office-manager',
      { holds: ['high-school-diploma', 'medical-coder'], years: { 'medical-coder': 3 } },
    ]);
    expect(storage.data.has(SAVED_BEFORE_LINK_KEY)).toBe(false);
    expect(JSON.parse(storage.data.get(STORAGE_KEY) ?? '{}').goal).toBe('office-manager');
    expect(address.location.search).toBe(
      '?goal=office-manager&holds=high-school-diploma,medical-coder&years=medical-coder:3',
    );
    expect(backToSavedSituation(store, storage)).toBe(false);
  });

  it('does not stash when the link says what is stored, and never overwrites the first stash', () => {
    const storage = memoryStorage({ [STORAGE_KEY]: STORED });
    const same = startShareLinkSync(createAppStore({ storage }), {
      address: fakeAddress(
        '?goal=office-manager&holds=high-school-diploma,medical-coder&years=medical-coder:3',
      ),
      storage,
    });
    expect(same.replacedSaved).toBe(false);
    expect(storage.data.has(SAVED_BEFORE_LINK_KEY)).toBe(false);

    const first = createAppStore({ storage });
    startShareLinkSync(first, { address: fakeAddress('?goal=rhia'), storage });
    first.getState().setGraph(file, graph);
    const second = createAppStore({ storage });
    startShareLinkSync(second, { address: fakeAddress('?goal=cca'), storage });
    second.getState().setGraph(file, graph);
    expect(readSavedBeforeLink(storage)?.goal).toBe('office-manager');
  });

  it('a situation edited after a link is the one kept when the next link opens', () => {
    const storage = memoryStorage({ [STORAGE_KEY]: STORED });
    const first = createAppStore({ storage });
    startShareLinkSync(first, { address: fakeAddress('?goal=rhia'), storage });
    first.getState().setGraph(file, graph);
    first.getState().addHeld('cpc'); // the person makes the link's view their own
    const second = createAppStore({ storage });
    const sync = startShareLinkSync(second, { address: fakeAddress('?goal=cca'), storage });
    second.getState().setGraph(file, graph);
    expect(sync.replacedSaved).toBe(true);
    expect(readSavedBeforeLink(storage)).toEqual({
      situation: { holds: ['cpc'], years: {} },
      goal: 'rhia',
      by: 'months',
    });
  });

  it('without a link, uses the stored situation and writes it to the address', () => {
    const storage = memoryStorage({ [STORAGE_KEY]: STORED });
    const store = createAppStore({ storage });
    const address = fakeAddress('');
    const sync = startShareLinkSync(store, { address, storage });
    store.getState().setGraph(file, graph);
    expect(sync.replacedSaved).toBe(false);
    expect(address.calls).toEqual([
      '/app/?goal=office-manager&holds=high-school-diploma,medical-coder&years=medical-coder:3#x',
    ]);
    sync.stop();
    store.getState().setGoal('rhia');
    expect(address.calls).toHaveLength(1);
  });
});
