// Helpers for state tests: storage in memory (optionally full or shared between "tabs"), a fake
// address bar with a real history stack, the small fixture graph and the built-in one.

import { readFileSync } from 'node:fs';
import { buildCareerGraph } from '../../../src/domain/career-graph';
import type { CareerGraphFile } from '../../../src/domain/types';
import { type AddressBar, type PopStateEvents, startAddressSync } from '../../../src/state/address-sync';
import type { MaybeStorage } from '../../../src/state/persist';
import type { TabEvents } from '../../../src/state/persistence';
import { decideStart } from '../../../src/state/start';
import { type AppStore, createAppStore } from '../../../src/state/store';

export const smallFile = JSON.parse(
  readFileSync('tests/fixtures/explorer-small.json', 'utf8'),
) as CareerGraphFile;
export const smallGraph = buildCareerGraph(smallFile);
export const SMALL = { file: smallFile, graph: smallGraph };

export type MemoryStorage = NonNullable<MaybeStorage> & { data: Map<string, string>; full: boolean };

export function memoryStorage(initial: Record<string, string> = {}): MemoryStorage {
  const data = new Map(Object.entries(initial));
  const s: MemoryStorage = {
    data,
    full: false,
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => {
      if (s.full) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      data.set(k, v);
    },
    removeItem: (k) => void data.delete(k),
  };
  return s;
}

type StorageListener = (e: Pick<StorageEvent, 'key' | 'newValue'>) => void;

/**
 * One storage shared by several tabs, as a browser's localStorage is: a write in one tab fires a
 * `storage` event in every other tab (delivered by `deliver`, so tests choose when it arrives).
 */
export function sharedStorage(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial));
  const tabs: { listeners: Set<StorageListener>; queue: Pick<StorageEvent, 'key' | 'newValue'>[] }[] = [];
  const tab = () => {
    const me = {
      listeners: new Set<StorageListener>(),
      queue: [] as Pick<StorageEvent, 'key' | 'newValue'>[],
    };
    tabs.push(me);
    const storage: NonNullable<MaybeStorage> = {
      getItem: (k) => data.get(k) ?? null,
      setItem: (k, v) => {
        data.set(k, v);
        for (const other of tabs) if (other !== me) other.queue.push({ key: k, newValue: v });
      },
      removeItem: (k) => {
        data.delete(k);
        for (const other of tabs) if (other !== me) other.queue.push({ key: k, newValue: null });
      },
    };
    const events: TabEvents = {
      addEventListener: (_t, l) => void me.listeners.add(l),
      removeEventListener: (_t, l) => void me.listeners.delete(l),
    };
    /** Delivers the storage events queued for this tab. */
    const deliver = () => {
      for (const e of me.queue.splice(0)) for (const l of me.listeners) l(e);
    };
    return { storage, events, deliver };
  };
  return { data, tab };
}

/** An address bar with a history stack: pushState/replaceState/back/forward like a browser's. */
export function fakeAddress(search = '') {
  const entries = [search];
  const states: unknown[] = [null];
  let index = 0;
  const location = { pathname: '/app/', search, hash: '' };
  const listeners = new Set<() => void>();
  const set = (url: string | URL | null | undefined): string => {
    const u = String(url);
    if (!u.startsWith('/app/')) throw new Error(`unexpected url ${u}`);
    return u.slice('/app/'.length);
  };
  const address: AddressBar = {
    location,
    history: {
      get state() {
        return states[index] ?? null;
      },
      pushState(state, _t, url) {
        const q = set(url);
        entries.splice(index + 1, entries.length, q);
        states.splice(index + 1, states.length, state);
        index += 1;
        location.search = q;
      },
      replaceState(state, _t, url) {
        const q = set(url);
        entries[index] = q;
        states[index] = state;
        location.search = q;
      },
    },
  };
  const events: PopStateEvents = {
    addEventListener: (_t, l) => void listeners.add(l),
    removeEventListener: (_t, l) => void listeners.delete(l),
  };
  const go = (delta: number) => {
    const next = index + delta;
    if (next < 0 || next >= entries.length) throw new Error('no such history entry');
    index = next;
    location.search = entries[index] ?? '';
    for (const l of listeners) l();
  };
  return {
    address,
    events,
    entries,
    get index() {
      return index;
    },
    back: () => go(-1),
    forward: () => go(1),
  };
}

/** Opens the app as main.tsx does: start decided once, store, persistence, address and history. */
export function openApp(options: {
  search?: string;
  storage: MaybeStorage;
  tabs?: TabEvents;
  loaded?: { file: CareerGraphFile; graph: ReturnType<typeof buildCareerGraph> };
}) {
  const search = options.search ?? '';
  const bar = fakeAddress(search);
  const start = decideStart({ search, storage: options.storage });
  const store = createAppStore({
    storage: options.storage,
    start,
    loaded: options.loaded ?? SMALL,
    tabs: options.tabs,
  });
  const sync = startAddressSync(store, { address: bar.address, events: bar.events });
  return { store, bar, sync };
}

/** The notices' kinds, in order. */
export const noticeKinds = (store: AppStore): string[] => store.getState().notices.map((n) => n.notice.kind);
