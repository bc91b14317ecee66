// @vitest-environment jsdom
// A step after one whose length no source gives (counted as 0 months) does not get a firm date:
// its months are "at the earliest", in the plan panel, text view, handout and slides alike. And a
// plan's tab shows the figure the plans are ranked by (cheapest: the cost, not the length); a
// step's "why" names a one-of group only when it reads in a line, not 300 characters of brackets.
import { act } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { MAX_GROUP_CHARS, presentPlan, stepsAfterUnknownLength } from '../../src/present/plan-model';
import { buildHandoutData } from '../../src/view/handout/handout-data';
import { PlanPanel } from '../../src/view/panels/PlanPanel';
import { TIMELINE_KEY } from '../../src/view/panels/PlanTimeline';
import { buildSlides } from '../../src/view/presentation/slides';
import { builtinPlans, renderBuiltin, unmountBuiltin } from './builtin-helpers';
import { squash } from './explorer-helpers';

afterEach(unmountBuiltin);

// Cancer registrar from a diploma, cheapest: plan 2 takes an associate degree in any field, then
// the registry certificate (length not known), then the ODS exam, then the role.
const HOLDS = ['high-school-diploma'];
const GOAL = 'cancer-registrar';

function certificatePlan() {
  const { graph, result } = builtinPlans(HOLDS, GOAL, 'cost');
  const index = result.plans.findIndex((p) => p.steps.some((s) => s.id === 'cancer-registry-certificate'));
  const plan = result.plans[index];
  if (!plan) throw new Error('no plan through the registry certificate');
  return { graph, result, index, plan };
}

describe('steps after a step of unknown length', () => {
  it('are exactly those that need it, directly or through another step', () => {
    const { plan } = certificatePlan();
    expect(plan.steps.map((s) => s.id)).toEqual([
      'associate-any',
      'cancer-registry-certificate',
      'ods',
      GOAL,
    ]);
    expect(plan.steps[1]?.unknown).toContain('months');
    expect([...stepsAfterUnknownLength(plan)].sort()).toEqual([GOAL, 'ods']);
  });

  it('say "at the earliest" in the plan panel; the steps before it keep their months', () => {
    const { index } = certificatePlan();
    const { store, container } = renderBuiltin(<PlanPanel />, { holds: HOLDS, goal: GOAL });
    act(() => {
      store.getState().setObjective('cost');
      store.getState().setAlternative(index);
    });
    const facts = [...container.querySelectorAll('.steps > li .step-facts')].map((e) =>
      squash(e.textContent),
    );
    expect(facts).toEqual([
      '2 yr · $8,100 · months 0–24',
      'length not known · fee not known · from month 24',
      '3 mo · $435 · months 24–27 at the earliest',
      'reached at month 27 at the earliest',
    ]);
  });

  it('are marked on the timeline by shape and words: an open bar, then hatched dashed bars', () => {
    const { index } = certificatePlan();
    const { store, container } = renderBuiltin(<PlanPanel />, { holds: HOLDS, goal: GOAL });
    act(() => {
      store.getState().setObjective('cost');
      store.getState().setAlternative(index);
    });
    const bars = [...container.querySelectorAll('.timeline-row .timeline-bar')];
    expect(bars.map((b) => b.className)).toEqual([
      'timeline-bar',
      'timeline-bar length-unknown',
      'timeline-bar after-unknown',
      'timeline-bar instant after-unknown',
    ]);
    expect(bars.map((b) => b.getAttribute('title'))).toEqual([
      null,
      'from month 24',
      'months 24–27 at the earliest',
      'month 27 at the earliest',
    ]);
    expect(squash(container.querySelector('.timeline-key')?.textContent)).toBe(TIMELINE_KEY);
    // The best plan has no unknown length: plain bars and no key.
    act(() => store.getState().setAlternative(0));
    expect(container.querySelector('.timeline .after-unknown, .timeline .length-unknown')).toBeNull();
    expect(container.querySelector('.timeline-key')).toBeNull();
  });

  it('say it on the handout and the slides too', () => {
    const { graph, result, index, plan } = certificatePlan();
    const out = buildHandoutData({ graph, situation: { holds: HOLDS }, result, index, date: new Date(0) });
    if (out.kind !== 'handout') throw new Error(out.reason);
    expect(out.data.steps.map((s) => s.when)).toEqual([
      'months 0–24',
      'from month 24',
      'months 24–27 at the earliest',
      'month 27 at the earliest',
    ]);
    const slides = buildSlides(graph, GOAL, plan, { holds: HOLDS });
    const howLong = slides.slice(1).map((s) => s.lines.find((l) => l.label === 'How long')?.text);
    expect(howLong[2]).toBe('3 mo (months 24–27 at the earliest)');
    // The goal role takes no time of its own: it is reached, not "at once (month 27)".
    expect(howLong[3]).toBe('reached at month 27 at the earliest');
  });

  it('a plan with no unknown length keeps plain months', () => {
    const { result } = builtinPlans(HOLDS, GOAL, 'months');
    const best = result.plans[0];
    if (!best) throw new Error('no plan');
    expect(best.steps.every((s) => !s.unknown.includes('months'))).toBe(true);
    expect(stepsAfterUnknownLength(best).size).toBe(0);
  });
});

describe('plan tabs', () => {
  const tabs = (container: HTMLElement) =>
    [...container.querySelectorAll('[role="tab"] .tab-sub')].map((e) => squash(e.textContent));

  it('show the figure the plans are ranked by', () => {
    const { store, container } = renderBuiltin(<PlanPanel />, { holds: HOLDS, goal: GOAL });
    expect(tabs(container)).toEqual([
      '2 yr 3 mo',
      '2 yr 3 mo + 1 length not known',
      '2 yr 3 mo + 1 length not known',
    ]);
    act(() => store.getState().setObjective('cost'));
    expect(tabs(container)).toEqual(['$8,535', '$8,535 + fee not known', '$8,535 + fee not known']);
    act(() => store.getState().setObjective('steps'));
    expect(tabs(container)).toEqual(['3 steps', '4 steps', '4 steps']);
  });
});

describe('why a step is needed', () => {
  it('summarises a one-of group of nested routes by its count (the ODS routes)', () => {
    const { graph, result } = builtinPlans(HOLDS, GOAL, 'months');
    const best = result.plans[0];
    if (!best) throw new Error('no plan');
    const model = presentPlan(graph, best, { goal: GOAL, by: 'months', index: 0, holds: HOLDS });
    expect(model.steps[0]?.id).toBe('associate-cancer-registry');
    expect(model.steps[0]?.why).toEqual([
      'Oncology Data Specialist (ODS), formerly Certified Tumor Registrar (CTR) needs one of 3 options; this is one of them.',
    ]);
    for (const step of model.steps)
      for (const why of step.why) expect(why.length).toBeLessThan(MAX_GROUP_CHARS + 100);
  });

  it("a group inside one of the target's routes is said to be the route's, not the target's", () => {
    const { graph, index, plan } = certificatePlan();
    const model = presentPlan(graph, plan, { goal: GOAL, by: 'cost', index, holds: HOLDS });
    // The associate degree in any field is one of 4 degrees of ODS route A2; the ODS itself has 3 routes.
    expect(model.steps[0]?.why).toEqual([
      'Oncology Data Specialist (ODS), formerly Certified Tumor Registrar (CTR), by the route this plan takes, needs one of 4 options; this is one of them.',
    ]);
  });
});
