// Tabs: a change in one tab appears in the others, and no tab drops what another added, even when
// both change the saved situation before hearing of each other (a three-way merge, field by field).

import { describe, expect, it } from 'vitest';
import { mergeStored } from '../../../src/state/merge';
import { STORAGE_KEY, type Stored, storedText } from '../../../src/state/persist';
import { noticeKinds, openApp, sharedStorage } from './state-helpers';

const saved = (s: ReturnType<typeof sharedStorage>): Stored => JSON.parse(s.data.get(STORAGE_KEY) ?? 'null');

function twoTabs(initial?: Stored) {
  const shared = sharedStorage(initial ? { [STORAGE_KEY]: storedText(initial) } : {});
  const one = shared.tab();
  const two = shared.tab();
  const a = openApp({ storage: one.storage, tabs: one.events });
  const b = openApp({ storage: two.storage, tabs: two.events });
  return { shared, a: { ...a, deliver: one.deliver }, b: { ...b, deliver: two.deliver } };
}

describe('tabs', () => {
  it('a change in one tab appears in the other, without a history entry there', () => {
    const { a, b } = twoTabs();
    a.store.getState().addHeld('high-school-diploma');
    a.store.getState().setGoal('rhia');
    b.deliver();
    expect(b.store.getState().view.situation.holds).toEqual(['high-school-diploma']);
    expect(b.store.getState().view.goal).toBe('rhia');
    expect(b.bar.entries).toEqual(['?goal=rhia&holds=high-school-diploma']);
  });

  it('two tabs adding different held items before hearing of each other both keep both', () => {
    const { shared, a, b } = twoTabs();
    a.store.getState().addHeld('rhit');
    b.store.getState().addHeld('cpc'); // b has not heard of rhit yet
    expect(saved(shared).situation.holds).toEqual(['rhit', 'cpc']);
    expect(b.store.getState().view.situation.holds).toEqual(['rhit', 'cpc']);
    a.deliver();
    b.deliver();
    expect(a.store.getState().view.situation.holds).toEqual(['rhit', 'cpc']);
    expect(b.store.getState().view.situation.holds).toEqual(['rhit', 'cpc']);
  });

  it('a removal in one tab and an addition in the other both hold', () => {
    const { shared, a, b } = twoTabs({
      situation: { holds: ['high-school-diploma', 'medical-coder'], years: { 'medical-coder': 2 } },
      goal: null,
      by: 'months',
    });
    a.store.getState().removeHeld('medical-coder');
    b.store.getState().addHeld('cpc');
    a.deliver();
    expect(saved(shared).situation).toEqual({ holds: ['high-school-diploma', 'cpc'], years: {} });
    expect(a.store.getState().view.situation).toEqual({ holds: ['high-school-diploma', 'cpc'], years: {} });
  });

  it("a link's tab is not changed by another tab, and 'Back' there returns the latest saved situation", () => {
    const shared = sharedStorage();
    const one = shared.tab();
    const two = shared.tab();
    const own = openApp({ storage: one.storage, tabs: one.events });
    const link = openApp({ storage: two.storage, tabs: two.events, search: '?goal=rhia' });
    own.store.getState().setGoal('cca');
    two.deliver();
    expect(link.store.getState().view.goal).toBe('rhia');
    link.store.getState().backToSaved();
    expect(link.store.getState().view.goal).toBe('cca');
  });
});

describe('tabs and a changed link view', () => {
  it('when another tab makes a changed link view the saved one, this tab follows and offers its earlier one', () => {
    const own = { situation: { holds: ['cpc'], years: {} }, goal: 'office-manager', by: 'months' as const };
    const shared = sharedStorage({ [STORAGE_KEY]: storedText(own) });
    const one = shared.tab();
    const two = shared.tab();
    const a = openApp({ storage: one.storage, tabs: one.events });
    const b = openApp({ storage: two.storage, tabs: two.events, search: '?goal=rhia' });
    b.store.getState().addHeld('high-school-diploma');
    one.deliver();
    expect(a.store.getState().view.goal).toBe('rhia');
    expect(noticeKinds(a.store)).toEqual(['earlier-kept']);
    a.store.getState().backToSaved();
    expect(a.store.getState().view.goal).toBe('office-manager');
    two.deliver();
    expect(b.store.getState().view.goal).toBe('office-manager');
    expect(noticeKinds(b.store)).toEqual([]);
  });
});

describe('mergeStored', () => {
  const base: Stored = { situation: { holds: ['a', 'b'], years: { b: 1 } }, goal: 'g', by: 'months' };
  it('unions additions, keeps removals, merges years per role, takes the side that changed a field', () => {
    const mine: Stored = { situation: { holds: ['a', 'c'], years: { c: 2 } }, goal: 'g', by: 'cost' };
    const theirs: Stored = {
      situation: { holds: ['a', 'b', 'd'], years: { b: 4, d: 1 } },
      goal: 'h',
      by: 'months',
    };
    expect(mergeStored(base, mine, theirs)).toEqual({
      situation: { holds: ['a', 'd', 'c'], years: { d: 1, c: 2 } },
      goal: 'h',
      by: 'cost',
    });
  });
  it('when both change the same field, this tab wins; unchanged sides change nothing', () => {
    const mine: Stored = { ...base, goal: 'mine' };
    expect(mergeStored(base, mine, { ...base, goal: 'theirs' }).goal).toBe('mine');
    expect(mergeStored(base, base, base)).toEqual(base);
    expect(mergeStored(base, mine, base)).toEqual(mine);
  });
});
