// Stored state read field by field: one bad field or entry is dropped and named, everything that
// still reads is kept (a negative year must not wipe the whole saved situation).

import { describe, expect, it } from 'vitest';
import { loadStored, type MaybeStorage, STORAGE_KEY } from '../../../src/state/persist';
import { createAppStore } from '../../../src/state/store';

function storageWith(value: unknown): MaybeStorage & { data: Map<string, string> } {
  const data = new Map([[STORAGE_KEY, typeof value === 'string' ? value : JSON.stringify(value)]]);
  return {
    data,
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => void data.set(k, v),
    removeItem: (k) => void data.delete(k),
  };
}

const GOOD = {
  version: 1,
  situation: {
    holds: ['high-school-diploma', 'medical-coder', 'medical-records-technician'],
    years: { 'medical-coder': 3, 'medical-records-technician': 2 },
    region: 'NJ',
  },
  goal: 'rhia',
  by: 'cost',
};

describe('loadStored keeps what still reads', () => {
  it('drops only a negative year and names it', () => {
    const storage = storageWith({
      ...GOOD,
      situation: { ...GOOD.situation, years: { 'medical-coder': -2, 'medical-records-technician': 2 } },
    });
    const r = loadStored(storage);
    expect(r).toEqual({
      kind: 'partial',
      value: {
        situation: {
          holds: ['high-school-diploma', 'medical-coder', 'medical-records-technician'],
          years: { 'medical-records-technician': 2 },
          region: 'NJ',
        },
        goal: 'rhia',
        by: 'cost',
      },
      message:
        'Part of your saved situation could not be read and was left out: years for "medical-coder" -2 (Too small: expected number to be >=0). Everything else was kept.',
    });
    // The cleaned value is written back, so the next visit reads cleanly.
    expect(loadStored(storage)).toEqual({ kind: 'ok', value: r.kind === 'partial' ? r.value : null });
  });

  it('drops bad held entries, a bad objective and a bad goal, keeping the rest', () => {
    const storage = storageWith({
      ...GOOD,
      situation: { holds: ['high-school-diploma', 3, 'medical-coder'], years: { 'medical-coder': 1 } },
      goal: 42,
      by: 'fastest',
    });
    const r = loadStored(storage);
    if (r.kind !== 'partial') throw new Error(`expected partial, got ${r.kind}`);
    expect(r.value).toEqual({
      situation: { holds: ['high-school-diploma', 'medical-coder'], years: { 'medical-coder': 1 } },
      goal: null,
      by: 'months',
    });
    expect(r.message).toContain('held item 2 3 (');
    expect(r.message).toContain('goal 42 (');
    expect(r.message).toContain('objective "fastest" (');
    expect(r.message).toContain('months used)');
    expect(r.message).not.toContain('medical-coder');
  });

  it('the store starts from the kept parts and shows the notice', () => {
    const store = createAppStore({
      storage: storageWith({ ...GOOD, situation: { ...GOOD.situation, years: { 'medical-coder': 99 } } }),
    });
    const { view, notices } = store.getState();
    expect(view.situation.holds).toEqual(GOOD.situation.holds);
    expect(view.situation.years).toEqual({});
    expect(view.situation.region).toBe('NJ');
    expect(view.goal).toBe('rhia');
    expect(view.by).toBe('cost');
    expect(notices).toEqual([
      'Part of your saved situation could not be read and was left out: years for "medical-coder" 99 (Too big: expected number to be <=80). Everything else was kept.',
    ]);
  });

  it('still starts fresh for another version or a value that is not JSON', () => {
    expect(loadStored(storageWith({ ...GOOD, version: 2 })).kind).toBe('corrupt');
    expect(loadStored(storageWith('{"version":1,')).kind).toBe('corrupt');
    expect(loadStored(storageWith(GOOD)).kind).toBe('ok');
  });
});
