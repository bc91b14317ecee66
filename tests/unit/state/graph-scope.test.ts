// Each graph's saved situation is its own: scoped storage keys, other tabs' events for this graph
// only, and the `graph` address parameter (the default graph is not named).
import { describe, expect, it } from 'vitest';
import { scopedStorage, scopedTabs, withGraphParam } from '../../../src/state/graph-scope';
import { loadStored, STORAGE_KEY, saveStored } from '../../../src/state/persist';
import type { TabEvents } from '../../../src/state/persistence';

function mapStorage() {
  const map = new Map<string, string>();
  return {
    map,
    getItem: (k: string) => map.get(k) ?? null,
    setItem: (k: string, v: string) => void map.set(k, v),
    removeItem: (k: string) => void map.delete(k),
  };
}

describe('graph scope', () => {
  it('a situation saved for one graph is not read for another', () => {
    const storage = mapStorage();
    saveStored(scopedStorage(storage, 'own-a'), {
      situation: { holds: ['x'], years: {} },
      goal: null,
      by: 'months',
    });
    expect(loadStored(scopedStorage(storage, 'own-b')).kind).toBe('none');
    expect(loadStored(scopedStorage(storage, 'health-information')).kind).toBe('none');
    const a = loadStored(scopedStorage(storage, 'own-a'));
    expect(a.kind === 'ok' && a.value.situation.holds).toEqual(['x']);
    expect([...storage.map.keys()]).toEqual([`${STORAGE_KEY}@own-a`]);
  });

  it("other tabs' changes reach only the graph they are for, under the key persistence knows", () => {
    const listeners: ((e: { key: string | null; newValue: string | null }) => void)[] = [];
    const tabs: TabEvents = {
      addEventListener: (_t, l) => void listeners.push(l),
      removeEventListener: () => undefined,
    };
    const seenA: (string | null)[] = [];
    const seenDefault: (string | null)[] = [];
    scopedTabs(tabs, 'own-a').addEventListener('storage', (e) => seenA.push(e.key));
    scopedTabs(tabs, 'health-information').addEventListener('storage', (e) => seenDefault.push(e.key));
    for (const l of listeners) {
      l({ key: `${STORAGE_KEY}@own-a`, newValue: '{}' });
      l({ key: `${STORAGE_KEY}@own-b`, newValue: '{}' });
      l({ key: STORAGE_KEY, newValue: '{}' });
    }
    expect(seenA).toEqual([STORAGE_KEY]);
    expect(seenDefault).toEqual([STORAGE_KEY]);
  });

  it('the address names every graph but the default, first', () => {
    expect(withGraphParam('', 'health-information')).toBe('');
    expect(withGraphParam('?goal=a', 'health-information')).toBe('?goal=a');
    expect(withGraphParam('', 'nursing')).toBe('?graph=nursing');
    expect(withGraphParam('?goal=a&holds=b', 'own-x')).toBe('?graph=own-x&goal=a&holds=b');
  });
});
