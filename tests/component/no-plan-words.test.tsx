// @vitest-environment jsdom
// Where there is no plan, the panel and the text view say why in the same words, once: the text
// view said "choose a goal" for a goal already held, and the panel said "No plan reaches X:" before
// a reason that starts "No plan reaches X.", then listed the same blockers again.
import { act } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { PlanPanel } from '../../src/view/panels/PlanPanel';
import { TextView } from '../../src/view/text/TextView';
import { type Rendered, readyStore, render, squash } from './explorer-helpers';

let shown: Rendered | null = null;
afterEach(() => {
  shown?.unmount();
  shown = null;
});

function saidBy(store: ReturnType<typeof readyStore>): { panel: string; text: string } {
  shown = render(store, <PlanPanel />);
  const panel = squash(shown.container.querySelector('.plan .problem, .plan .empty')?.textContent);
  shown.unmount();
  shown = render(store, <TextView />);
  const text = squash(shown.container.querySelector('.text-view > .empty')?.textContent);
  shown.unmount();
  shown = null;
  return { panel, text };
}

describe('no plan, said once and alike', () => {
  it('a goal already held', () => {
    const store = readyStore();
    act(() => {
      store.getState().addHeld('cca');
      store.getState().setGoal('cca');
    });
    const { panel, text } = saidBy(store);
    expect(panel).toBe(
      'You already have Certified Coding Associate (CCA): nothing more to do for this goal.',
    );
    expect(text).toBe(panel);
  });

  it('an unreachable goal', () => {
    const store = readyStore();
    act(() => {
      store.getState().setRegion('NJ');
      store.getState().setGoal('cancer-registrar-license');
    });
    const { panel, text } = saidBy(store);
    expect(panel.startsWith('No plan reaches Cancer registrar license.')).toBe(true);
    expect(panel.split('No plan reaches').length - 1).toBe(1);
    expect(panel.split('offered only in: CA').length - 1).toBe(1);
    expect(text).toBe(panel);
  });
});
