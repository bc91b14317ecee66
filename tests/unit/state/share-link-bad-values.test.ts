// Link values that parse but mean nothing here: a region no data uses and an alternative beyond
// the plans there are. Both are dropped or clamped with a notice naming them, and the address is
// rewritten so a copied link never carries them on.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildCareerGraph } from '../../../src/domain/career-graph';
import type { CareerGraphFile } from '../../../src/domain/types';
import { selectPlanView } from '../../../src/state/derive';
import { describeNotice } from '../../../src/state/notices';
import { knownRegions } from '../../../src/state/regions';
import { parseShareQuery, resolveShareLink } from '../../../src/state/share-link';
import { createAppStore } from '../../../src/state/store';
import { DEFAULT_VIEW_STATE } from '../../../src/state/view-state';
import { memoryStorage, openApp } from './state-helpers';

const BUILTIN = 'graph-data/health-information.json';
const file = JSON.parse(readFileSync(BUILTIN, 'utf8')) as CareerGraphFile;
const graph = buildCareerGraph(file);

function open(search: string) {
  const { store, bar } = openApp({ storage: memoryStorage(), search, loaded: { file, graph } });
  const texts = () =>
    store
      .getState()
      .notices.filter((n) => n.notice.kind !== 'link-shown')
      .map((n) => describeNotice(n.notice));
  return { store, address: bar.address, texts };
}

describe('bad link values', () => {
  it('knows the regions the built-in data uses', () => {
    expect([...knownRegions(graph)].sort()).toEqual(['DE', 'NJ', 'NV', 'NY', 'PA']);
  });

  it('drops a region no data uses, names it in the notice and leaves it out of the address', () => {
    const { store, address, texts } = open('?goal=rhia&holds=high-school-diploma&region=ZZ');
    expect(store.getState().view.situation).toEqual({ holds: ['high-school-diploma'], years: {} });
    expect(texts()).toEqual([
      'This link had parts that could not be used, so they were ignored: region "ZZ" (no regional figures in this career graph; national figures are shown). The rest of the link was applied.',
    ]);
    expect(address.location.search).toBe('?goal=rhia&holds=high-school-diploma');
  });

  it('keeps a region the data uses', () => {
    const { store, address, texts } = open('?goal=rhia&holds=high-school-diploma&region=NJ');
    expect(store.getState().view.situation.region).toBe('NJ');
    expect(texts()).toEqual([]);
    expect(address.location.search).toBe('?goal=rhia&holds=high-school-diploma&region=NJ');
  });

  it('resolveShareLink names an unknown region when given the known ones', () => {
    const parsed = parseShareQuery('?region=ZZ');
    if (parsed.kind !== 'link') throw new Error('expected a link');
    const regions = knownRegions(graph);
    const r = resolveShareLink(
      parsed.link,
      DEFAULT_VIEW_STATE,
      (id) => graph.hasNode(id),
      (x) => regions.has(x),
    );
    expect(r.view.situation.region).toBeUndefined();
    expect(r.ignored).toEqual([
      'region "ZZ" (no regional figures in this career graph; national figures are shown)',
    ]);
  });

  it('clamps alt beyond the plans, says so and rewrites the address', () => {
    const { store, address, texts } = open('?goal=rhia&holds=high-school-diploma&alt=7');
    const view = selectPlanView(store.getState());
    if (view.kind !== 'plan') throw new Error('expected a plan');
    const count = view.result.plans.length;
    expect(count).toBe(3);
    expect(store.getState().view.alternative).toBe(2);
    expect(view.index).toBe(2);
    expect(texts()).toEqual([
      'This link had parts that could not be used, so they were ignored: alt "7" (this goal has 3 plans, so plan 3 is shown). The rest of the link was applied.',
    ]);
    expect(address.location.search).toBe('?goal=rhia&holds=high-school-diploma&alt=2');
  });

  it('keeps an alt that exists', () => {
    const { store, address, texts } = open('?goal=rhia&holds=high-school-diploma&alt=1');
    expect(store.getState().view.alternative).toBe(1);
    expect(texts()).toEqual([]);
    expect(address.location.search).toBe('?goal=rhia&holds=high-school-diploma&alt=1');
  });

  it('drops a stored region no data uses when the graph arrives, with a notice', () => {
    const s = memoryStorage();
    s.setItem(
      'career-path-explorer:situation:v1',
      JSON.stringify({
        version: 1,
        situation: { holds: [], years: {}, region: 'ZZ' },
        goal: null,
        by: 'months',
      }),
    );
    const store = createAppStore({ storage: s });
    store.getState().setGraph(file, graph);
    expect(store.getState().view.situation.region).toBeUndefined();
    expect(store.getState().notices.map((n) => describeNotice(n.notice))).toEqual([
      'Some saved items are no longer in this career graph and were left out: region ZZ.',
    ]);
  });
});
