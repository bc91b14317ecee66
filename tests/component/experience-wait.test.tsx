// @vitest-environment jsdom
// Years of experience explained in the plan: a step that waits for years in a role says so, and
// the timeline draws the waiting years; axis labels are spaced so they never run together.
import { act } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { PlanPanel } from '../../src/view/panels/PlanPanel';
import { timelineTicks } from '../../src/view/panels/PlanTimeline';
import { builtinStore } from './builtin-helpers';
import { type Rendered, render, squash } from './explorer-helpers';

let shown: Rendered | null = null;
afterEach(() => {
  shown?.unmount();
  shown = null;
});

describe('experience waits', () => {
  it('biller with 2 yr → office manager: says it needs 3 yr as medical biller, 1 more, and draws it', () => {
    const store = builtinStore();
    shown = render(store, <PlanPanel />);
    act(() => {
      store.getState().addHeld('medical-biller');
      store.getState().setYears('medical-biller', 2);
      store.getState().setGoal('office-manager');
    });
    const facts = squash(shown.container.querySelector('.steps > li .step-facts')?.textContent);
    expect(facts).toBe('reached at month 12');
    expect(squash(shown.container.querySelector('.experience-wait')?.textContent)).toBe(
      'Needs 3 yr as Medical biller: you have 2 yr, 1 yr more',
    );
    // The bar shows the short form (a narrow bar cut "2 yr more as Medical re…"); the role is read out.
    const bar = shown.container.querySelector('.timeline-wait');
    expect(squash(bar?.querySelector('[aria-hidden="true"]')?.textContent)).toBe('1 yr more');
    expect(squash(bar?.querySelector('.visually-hidden')?.textContent)).toBe('1 yr more as Medical biller');
    expect(bar?.getAttribute('title')).toBe('1 yr more as Medical biller');
  });

  it('a role a later step needs years in shows “3 yr in the role” on the timeline', () => {
    const store = builtinStore();
    shown = render(store, <PlanPanel />);
    act(() => {
      store.getState().addHeld('high-school-diploma');
      store.getState().setGoal('office-manager');
    });
    const work = [...shown.container.querySelectorAll('.timeline-work')].map((e) => squash(e.textContent));
    expect(work).toContain('then 3 yr in the role');
    // The years after the last step are the plan's own last item.
    const last = squash(shown.container.querySelector('.plan-body .final-wait, .final-wait')?.textContent);
    expect(last).toMatch(
      /^Then keep working as .+ for 3 more years \(months \d+–\d+\); then Medical office manager opens$/,
    );
  });

  it('technician with 2 yr → manager: the 4-year need and the 2 years still to work are said', () => {
    const store = builtinStore();
    shown = render(store, <PlanPanel />);
    act(() => {
      store.getState().addHeld('high-school-diploma');
      store.getState().addHeld('medical-records-technician');
      store.getState().setYears('medical-records-technician', 2);
      store.getState().setGoal('medical-and-health-services-manager');
    });
    const waits = [...shown.container.querySelectorAll('.experience-wait')].map((e) => squash(e.textContent));
    expect(waits).toContain('Needs 4 yr as Medical records technician: you have 2 yr, 2 yr more');
    const assumptions = squash(shown.container.querySelector('.assumptions')?.textContent);
    expect(assumptions).toContain('Work and study run side by side');
  });

  it('axis ticks stay at most four', () => {
    expect(timelineTicks(12)).toEqual([0, 12]);
    expect(timelineTicks(36)).toEqual([0, 12, 24, 36]);
    expect(timelineTicks(51)).toEqual([0, 24, 48]);
    expect(timelineTicks(120)).toEqual([0, 60, 120]);
  });
});
