// @vitest-environment jsdom
// The handout of the privacy-officer plan (the one a counselor prints most): no box name is cut
// ("7. Health information privacy…").
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import { planCareer } from '../../src/domain/planner';
import { PathDiagram } from '../../src/view/handout/PathDiagram';
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
  return { graph, plan };
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
});
