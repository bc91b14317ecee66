// One start-up: the starting view is decided once (link, else saved, else default), storage is read
// once, a link's view stays out of storage until the person changes it, and the person's own
// situation is never overwritten by a link.

import { describe, expect, it } from 'vitest';
import { describeNotice, type Notice } from '../../../src/state/notices';
import { STORAGE_KEY, storedText } from '../../../src/state/persist';
import { readSavedBeforeLink, SAVED_BEFORE_LINK_KEY } from '../../../src/state/share-link-saved';
import { createAppStore } from '../../../src/state/store';
import { memoryStorage, noticeKinds, openApp, SMALL } from './state-helpers';

const OWN = {
  situation: { holds: ['high-school-diploma', 'medical-coder'], years: { 'medical-coder': 3 } },
  goal: 'office-manager',
  by: 'months' as const,
};
const STORED = storedText(OWN);

function countingStorage(initial: Record<string, string>) {
  const s = memoryStorage(initial);
  const counts = { get: 0, set: 0 };
  const getItem = s.getItem;
  const setItem = s.setItem;
  s.getItem = (k) => {
    counts.get += 1;
    return getItem(k);
  };
  s.setItem = (k, v) => {
    counts.set += 1;
    setItem(k, v);
  };
  return { storage: s, counts };
}

