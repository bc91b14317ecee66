// @vitest-environment jsdom
// Every box of the handout's path diagram names its step in full, however many steps the plan
// has: a 10-step plan's narrow boxes printed "10. Health informati… privacy officer".
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import { planCareer } from '../../src/domain/planner';
import { OBJECTIVES } from '../../src/domain/planner/types';
import { PathDiagram } from '../../src/view/handout/PathDiagram';
import { builtin } from './builtin-helpers';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let root: Root | null = null;
afterEach(() => {
  act(() => root?.unmount());
  root = null;
});

function boxNames(node: React.ReactNode): string[] {
  act(() => root?.unmount());
  const el = document.createElement('div');
  root = createRoot(el);
  act(() => root?.render(node));
  return [...el.querySelectorAll('svg.path-diagram g > text')]
    .filter((t) => t.querySelector('tspan'))
    .map((t) => [...t.querySelectorAll('tspan')].map((s) => s.textContent).join(' '));
}

describe('handout box names', () => {
  it('the longest built-in plans keep every name whole', () => {
    const { graph } = builtin();
    let longest = 0;
    for (const holds of [[], ['high-school-diploma']])
      for (const by of OBJECTIVES)
        for (const goal of ['privacy-officer', 'chps', 'him-director']) {
          const situation = { holds };
          const result = planCareer(graph, situation, goal, { by, alternatives: 3 });
          if (result.kind !== 'plan') continue;
          for (const plan of result.plans) {
            longest = Math.max(longest, plan.steps.length);
            const names = boxNames(
              <PathDiagram graph={graph} plan={plan} situation={situation} titleId="d" />,
            );
            for (const name of names) expect(name, `${goal} ${by} ${holds}: ${name}`).not.toContain('\u2026');
          }
        }
    expect(longest).toBeGreaterThanOrEqual(10);
  });
});
