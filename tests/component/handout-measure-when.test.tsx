// @vitest-environment jsdom
// The hidden print handout measures itself (forced layouts, tens of ms on a real page) when the
// browser is idle or printing starts, never inside the commit that shows a new plan: the issue
// measured 176–328 ms of it on every goal change.
import { act } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { planCareer } from '../../src/domain/planner';
import { PrintHandout } from '../../src/view/handout/Handout';
import { AppStoreProvider } from '../../src/view/store-context';
import { fixtureGraph, type Rendered, readyStore, render } from './explorer-helpers';

let shown: Rendered | null = null;
let measured = 0;
let idle: (() => void)[] = [];
beforeEach(() => {
  measured = 0;
  idle = [];
  const real = HTMLElement.prototype.getBoundingClientRect;
  vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockImplementation(function (this: HTMLElement) {
    if (this.classList.contains('handout')) measured++;
    return real.call(this);
  });
  vi.stubGlobal('requestIdleCallback', (fn: () => void) => idle.push(fn));
  vi.stubGlobal('cancelIdleCallback', () => {});
});
afterEach(() => {
  shown?.unmount();
  shown = null;
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

describe('when the handout measures itself', () => {
  it('after a goal change only when idle, and at once when printing starts', () => {
    const store = readyStore();
    const { graph } = fixtureGraph();
    const goals = graph.filterNodes((_, a) => a.kind === 'role').slice(-2);
    const situation = { holds: [] };
    const props = (goal: string) => ({
      graph,
      situation,
      result: planCareer(graph, situation, goal, { by: 'months' }),
      index: 0,
      goal,
    });
    shown = render(store, <PrintHandout {...props(goals[0] as string)} />);
    expect(document.querySelector('.handout')).not.toBeNull();
    expect(measured).toBe(0);
    act(() => {
      for (const fn of idle.splice(0)) fn();
    });
    expect(measured).toBeGreaterThan(0);

    measured = 0;
    act(() =>
      shown?.root.render(
        <AppStoreProvider store={store}>
          <PrintHandout {...props(goals[1] as string)} />
        </AppStoreProvider>,
      ),
    );
    expect(measured, 'measured in the commit of the new plan').toBe(0);
    expect(idle.length).toBeGreaterThan(0);

    act(() => {
      window.dispatchEvent(new Event('beforeprint'));
    });
    expect(measured, 'printing starts: measured before the dialog').toBeGreaterThan(0);
  });
});
