// @vitest-environment jsdom
// The printed page when there is no plan: it reads the app's goal from the store, so a goal
// already held says so instead of "choose a goal".
import { act } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { PrintHandout } from '../../src/view/handout/Handout';
import { fixtureGraph, type Rendered, readyStore, render } from './explorer-helpers';

let shown: Rendered | null = null;
afterEach(() => {
  shown?.unmount();
  shown = null;
});

describe('handout without a plan', () => {
  it('says the goal is already held, then what to do once the goal is cleared', () => {
    const store = readyStore();
    const { graph } = fixtureGraph();
    act(() => {
      store.getState().addHeld('office-manager');
      store.getState().setGoal('office-manager');
    });
    shown = render(
      store,
      <PrintHandout graph={graph} situation={{ holds: ['office-manager'] }} result={null} index={0} />,
    );
    const page = () => document.querySelector('.handout-root p')?.textContent;
    expect(page()).toMatch(/^You already hold .+, so there are no steps to print\./);
    act(() => store.getState().setGoal(null));
    expect(page()).toBe(
      'No plan to print yet. Choose a goal in \u201cYour situation and goal\u201d (or try the example there); the handout then prints the plan to it.',
    );
  });
});
