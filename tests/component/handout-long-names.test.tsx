// @vitest-environment jsdom
// The handout of the privacy-officer plan (the one a counselor prints most): no box name is cut
// ("7. Health information privacy…"), and "then 1 yr in the role" never runs over its step's
// diamond when its dashed span is shorter than the words.
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import { planCareer } from '../../src/domain/planner';
import { presentPlan } from '../../src/present/plan-model';
import { PathDiagram } from '../../src/view/handout/PathDiagram';
import { PathPicture } from '../../src/view/handout/PathPicture';
import { builtin } from './builtin-helpers';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const GOAL = 'privacy-officer';
const situation = { holds: ['high-school-diploma'] };
let root: Root | null = null;
afterEach(() => {
  act(() => root?.unmount());
  root = null;
});

function render(node: React.ReactNode): HTMLElement {
  const el = document.createElement('div');
  root = createRoot(el);
  act(() => root?.render(node));
  return el;
}

function privacyPlan() {
  const { graph } = builtin();
  const result = planCareer(graph, situation, GOAL, { by: 'months' });
  if (result.kind !== 'plan' || result.plans[0] === undefined) throw new Error('no plan');
  const plan = result.plans[0];
  const model = presentPlan(graph, plan, { goal: GOAL, by: 'months', index: 0, holds: situation.holds });
  return { graph, plan, model };
}

describe('the privacy-officer handout', () => {
  it('names every box in full', () => {
    const { graph, plan } = privacyPlan();
    const el = render(<PathDiagram graph={graph} plan={plan} situation={situation} titleId="d" />);
    const names = [...el.querySelectorAll('svg.path-diagram g > text')]
      .filter((t) => t.querySelector('tspan'))
      .map((t) => [...t.querySelectorAll('tspan')].map((s) => s.textContent).join(' '));
    expect(names).toContain(`${plan.steps.length}. Health information privacy officer`);
    for (const name of names) expect(name, name).not.toContain('…');
  });

  it('puts "then n yr in the role" inside its span, or beside it, never over the step’s marker', () => {
    const { graph, plan, model } = privacyPlan();
    const el = render(<PathPicture graph={graph} plan={plan} model={model} titleId="p" />);
    const rows = [...el.querySelectorAll('svg.path-picture > g')].filter((g) => g.querySelector('rect'));
    let checked = 0;
    for (const row of rows) {
      const words = [...row.querySelectorAll('text')].find((t) => /in the role$/.test(t.textContent ?? ''));
      if (!words) continue;
      const [span, marker] = [...row.querySelectorAll('rect')];
      const from = Number(span?.getAttribute('x'));
      const to = from + Number(span?.getAttribute('width'));
      // The marker (a diamond or a bar) ends where the span starts, at the latest.
      const markerRight = Number(marker?.getAttribute('x')) + Number(marker?.getAttribute('width'));
      const width = (words.textContent ?? '').length * 9 * 0.5;
      const x = Number(words.getAttribute('x'));
      const anchor = words.getAttribute('text-anchor');
      const left = anchor === 'middle' ? x - width / 2 : anchor === 'end' ? x - width : x;
      const right = left + width;
      const inside = left >= Math.max(from, markerRight) && right <= to;
      const after = left >= to;
      const before = right <= Math.min(from, Number(marker?.getAttribute('x')));
      expect(inside || after || before, `${words.textContent} at ${left}–${right}, span ${from}–${to}`).toBe(
        true,
      );
      checked++;
    }
    expect(checked).toBeGreaterThanOrEqual(3);
  });
});
