// @vitest-environment jsdom
// Lengths and fees no source gives are said to be unknown everywhere a plan is shown: the plan
// panel, text view, handout, presentation captions and compare rows (they count as 0 in totals).
import { act } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { describeMonths } from '../../src/present/format/duration';
import { compareRows } from '../../src/view/compare/compare-rows';
import { buildHandoutData } from '../../src/view/handout/handout-data';
import { DetailsPanel } from '../../src/view/panels/DetailsPanel';
import { PlanPanel } from '../../src/view/panels/PlanPanel';
import { buildSlides } from '../../src/view/presentation/slides';
import { builtinPlans, builtinStore } from './builtin-helpers';
import { type Rendered, render, squash } from './explorer-helpers';

let shown: Rendered | null = null;
afterEach(() => {
  shown?.unmount();
  shown = null;
});

describe('describeMonths', () => {
  it('adds the unknown lengths to the known months', () => {
    expect(describeMonths(51, 1)).toBe('4 yr 3 mo + 1 length not known');
    expect(describeMonths(51, 2)).toBe('4 yr 3 mo + 2 lengths not known');
    expect(describeMonths(0, 1)).toBe('length not known');
    expect(describeMonths(0, 2)).toBe('2 lengths not known');
    expect(describeMonths(0, 0)).toBe('at once');
    expect(describeMonths(6, 0)).toBe('6 mo');
  });
});

describe('plan panel (bachelor’s held, goal RHIA: post-bacc certificate of unknown length and fee)', () => {
  it('says the length and fees are not known in the totals and the step', () => {
    const store = builtinStore();
    shown = render(store, <PlanPanel />);
    act(() => {
      store.getState().addHeld('bachelor-any');
      store.getState().setGoal('rhia');
    });
    const totals = squash(shown.container.querySelector('.totals')?.textContent);
    expect(totals).toContain('3 mo + 1 length not known');
    expect(totals).toContain('2 fees not known');
    const steps = [...shown.container.querySelectorAll('.steps > li .step-facts')].map((e) =>
      squash(e.textContent),
    );
    expect(steps[0]).toBe('length not known · fee not known · from month 0');
    const tab = squash(shown.container.querySelector('[role="tab"] .tab-sub')?.textContent);
    expect(tab).toBe('3 mo + 1 length not known');
  });
});

describe('details', () => {
  it('says a node’s length is not known instead of “no time”', () => {
    const store = builtinStore();
    shown = render(store, <DetailsPanel />);
    act(() => store.getState().select('post-bacc-him-certificate'));
    const dts = [...shown.container.querySelectorAll('dt')];
    const obtain = dts.find((d) => d.textContent === 'To obtain')?.nextElementSibling?.textContent;
    expect(squash(obtain)).toBe('length not known, fee not known');
  });
});

describe('handout, slides and compare', () => {
  it('handout (RHIA via the RHIT and the progression bachelor, by cost) gives the unknown fees in the steps and the total', () => {
    const { graph, result } = builtinPlans(['high-school-diploma'], 'rhia', 'cost');
    const out = buildHandoutData({
      graph,
      situation: { holds: ['high-school-diploma'] },
      result,
      index: 0,
      date: new Date(0),
    });
    if (out.kind !== 'handout') throw new Error(out.reason);
    expect(out.data.steps.map((s) => s.id)).toEqual([
      'associate-him',
      'rhit',
      'bachelor-him-progression',
      'rhia',
    ]);
    expect(out.data.steps[1]?.cost).toBe('fee not known');
    expect(out.data.steps[3]?.cost).toBe('fee not known');
    expect(out.data.totals.cost).toBe('$31,320 + 2 fees not known');
    const post = buildHandoutData({
      graph,
      situation: { holds: ['high-school-diploma'] },
      result,
      index: 2,
      date: new Date(0),
    });
    if (post.kind !== 'handout') throw new Error(post.reason);
    expect(post.data.steps[1]).toMatchObject({
      duration: 'length not known',
      cost: 'fee not known',
      when: 'from month 48',
    });
    expect(post.data.totals.months).toBe('4 yr 3 mo + 1 length not known');
  });

  it('slides say the unknown length and fee', () => {
    const { graph, result } = builtinPlans(['bachelor-any'], 'rhia');
    const plan = result.plans[0];
    if (!plan) throw new Error('no plan');
    const slides = buildSlides(graph, 'rhia', plan, { holds: ['bachelor-any'] });
    const line = (i: number, label: string) => slides[i]?.lines.find((l) => l.label === label)?.text;
    expect(line(0, 'Takes')).toBe('3 mo + 1 length not known');
    expect(line(0, 'Costs')).toBe('2 fees not known');
    expect(line(1, 'How long')).toBe('length not known (from month 0)');
    expect(line(1, 'Cost')).toBe('fee not known');
  });

  it('compare rows give each plan’s unknown fees and lengths', () => {
    const { graph, result } = builtinPlans(['high-school-diploma'], 'rhia', 'cost');
    const rows = compareRows(
      graph,
      // The cheapest plan (two fees unknown) beside the one whose certificate has no known length.
      [result.plans[0], result.plans[2]].map((plan, i) => {
        if (!plan) throw new Error('no plan');
        return { title: `Plan ${i + 1}`, goal: 'rhia', plan };
      }),
    );
    const cells = (key: string) =>
      rows
        .find((r) => r.key === key)
        ?.cells.map((c) => (c.kind === 'steps' || c.kind === 'list' ? c.items.join() : c.text));
    expect(cells('cost')).toEqual(['$31,320 + 2 fees not known', '$46,440 + 2 fees not known']);
    expect(cells('months')).toEqual(['4 yr 5 mo', '4 yr 3 mo + 1 length not known']);
  });
});
