// The explorer store: one serialisable view state, versioned local storage that survives bad
// stored data, ids the graph no longer has, and the plan derived from the question.
import { describe, expect, it } from 'vitest';
import { selectNextSteps, selectPlanView } from '../../src/state/derive';
import { describeNotice } from '../../src/state/notices';
import { loadStored, STORAGE_KEY, UNREADABLE_KEY } from '../../src/state/persist';
import { createAppStore } from '../../src/state/store';
import { viewStateSchema } from '../../src/state/view-state-schema';
import { fixtureGraph, memoryStorage, readyStore } from './explorer-helpers';

const MANAGER = 'medical-and-health-services-manager';

describe('view state', () => {
  it('is one plain object that survives JSON and matches its schema', () => {
    const store = readyStore();
    const s = store.getState();
    s.addHeld('medical-records-technician');
    s.setYears('medical-records-technician', 2);
    s.setRegion('NJ');
    s.setGoal(MANAGER);
    s.setObjective('cost');
    s.select('rhia');
    s.setMode('text');
    s.toggleKind('license');
    const view = store.getState().view;
    expect(JSON.parse(JSON.stringify(view))).toEqual(view);
    expect(viewStateSchema.parse(view)).toEqual(view);
    expect(view).toEqual({
      situation: {
        holds: ['medical-records-technician'],
        years: { 'medical-records-technician': 2 },
        region: 'NJ',
      },
      goal: MANAGER,
      by: 'cost',
      selected: 'rhia',
      alternative: 0,
      mode: 'text',
      hiddenKinds: ['license'],
    });
  });

  it('clears the region, removes held items with their years, and clamps years', () => {
    const store = readyStore();
    const s = store.getState();
    s.addHeld('medical-coder');
    s.setYears('medical-coder', 200);
    expect(store.getState().view.situation.years).toEqual({ 'medical-coder': 80 });
    s.setRegion('NJ');
    s.setRegion(null);
    expect(store.getState().view.situation).toEqual({
      holds: ['medical-coder'],
      years: { 'medical-coder': 80 },
    });
    s.removeHeld('medical-coder');
    expect(store.getState().view.situation).toEqual({ holds: [], years: {} });
  });
});

describe('local storage', () => {
  it('saves the situation, goal and objective under a versioned key and restores them', () => {
    const storage = memoryStorage();
    const store = readyStore(storage);
    store.getState().addHeld('high-school-diploma');
    store.getState().setGoal('rhia');
    store.getState().select('cca');
    expect(JSON.parse(storage.data.get(STORAGE_KEY) ?? '')).toEqual({
      version: 1,
      situation: { holds: ['high-school-diploma'], years: {} },
      goal: 'rhia',
      by: 'months',
    });
    const again = createAppStore({ storage });
    expect(again.getState().view.goal).toBe('rhia');
    expect(again.getState().view.situation.holds).toEqual(['high-school-diploma']);
    expect(again.getState().view.selected).toBeNull();
  });

  it.each([
    ['{"version":1,"situation":', 'it is not valid JSON'],
    ['[1,2]', 'the top level'],
  ])(
    'unreadable stored state %s gives a message naming %s and the defaults, and is kept aside',
    (text, where) => {
      const storage = memoryStorage({ [STORAGE_KEY]: text });
      const store = createAppStore({ storage });
      const { notices, view } = store.getState();
      expect(notices).toHaveLength(1);
      const words = notices[0] ? describeNotice(notices[0].notice) : '';
      expect(words).toContain('Your saved situation could not be read (');
      expect(words).toContain(where);
      expect(view.goal).toBeNull();
      expect(view.situation).toEqual({ holds: [], years: {} });
      expect(storage.data.get(UNREADABLE_KEY)).toBe(text);
    },
  );

  it('a stored state of another version is read field by field, not deleted', () => {
    const text = '{"version":2,"situation":{"holds":["rhit"],"years":{}},"goal":"rhia","by":"cost"}';
    const storage = memoryStorage({ [STORAGE_KEY]: text });
    const store = readyStore(storage);
    expect(store.getState().notices).toEqual([]);
    expect(store.getState().view.situation.holds).toEqual(['rhit']);
    expect([store.getState().view.goal, store.getState().view.by]).toEqual(['rhia', 'cost']);
    expect(storage.data.get(STORAGE_KEY)).toBe(text);
  });

  it('storage that throws is treated as no storage', () => {
    const throwing = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('denied');
      },
      removeItem: () => {
        throw new Error('denied');
      },
    };
    expect(loadStored(throwing)).toEqual({ kind: 'none' });
    const store = createAppStore({ storage: throwing });
    expect(() => store.getState().setGoal('rhia')).not.toThrow();
  });

  it('drops saved ids the graph does not know, and says so', () => {
    const storage = memoryStorage({
      [STORAGE_KEY]: JSON.stringify({
        version: 1,
        situation: { holds: ['medical-coder', 'gone-role'], years: { 'gone-role': 3, 'medical-coder': 1 } },
        goal: 'gone-goal',
        by: 'steps',
      }),
    });
    const store = readyStore(storage);
    const { view, notices } = store.getState();
    expect(view.situation).toEqual({ holds: ['medical-coder'], years: { 'medical-coder': 1 } });
    expect(view.goal).toBeNull();
    expect(view.by).toBe('steps');
    expect(notices.map((n) => describeNotice(n.notice))).toEqual([
      'Some saved items are no longer in this career graph and were left out: gone-role, gone-goal.',
    ]);
  });
});

describe('derived answers', () => {
  it('has a face for every state: no data, no goal, already held, plan, unreachable', () => {
    const store = createAppStore();
    expect(selectPlanView(store.getState())).toEqual({ kind: 'no-data' });
    const { file, graph } = fixtureGraph();
    store.getState().setGraph(file, graph);
    expect(selectPlanView(store.getState())).toEqual({ kind: 'no-goal' });
    store.getState().addHeld('rhit');
    store.getState().setGoal('rhit');
    expect(selectPlanView(store.getState())).toEqual({ kind: 'already-held', goal: 'rhit' });
    store.getState().setRegion('NJ');
    store.getState().setGoal('cancer-registrar-license');
    const unreachable = selectPlanView(store.getState());
    expect(unreachable.kind).toBe('unreachable');
    if (unreachable.kind === 'unreachable')
      expect(unreachable.result.blockers.map((b) => b.why)).toEqual(['region']);
  });

  it('follows the objective and the chosen alternative', () => {
    const store = readyStore();
    store.getState().addHeld('high-school-diploma');
    store.getState().setGoal('office-manager');
    const ids = () => {
      const v = selectPlanView(store.getState());
      return v.kind === 'plan' ? v.plan.steps.map((s) => s.id) : [];
    };
    expect(ids()).toEqual(['cpc', 'medical-coder', 'office-manager']);
    store.getState().setObjective('cost');
    expect(ids()).toEqual(['cca', 'medical-coder', 'office-manager']);
    store.getState().setAlternative(1);
    expect(ids()).toEqual(['cpc', 'medical-coder', 'office-manager']);
    // A new question starts again from the best plan.
    store.getState().setObjective('months');
    expect(store.getState().view.alternative).toBe(0);
    expect(selectPlanView(store.getState())).toBe(selectPlanView(store.getState()));
  });

  it('lists what can be obtained now, quickest first', () => {
    const store = readyStore();
    store.getState().addHeld('high-school-diploma');
    expect(selectNextSteps(store.getState())?.map((i) => i.id)).toEqual([
      'medical-records-technician',
      'cpc',
      'cca',
      'associate-him',
      'bachelor-him',
    ]);
  });
});
