// @vitest-environment jsdom
// The plan's salary change uses the planner's national figures (one basis) with each figure's
// source; regional figures appear only beside it. Years with their own parentheses never nest.
import { act } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { describeSalary } from '../../src/view/format/salary';
import { PlanPanel } from '../../src/view/panels/PlanPanel';
import { builtinStore } from './builtin-helpers';
import { type Rendered, render, squash } from './explorer-helpers';

let shown: Rendered | null = null;
afterEach(() => {
  shown?.unmount();
  shown = null;
});

describe('salary basis', () => {
  it('flattens a year with parentheses and names the source', () => {
    const s = { amount: 40000, figure: 'mean' as const, year: 'undated (retrieved 2026)', source: 'z' };
    expect(describeSalary(s, 'USD')).toBe('$40,000 a year (mean, undated, retrieved 2026)');
    expect(describeSalary(s, 'USD', { z: { title: 'Zippia: a page' } })).toBe(
      '$40,000 a year (mean, undated, retrieved 2026, Zippia)',
    );
  });

  it('with region NJ the change is national minus national; NJ figures only beside it', () => {
    const store = builtinStore();
    shown = render(store, <PlanPanel />);
    act(() => {
      store.getState().addHeld('high-school-diploma');
      store.getState().addHeld('medical-records-technician');
      store.getState().setRegion('NJ');
      store.getState().setGoal('medical-and-health-services-manager');
    });
    const change = squash(shown.container.querySelector('.salary-change')?.textContent);
    expect(change).toMatch(
      /^Salary: \$50,250 a year \(median, May 2024, .+\) as .+ → \$117,960 a year \(median, May 2024, .+\) as .+ \(\+\$67,710 a year\)$/,
    );
    expect(squash(shown.container.querySelector('.salary-regional')?.textContent)).toMatch(
      /^In NJ: \$48,243 a year \(mean, undated, retrieved 2026, Zippia\) as [^;]+$/,
    );
  });
});
