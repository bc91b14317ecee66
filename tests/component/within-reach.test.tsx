// @vitest-environment jsdom
// "What can I reach within N months?" in the next-steps panel: the domain's withinReach answer for
// the app's situation, listed in its order, and following the months typed.
import { act } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { withinReach } from '../../src/domain/planner/index';
import { NextSteps, SHOWN_FIRST } from '../../src/view/panels/NextSteps';
import { builtin, renderBuiltin, unmountBuiltin } from './builtin-helpers';
import { byLabel, change } from './explorer-helpers';

afterEach(unmountBuiltin);

describe('within reach', () => {
  it('lists what withinReach finds for the months chosen', () => {
    const { container } = renderBuiltin(<NextSteps />, { holds: ['high-school-diploma'] });
    const { graph } = builtin();
    // What no source says who may obtain comes after the rest, in its own list, never as open.
    const labels = (months: number) => {
      const items = withinReach(graph, { holds: ['high-school-diploma'], years: {} }, months);
      return [
        ...items.filter((i) => !i.eligibilityUnknown),
        ...items.filter((i) => i.eligibilityUnknown),
      ].map((i) => graph.getNodeAttribute(i.id, 'label'));
    };
    const unsure = () =>
      [...container.querySelectorAll('.eligibility-unknown-list > li button')].map((b) => b.textContent);
    const shownLabels = () =>
      [...container.querySelectorAll('.within-list > li button')].map((b) => b.textContent);
    expect(labels(12).length).toBeGreaterThan(0);
    // The first few until asked for all (NextSteps.tsx SHOWN_FIRST).
    expect(shownLabels()).toEqual(labels(12).slice(0, SHOWN_FIRST));
    const showAll = [...container.querySelectorAll<HTMLButtonElement>('.within-reach button.show-all')];
    expect(showAll.map((b) => b.textContent)).toEqual([`Show all ${labels(12).length}`]);
    act(() => showAll[0]?.click());
    expect(shownLabels()).toEqual(labels(12));
    act(() => change(byLabel<HTMLInputElement>(container, 'What can I reach within (months)'), '30'));
    expect(labels(30).length).toBeGreaterThan(labels(12).length);
    expect(shownLabels()).toEqual(labels(30));
    expect(unsure()).toContain('Certified Documentation Integrity Practitioner (CDIP)');
    act(() => change(byLabel<HTMLInputElement>(container, 'What can I reach within (months)'), '0'));
    expect(shownLabels()).toEqual(labels(0));
  });
});
