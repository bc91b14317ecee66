// @vitest-environment jsdom
// Every rendering of a plan renders the one plan model (src/present): change a wording there and
// the plan panel, text view, handout, slides, compare table and CLI all say the new words.
import { act } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { runPlan } from '../../scripts/plan';
import { planCareer } from '../../src/domain/planner';
import { PLAN_WORDS } from '../../src/present/plan-words';
import { compareRows } from '../../src/view/compare/compare-rows';
import { buildHandoutData } from '../../src/view/handout/handout-data';
import { PlanPanel } from '../../src/view/panels/PlanPanel';
import { buildSlides } from '../../src/view/presentation/slides';
import { TextView } from '../../src/view/text/TextView';
import { builtin, builtinStore } from './builtin-helpers';
import { type Rendered, render } from './explorer-helpers';

const TECH = 'medical-records-technician';
const MANAGER = 'medical-and-health-services-manager';
const situation = { holds: ['high-school-diploma', TECH], years: { [TECH]: 2 } };

let shown: Rendered | null = null;
afterEach(() => {
  shown?.unmount();
  shown = null;
  vi.restoreAllMocks();
});

/** Every rendering's text for the technician (2 yr) → manager plan. */
function everyRendering(): Record<string, string> {
  const { graph } = builtin();
  const store = builtinStore();
  act(() => {
    store.getState().addHeld('high-school-diploma');
    store.getState().addHeld(TECH);
    store.getState().setYears(TECH, 2);
    store.getState().setGoal(MANAGER);
  });
  const out: Record<string, string> = {};
  shown = render(store, <PlanPanel />);
  out.panel = shown.container.textContent ?? '';
  shown.unmount();
  shown = render(store, <TextView />);
  out.text = shown.container.querySelector('section[aria-label="Your plan as a list"]')?.textContent ?? '';
  shown.unmount();
  shown = null;
  const lines: string[] = [];
  runPlan(
    ['--goal', MANAGER, '--holds', 'high-school-diploma', '--years', `${TECH}=2`, '--alternatives', '1'],
    {
      out: (l) => lines.push(l),
      err: (l) => lines.push(l),
      readFile: () => JSON.stringify(builtin().file),
    },
  );
  out.cli = lines.join('\n');
  const result = planCareer(graph, situation, MANAGER, { alternatives: 2 });
  if (result.kind !== 'plan' || result.plans[0] === undefined) throw new Error('no plan');
  const handout = buildHandoutData({ graph, situation, result, index: 0, date: new Date(0) });
  out.handout = JSON.stringify(handout.kind === 'handout' ? handout.data : handout);
  out.slides = JSON.stringify(buildSlides(graph, MANAGER, result.plans[0], situation));
  out.compare = JSON.stringify(
    compareRows(graph, [
      { title: 'Best plan', goal: MANAGER, plan: result.plans[0] },
      { title: 'Plan 2', goal: MANAGER, plan: result.plans[1] ?? { none: 'no plan' } },
    ]),
  );
  return out;
}

describe('one plan model, rendered everywhere', () => {
  it('the 2-year technician wait is said in the panel, text view, handout, slides and CLI', () => {
    const wait = 'Needs 4 yr as Medical records technician: you have 2 yr, 2 yr more';
    const all = everyRendering();
    for (const where of ['panel', 'text', 'handout', 'slides', 'cli']) {
      expect(all[where], where).toContain(wait);
    }
  });

  it('a changed wording of the salary change shows in every rendering', () => {
    vi.spyOn(PLAN_WORDS, 'salaryChange').mockImplementation((amount) => `${amount} per annum (shared)`);
    const all = everyRendering();
    // The text view's plan list carries no salary line; every other rendering does.
    for (const where of ['panel', 'handout', 'slides', 'compare', 'cli']) {
      expect(all[where], where).toContain('+$67,710 per annum (shared)');
    }
  });

  it('a changed wording of an experience wait shows in every rendering of the steps', () => {
    vi.spyOn(PLAN_WORDS, 'heldWait').mockImplementation((years, role) => `WAIT(${years}, ${role})`);
    const all = everyRendering();
    for (const where of ['panel', 'text', 'handout', 'slides', 'cli']) {
      expect(all[where], where).toContain('WAIT(4, Medical records technician)');
    }
  });

  it('a changed wording of when a step happens shows in every rendering of the steps', () => {
    vi.spyOn(PLAN_WORDS, 'when').mockImplementation((a, b) => `from ${a} until ${b} (shared)`);
    const all = everyRendering();
    for (const where of ['panel', 'text', 'handout', 'slides', 'cli']) {
      expect(all[where], where).toContain('from 0 until 48 (shared)');
    }
  });
});