describe('start-up', () => {
  it('opening with a saved situation reads storage once per key, writes nothing, updates the store never', () => {
    const { storage, counts } = countingStorage({ [STORAGE_KEY]: STORED });
    let updates = 0;
    const { store, bar } = openApp({ storage });
    store.subscribe(() => {
      updates += 1;
    });
    expect(counts).toEqual({ get: 2, set: 0 }); // the situation, and the one kept before a link
    expect(updates).toBe(0);
    expect(store.getState().view.goal).toBe('office-manager');
    expect(store.getState().origin).toBe('own');
    expect(bar.address.location.search).toBe(
      '?goal=office-manager&holds=high-school-diploma,medical-coder&years=medical-coder:3',
    );
    expect(bar.entries).toHaveLength(1); // written with replaceState
  });

  it('a link is applied at once; its bad parts become one typed notice; the address drops them', () => {
    const { store, bar } = openApp({
      storage: memoryStorage(),
      search: '?goal=astronaut&holds=high-school-diploma,wizard&by=fast',
    });
    expect(store.getState().view.situation.holds).toEqual(['high-school-diploma']);
    expect(store.getState().notices.map((n) => n.notice)).toEqual<Notice[]>([
      {
        kind: 'link-ignored',
        ignored: [
          'by "fast" (expected one of months, cost, steps)',
          'holds "wizard" (not in this career graph)',
          'goal "astronaut" (not in this career graph)',
        ],
      },
    ]);
    expect(bar.address.location.search).toBe('?holds=high-school-diploma');
  });

  it("a link's view is kept out of storage until the person changes it", () => {
    const storage = memoryStorage({ [STORAGE_KEY]: STORED });
    const { store } = openApp({ storage, search: '?goal=rhia&holds=high-school-diploma' });
    expect(store.getState().view.goal).toBe('rhia');
    expect(store.getState().origin).toBe('link');
    expect(noticeKinds(store)).toEqual(['link-shown']);
    store.getState().select('cca'); // looking around is not changing the situation
    store.getState().setMode('text');
    expect(storage.data.get(STORAGE_KEY)).toBe(STORED);
    expect(storage.data.has(SAVED_BEFORE_LINK_KEY)).toBe(false);

    store.getState().addHeld('cpc');
    expect(store.getState().origin).toBe('own');
    expect(JSON.parse(storage.data.get(STORAGE_KEY) ?? '').situation.holds).toEqual([
      'high-school-diploma',
      'cpc',
    ]);
    expect(readSavedBeforeLink(storage)).toEqual(OWN);
  });

  it('"Back to my saved situation" returns the own situation of an untouched link view', () => {
    const storage = memoryStorage({ [STORAGE_KEY]: STORED });
    const { store, bar } = openApp({ storage, search: '?goal=rhia&holds=high-school-diploma' });
    store.getState().backToSaved();
    expect(store.getState().view.goal).toBe('office-manager');
    expect(store.getState().view.situation).toEqual(OWN.situation);
    expect(store.getState().origin).toBe('own');
    expect(noticeKinds(store)).toEqual([]);
    expect(storage.data.get(STORAGE_KEY)).toBe(STORED);
    expect(bar.address.location.search).toBe(
      '?goal=office-manager&holds=high-school-diploma,medical-coder&years=medical-coder:3',
    );
  });

  it('link 1, edit, link 2, "Back": the person\'s own situation comes back (issue 12)', () => {
    const storage = memoryStorage({ [STORAGE_KEY]: STORED });
    const first = openApp({ storage, search: '?goal=rhia' }).store;
    first.getState().addHeld('cpc'); // the link's view, changed: now saved, the own one kept aside
    const { store: second } = openApp({ storage, search: '?goal=cca' });
    expect(second.getState().origin).toBe('link');
    expect(second.getState().notices.map((n) => n.notice)).toContainEqual({ kind: 'link-shown' });
    const third = openApp({ storage, search: '?goal=rhit' }).store;
    third.getState().addHeld('high-school-diploma'); // a second changed link must not push the own one out
    second.getState().backToSaved();
    expect(second.getState().view.goal).toBe('office-manager');
    expect(second.getState().view.situation).toEqual(OWN.situation);
    expect(JSON.parse(storage.data.get(STORAGE_KEY) ?? '').goal).toBe('office-manager');
    expect(storage.data.has(SAVED_BEFORE_LINK_KEY)).toBe(false);
  });

  it('a plain start after a changed link offers the earlier situation until it is used or forgotten', () => {
    const storage = memoryStorage({ [STORAGE_KEY]: STORED });
    openApp({ storage, search: '?goal=rhia' }).store.getState().setObjective('cost');
    const plain = openApp({ storage }).store;
    expect(plain.getState().view.goal).toBe('rhia');
    expect(noticeKinds(plain)).toEqual(['earlier-kept']);
    plain.getState().forgetEarlier();
    expect(noticeKinds(plain)).toEqual([]);
    expect(storage.data.has(SAVED_BEFORE_LINK_KEY)).toBe(false);
    expect(noticeKinds(openApp({ storage }).store)).toEqual([]);
  });

  it('a plain reload never looks like a shared link: years in another key order, and 1.555 years', () => {
    const stored = storedText({
      situation: {
        holds: ['high-school-diploma', 'medical-coder', 'rhit'],
        years: { rhit: 0.5, 'medical-coder': 1.555 },
      },
      goal: 'rhia',
      by: 'cost',
    });
    const storage = memoryStorage({ [STORAGE_KEY]: stored });
    const { bar } = openApp({ storage });
    const reload = openApp({ storage, search: bar.address.location.search });
    expect(reload.store.getState().origin).toBe('own');
    expect(noticeKinds(reload.store)).toEqual([]);
    expect(reload.store.getState().view.situation.years).toEqual({ rhit: 0.5, 'medical-coder': 1.555 });
    expect(bar.address.location.search).toContain('medical-coder:1.555');
    expect(storage.data.get(STORAGE_KEY)).toBe(stored);
  });

  it('a reload after saved ids went missing from the graph is still the own view, not a link', () => {
    const stored = storedText({
      situation: { holds: ['gone-role', 'medical-coder'], years: { 'gone-role': 3, 'medical-coder': 1 } },
      goal: 'rhia',
      by: 'months',
    });
    const storage = memoryStorage({ [STORAGE_KEY]: stored });
    const first = openApp({ storage });
    expect(noticeKinds(first.store)).toEqual(['saved-ids-dropped']);
    const reload = openApp({ storage, search: first.bar.address.location.search });
    expect(reload.store.getState().origin).toBe('own');
    expect(noticeKinds(reload.store)).toEqual(['saved-ids-dropped']);
    expect(reload.store.getState().view.situation.holds).toEqual(['medical-coder']);
    // The same link over a different saved situation is a shared link as before.
    const other = memoryStorage({ [STORAGE_KEY]: STORED });
    expect(
      openApp({ storage: other, search: first.bar.address.location.search }).store.getState().origin,
    ).toBe('link');
  });

  it('checks saved ids against the graph once and names what is gone', () => {
    const storage = memoryStorage({
      [STORAGE_KEY]: storedText({
        situation: { holds: ['medical-coder', 'gone-role'], years: { 'gone-role': 3, 'medical-coder': 1 } },
        goal: 'gone-goal',
        by: 'steps',
      }),
    });
    const { store } = openApp({ storage });
    expect(store.getState().view.situation).toEqual({
      holds: ['medical-coder'],
      years: { 'medical-coder': 1 },
    });
    const [entry] = store.getState().notices;
    expect(entry?.notice).toEqual({ kind: 'saved-ids-dropped', dropped: ['gone-role', 'gone-goal'] });
    expect(describeNotice(entry?.notice ?? { kind: 'earlier-kept' })).toBe(
      'Some saved items are no longer in this career graph and were left out: gone-role, gone-goal.',
    );
  });

  it('a store made before the graph arrives checks the start when it does, once', () => {
    const storage = memoryStorage({ [STORAGE_KEY]: STORED });
    const store = createAppStore({ storage });
    expect(store.getState().data.status).toBe('loading');
    store.getState().setGraph(SMALL.file, SMALL.graph);
    expect(store.getState().view.goal).toBe('office-manager');
    expect(store.getState().notices).toEqual([]);
  });
});

