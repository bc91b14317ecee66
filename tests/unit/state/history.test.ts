// History: the person's meaningful changes push entries (goal, situation, objective, alternative),
// typing in one field does not flood history, looking around only rewrites the address, and
// Back/Forward put each entry's view back (and the saved situation follows in the person's own view).

import { describe, expect, it } from 'vitest';
import { buildCareerGraph } from '../../../src/domain/career-graph';
import { historyKey } from '../../../src/state/address-sync';
import { STORAGE_KEY } from '../../../src/state/persist';
import { DEFAULT_VIEW_STATE } from '../../../src/state/view-state';
import { memoryStorage, openApp, SMALL } from './state-helpers';

describe('history entries', () => {
  it('a goal, a held item, the objective and an alternative each push; selection and mode do not', () => {
    const { store, bar } = openApp({ storage: memoryStorage() });
    const s = store.getState();
    s.setGoal('rhia');
    s.addHeld('high-school-diploma');
    s.setObjective('cost');
    s.setAlternative(1);
    s.select('cca');
    s.setMode('text');
    s.toggleKind('license');
    expect(bar.entries).toEqual([
      '',
      '?goal=rhia',
      '?goal=rhia&holds=high-school-diploma',
      '?goal=rhia&holds=high-school-diploma&by=cost',
      '?goal=rhia&holds=high-school-diploma&by=cost&alt=1&node=cca',
    ]);
  });

  it('typing years ("1", "12", "1") is one entry; the next field starts a new one', () => {
    const { store, bar } = openApp({ storage: memoryStorage() });
    const s = store.getState();
    s.addHeld('medical-coder');
    for (const y of [1, 12, 1]) s.setYears('medical-coder', y);
    s.addHeld('rhit');
    s.setYears('rhit', 2);
    s.setYears('rhit', 3);
    expect(bar.entries).toEqual([
      '',
      '?holds=medical-coder',
      '?holds=medical-coder&years=medical-coder:1',
      '?holds=medical-coder,rhit&years=medical-coder:1',
      '?holds=medical-coder,rhit&years=medical-coder:1,rhit:3',
    ]);
  });

  it('Back after changing the goal shows the previous goal; Forward shows the new one again', () => {
    const storage = memoryStorage();
    const { store, bar } = openApp({ storage });
    store.getState().setGoal('rhia');
    store.getState().setGoal('cca');
    bar.back();
    expect(store.getState().view.goal).toBe('rhia');
    expect(JSON.parse(storage.data.get(STORAGE_KEY) ?? '').goal).toBe('rhia');
    bar.back();
    expect(store.getState().view.goal).toBeNull();
    bar.forward();
    bar.forward();
    expect(store.getState().view.goal).toBe('cca');
    // Going back adds no entries of its own.
    expect(bar.entries).toEqual(['', '?goal=rhia', '?goal=cca']);
  });

  it('Back keeps the view mode and filters, which the address does not carry', () => {
    const { store, bar } = openApp({ storage: memoryStorage() });
    store.getState().setGoal('rhia');
    store.getState().setMode('text');
    store.getState().toggleKind('license');
    bar.back();
    expect(store.getState().view.goal).toBeNull();
    expect(store.getState().view.mode).toBe('text');
    expect(store.getState().view.hiddenKinds).toEqual(['license']);
  });

  it("Back within a link's view does not make it saved", () => {
    const storage = memoryStorage();
    const { store, bar } = openApp({ storage, search: '?goal=rhia' });
    store.getState().select('cca');
    store.getState().setAlternative(1);
    bar.back();
    expect(store.getState().origin).toBe('link');
    expect(storage.data.has(STORAGE_KEY)).toBe(false);
  });

  it('after "Back to my saved situation", Back to the link\'s view does not make it the saved one', () => {
    const own =
      '{"version":1,"situation":{"holds":["cpc"],"years":{}},"goal":"office-manager","by":"months"}';
    const storage = memoryStorage({ [STORAGE_KEY]: own });
    const { store, bar } = openApp({ storage, search: '?goal=rhia' });
    store.getState().backToSaved();
    expect(store.getState().view.goal).toBe('office-manager');
    bar.back();
    expect(store.getState().view.goal).toBe('rhia');
    expect(store.getState().origin).toBe('link');
    expect(storage.data.get(STORAGE_KEY)).toBe(own);
    bar.forward();
    expect(store.getState().origin).toBe('own');
    expect(store.getState().view.goal).toBe('office-manager');
  });

  it('a new graph that leaves the address as it is adds no entry of its own; later changes still push', () => {
    const { store, bar } = openApp({ storage: memoryStorage() });
    store.getState().setGoal('rhia');
    const other = { ...SMALL, graph: buildCareerGraph(SMALL.file) };
    store.getState().setGraph(other.file, other.graph);
    store.getState().setGoal('cca');
    expect(bar.entries).toEqual(['', '?goal=rhia', '?goal=cca']);
    store.getState().setGoal('rhit');
    expect(bar.entries).toHaveLength(4);
  });

  it('historyKey: years edits of one role share a key, anything else gets its own', () => {
    const a = { ...DEFAULT_VIEW_STATE, situation: { holds: ['x'], years: { x: 1 } } };
    const b = { ...a, situation: { holds: ['x'], years: { x: 2 } } };
    const c = { ...a, situation: { holds: ['x'], years: { x: 3 } } };
    expect(historyKey(a, b)).toBe(historyKey(b, c));
    expect(historyKey(a, b)).toBe('years ["x"]');
    expect(historyKey(a, { ...a, goal: 'x', by: 'cost' })).toBe('goal|by');
    expect(historyKey(a, { ...a, selected: 'x', mode: 'text' })).toBeNull();
  });
});
