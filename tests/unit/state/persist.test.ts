// Stored state read field by field, whatever its version: one bad field or entry is dropped and
// named, everything that still reads is kept, and nothing is ever deleted whole.

import { describe, expect, it } from 'vitest';
import { describeNotice } from '../../../src/state/notices';
import { loadStored, parseStored, STORAGE_KEY, UNREADABLE_KEY } from '../../../src/state/persist';
import { createAppStore } from '../../../src/state/store';
import { memoryStorage } from './state-helpers';

const storageWith = (value: unknown) =>
  memoryStorage({ [STORAGE_KEY]: typeof value === 'string' ? value : JSON.stringify(value) });

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
const GOOD_VALUE = { situation: GOOD.situation, goal: GOOD.goal, by: GOOD.by };

describe('loadStored keeps what still reads', () => {
  it('drops only a negative year and names it, without rewriting storage on load', () => {
    const text = JSON.stringify({
      ...GOOD,
      situation: { ...GOOD.situation, years: { 'medical-coder': -2, 'medical-records-technician': 2 } },
    });
    const storage = storageWith(text);
    expect(loadStored(storage)).toEqual({
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
      dropped: ['years for "medical-coder" -2 (Too small: expected number to be >=0)'],
    });
    expect(storage.data.get(STORAGE_KEY)).toBe(text);
  });

  it('drops bad held entries, a bad objective and a bad goal, keeping the rest', () => {
    const r = parseStored(
      JSON.stringify({
        ...GOOD,
        situation: { holds: ['high-school-diploma', 3, 'medical-coder'], years: { 'medical-coder': 1 } },
        goal: 42,
        by: 'fastest',
      }),
    );
    if (r.kind !== 'partial') throw new Error(`expected partial, got ${r.kind}`);
    expect(r.value).toEqual({
      situation: { holds: ['high-school-diploma', 'medical-coder'], years: { 'medical-coder': 1 } },
      goal: null,
      by: 'months',
    });
    const text = describeNotice({ kind: 'stored-partial', dropped: r.dropped });
    expect(text).toContain('held item 2 3 (');
    expect(text).toContain('goal 42 (');
    expect(text).toContain('objective "fastest" (');
    expect(text).toContain('months used)');
    expect(text).not.toContain('medical-coder');
  });

  it.each([
    ['version 0', 0],
    ['version 2', 2],
    ['version "1"', '1'],
    ['no version', undefined],
  ])('%s with every field valid is read whole, with no notice', (_name, version) => {
    const storage = storageWith({ ...GOOD, version });
    expect(loadStored(storage)).toEqual({ kind: 'ok', value: GOOD_VALUE });
    const store = createAppStore({ storage });
    expect(store.getState().notices).toEqual([]);
    expect(store.getState().view.goal).toBe('rhia');
    expect(storage.data.has(STORAGE_KEY)).toBe(true);
  });

  it('another version with one bad field keeps the rest and names the bad one', () => {
    const r = loadStored(storageWith({ ...GOOD, version: 2, by: 'quickest' }));
    expect(r.kind).toBe('partial');
    if (r.kind === 'partial') {
      expect(r.value.situation).toEqual(GOOD.situation);
      expect(r.dropped).toEqual([
        'objective "quickest" (Invalid option: expected one of "months"|"cost"|"steps"; months used)',
      ]);
    }
  });

  it('the store starts from the kept parts and shows a typed notice', () => {
    const store = createAppStore({
      storage: storageWith({ ...GOOD, situation: { ...GOOD.situation, years: { 'medical-coder': 99 } } }),
    });
    const { view, notices } = store.getState();
    expect(view.situation.holds).toEqual(GOOD.situation.holds);
    expect(view.situation.years).toEqual({});
    expect(view.situation.region).toBe('NJ');
    expect([view.goal, view.by]).toEqual(['rhia', 'cost']);
    expect(notices.map((n) => n.notice)).toEqual([
      {
        kind: 'stored-partial',
        dropped: ['years for "medical-coder" 99 (Too big: expected number to be <=80)'],
      },
    ]);
  });

  it('text that is not JSON, or not an object, is kept aside, never deleted', () => {
    for (const text of ['{"version":1,', '[1,2]', 'null', '"x"']) {
      const storage = storageWith(text);
      const r = loadStored(storage);
      expect(r.kind).toBe('unreadable');
      expect(storage.data.get(STORAGE_KEY)).toBe(text);
      expect(storage.data.get(UNREADABLE_KEY)).toBe(text);
    }
  });

  it('keeps prototype-like keys as plain data: years for "constructor" and "__proto__"', () => {
    const r = parseStored(
      '{"situation":{"holds":["constructor","__proto__"],"years":{"constructor":2,"__proto__":3}},"goal":"toString","by":"months"}',
    );
    if (r.kind !== 'ok') throw new Error(`expected ok, got ${r.kind}`);
    expect(r.value.situation.holds).toEqual(['constructor', '__proto__']);
    expect(Object.hasOwn(r.value.situation.years, '__proto__')).toBe(true);
    expect(Object.getPrototypeOf(r.value.situation.years)).toBe(Object.prototype);
    expect(Object.entries(r.value.situation.years)).toEqual([
      ['constructor', 2],
      ['__proto__', 3],
    ]);
  });
});
