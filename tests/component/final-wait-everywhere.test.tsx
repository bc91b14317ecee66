// @vitest-environment jsdom
// A wait after the last step in a role the person already holds is its own line (issue 8 item 1)
// in the plan panel, text view, handout, slides and CLI, and reads well when no step comes first.
import { act } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { runPlan } from '../../scripts/plan';
import { planCareer } from '../../src/domain/planner';
import { presentPlan } from '../../src/present/plan-model';
import { moreTime, PLAN_WORDS } from '../../src/present/plan-words';
import { buildHandoutData } from '../../src/view/handout/handout-data';
import { PlanPanel } from '../../src/view/panels/PlanPanel';
import { buildSlides } from '../../src/view/presentation/slides';
import { TextView } from '../../src/view/text/TextView';
import { builtin, builtinStore } from './builtin-helpers';
import { type Rendered, render, squash } from './explorer-helpers';

const TECH = 'medical-records-technician';
const MANAGER = 'medical-and-health-services-manager';
const HOLDS = ['bachelor-any', TECH];
const situation = { holds: HOLDS, years: { [TECH]: 2 } };
const LINE =
  'Keep working as Medical records technician for 2 more years; then Medical and health services manager opens';

let shown: Rendered | null = null;
afterEach(() => {
  shown?.unmount();
  shown = null;
});

function storeWithQuestion() {
  const store = builtinStore();
  act(() => {
    for (const id of HOLDS) store.getState().addHeld(id);
    store.getState().setYears(TECH, 2);
    store.getState().setGoal(MANAGER);
  });
  return store;
}

function bestPlan() {
  const { graph } = builtin();
  const result = planCareer(graph, situation, MANAGER, { alternatives: 1 });
  if (result.kind !== 'plan' || result.plans[0] === undefined) throw new Error('no plan');
  return { graph, result, plan: result.plans[0] };
}

describe('a wait in a role held now, after the last step', () => {
  it('is the model’s own line, phrased for a plan with no step before the goal', () => {
    const { graph, plan } = bestPlan();
    expect(plan.steps.map((s) => s.id)).toEqual([MANAGER]);
    const model = presentPlan(graph, plan, { goal: MANAGER, by: 'months', index: 0, holds: HOLDS });
    expect(model.finalWait?.text).toBe(LINE);
    // The goal still says what it needs and what is held (nowhere else says it).
    expect(model.steps[0]?.waits.map((w) => w.text)).toEqual([
      'Needs 4 yr as Medical records technician: you have 2 yr, 2 yr more',
    ]);
  });

  it('shows in the plan panel and the text view as its own line', () => {
    const store = storeWithQuestion();
    shown = render(store, <PlanPanel />);
    expect(squash(shown.container.querySelector('.final-wait')?.textContent)).toBe(LINE);
    shown.unmount();
    shown = render(store, <TextView />);
    const list = shown.container.querySelector('section[aria-label="Your plan as a list"]');
    expect(squash(list?.querySelector('.final-wait')?.textContent)).toBe(`${LINE}.`);
  });

  it('shows on the handout, on the overview and goal slides, and in the CLI', () => {
    const { graph, result, plan } = bestPlan();
    const handout = buildHandoutData({ graph, situation, result, index: 0, date: new Date(0) });
    expect(handout.kind === 'handout' ? handout.data.finalWait : undefined).toBe(LINE);
    const slides = buildSlides(graph, MANAGER, plan, situation);
    const waitsOn = (i: number) => slides[i]?.lines.filter((l) => l.label === 'Waits').map((l) => l.text);
    expect(waitsOn(0)).toEqual([LINE]);
    // The goal's slide says the held wait once, in its own line ("you have 2 yr, 2 yr more").
    expect(waitsOn(slides.length - 1)).toEqual([
      'Needs 4 yr as Medical records technician: you have 2 yr, 2 yr more',
    ]);
    // No label repeats the first word of its text ("Then: Then keep working…").
    for (const slide of slides)
      for (const line of slide.lines) expect(line.text.startsWith(line.label), line.text).toBe(false);
    const lines: string[] = [];
    runPlan(['--goal', MANAGER, '--holds', HOLDS.join(','), '--years', `${TECH}=2`, '--alternatives', '1'], {
      out: (l) => lines.push(l),
      err: (l) => lines.push(l),
      readFile: () => JSON.stringify(builtin().file),
    });
    expect(lines.map((l) => l.trim())).toContain(LINE);
  });

  it('after other steps, says the months from the last step to the goal', () => {
    expect(PLAN_WORDS.finalWait('Coding auditor', 24, 63, 87, 'Compliance officer', false)).toBe(
      'Then keep working as Coding auditor for 2 more years (months 63–87); then Compliance officer opens',
    );
  });

  it('says whole years as years and the rest as months', () => {
    expect(moreTime(12)).toBe('1 more year');
    expect(moreTime(24)).toBe('2 more years');
    expect(moreTime(18)).toBe('1 yr 6 mo more');
    expect(moreTime(5)).toBe('5 mo more');
  });
});

describe('what is held', () => {
  it('is said with its years on the slides as on the handout', () => {
    const { graph, result, plan } = bestPlan();
    const handout = buildHandoutData({ graph, situation, result, index: 0, date: new Date(0) });
    if (handout.kind !== 'handout') throw new Error('expected a handout');
    const slides = buildSlides(graph, MANAGER, plan, situation);
    const starting = slides[0]?.lines.find((l) => l.label === 'Starting from')?.text;
    expect(starting).toContain('Medical records technician, 2 yr');
    for (const line of handout.data.situation.filter((l) => !l.startsWith('Region')))
      expect(starting).toContain(line);
  });
});

describe('a step slide', () => {
  it('says an unknown fee once (on Cost) and the unknown eligibility on its own line', () => {
    const { graph } = builtin();
    const holds = { holds: ['high-school-diploma'] };
    const result = planCareer(graph, holds, 'compliance-officer', { by: 'cost', alternatives: 1 });
    if (result.kind !== 'plan' || result.plans[0] === undefined) throw new Error('no plan');
    const slides = buildSlides(graph, 'compliance-officer', result.plans[0], holds, 'cost');
    const cpma = slides.find((s) => s.focus === 'cpma');
    const said = (cpma?.lines ?? []).map((l) => l.text.toLowerCase());
    expect(said.filter((t) => t.includes('fee not known'))).toHaveLength(1);
    expect(cpma?.lines.find((l) => l.label === 'Not known')?.text).toBe(
      'Eligibility not known — check with the issuer',
    );
  });
});
