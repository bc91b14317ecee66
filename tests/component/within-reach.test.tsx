// @vitest-environment jsdom
// "What can I reach within N months?" in the next-steps panel: the domain's withinReach answer for
// the app's situation, listed in its order, and following the months typed.
import { act } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { withinReach } from '../../src/domain/planner/index';
import { NextSteps } from '../../src/view/panels/NextSteps';
import { builtin, builtinStore } from './builtin-helpers';
import { byLabel, change, type Rendered, render } from './explorer-helpers';

let shown: Rendered | null = null;
afterEach(() => {
  shown?.unmount();
  shown = null;
});

describe('within reach', () => {
  it('lists what withinReach finds for the months chosen', () => {
    const store = builtinStore();
    shown = render(store, <NextSteps />);
    act(() => store.getState().addHeld('high-school-diploma'));
    const { graph } = builtin();
    const labels = (months: number) =>
      withinReach(graph, { holds: ['high-school-diploma'], years: {} }, months).map((i) =>
        graph.getNodeAttribute(i.id, 'label'),
      );
    const shownLabels = () =>
      [...(shown?.container.querySelectorAll('.within-list > li button') ?? [])].map((b) => b.textContent);
    expect(labels(12).length).toBeGreaterThan(0);
    expect(shownLabels()).toEqual(labels(12));
    act(() =>
      change(
        byLabel<HTMLInputElement>(shown?.container as HTMLElement, 'What can I reach within (months)'),
        '30',
      ),
    );
    expect(labels(30).length).toBeGreaterThan(labels(12).length);
    expect(shownLabels()).toEqual(labels(30));
    act(() =>
      change(
        byLabel<HTMLInputElement>(shown?.container as HTMLElement, 'What can I reach within (months)'),
        '0',
      ),
    );
    expect(shownLabels()).toEqual(labels(0));
  });
});