describe('notices are capped', () => {
  it('a link with 10,000 unknown ids names ten and says how many more', () => {
    const ids = Array.from({ length: 10_000 }, (_, i) => `unknown-${i}`);
    const { store } = openApp({ storage: memoryStorage(), search: `?holds=${ids.join(',')}` });
    const ignored = store.getState().notices.find((n) => n.notice.kind === 'link-ignored');
    const text = describeNotice(ignored?.notice ?? { kind: 'earlier-kept' });
    expect(text).toContain('holds "unknown-9" (not in this career graph); …and 9,990 more.');
    expect(text).not.toContain('unknown-10"');
    expect(text.length).toBeLessThan(700);
  });
});

describe('notices stay short whatever they name', () => {
  it('a saved id 10,000 characters long is cut short in the notice', () => {
    const long = 'x'.repeat(10_000);
    const storage = memoryStorage({
      [STORAGE_KEY]: storedText({ situation: { holds: [long, 'cpc'], years: {} }, goal: long, by: 'months' }),
    });
    const { store } = openApp({ storage });
    expect(store.getState().view.situation.holds).toEqual(['cpc']);
    const [entry] = store.getState().notices;
    const text = describeNotice(entry?.notice ?? { kind: 'earlier-kept' });
    expect(text).toContain(`${'x'.repeat(99)}…`);
    expect(text.length).toBeLessThan(400);
  });
});

describe('a failed save says so and keeps the state', () => {
  it('full storage: a notice, the view kept in memory, and the notice goes once a save works', () => {
    const storage = memoryStorage({ [STORAGE_KEY]: STORED });
    const { store } = openApp({ storage });
    storage.full = true;
    store.getState().setGoal('rhia');
    expect(store.getState().view.goal).toBe('rhia');
    expect(store.getState().notices.map((n) => n.notice)).toEqual([
      { kind: 'save-failed', why: 'the browser storage is full' },
    ]);
    store.getState().setObjective('cost');
    expect(noticeKinds(store)).toEqual(['save-failed']); // said once, not per change
    storage.full = false;
    store.getState().setObjective('steps');
    expect(noticeKinds(store)).toEqual([]);
    expect(JSON.parse(storage.data.get(STORAGE_KEY) ?? '').goal).toBe('rhia');
  });

  it('no storage at all (disabled): the first change says it cannot be saved', () => {
    const { store } = openApp({ storage: null });
    store.getState().addHeld('cpc');
    expect(store.getState().view.situation.holds).toEqual(['cpc']);
    expect(store.getState().notices.map((n) => n.notice)).toEqual([
      { kind: 'save-failed', why: 'storage is turned off or not available' },
    ]);
  });

  it('a full storage never lets a changed link view replace the only copy of the own situation', () => {
    const storage = memoryStorage({ [STORAGE_KEY]: STORED });
    const { store } = openApp({ storage, search: '?goal=rhia' });
    storage.full = true;
    store.getState().addHeld('cpc');
    expect(storage.data.get(STORAGE_KEY)).toBe(STORED);
    expect(noticeKinds(store)).toContain('save-failed');
    // Once storage has room again, the own situation is kept aside before it is replaced.
    storage.full = false;
    store.getState().addHeld('cca');
    expect(readSavedBeforeLink(storage)).toEqual(OWN);
    expect(JSON.parse(storage.data.get(STORAGE_KEY) ?? '').situation.holds).toEqual(['cpc', 'cca']);
  });
});
