// @vitest-environment jsdom
// The handout renders into <body> beside the app with every part of the page, and the compare
// dialog shows plans as columns, switches between "alternative" and "another goal", and closes on Esc.

import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import type { Plan } from '../../src/domain/planner/types';
import { ComparePanel } from '../../src/view/compare/ComparePanel';
import { PrintHandout } from '../../src/view/handout/Handout';
import { handPlan } from '../support/hand-plan';
import { graph, MHSM, managerResult, viaBachelor, viaMaster } from './support/counselor-plans';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const result = managerResult([viaBachelor, viaMaster]);
const coder: Plan = handPlan({
  steps: [
    {
      id: 'cpc',
      start: 0,
      end: 4,
      cost: 2500,
      reasons: [{ for: 'medical-coder', need: 'anyOf', path: '', part: { anyOf: ['cca', 'cpc'] } }],
    },
    { id: 'medical-coder', start: 4, end: 6, cost: 0, reasons: [] },
  ],
  totals: { months: 6, cost: 2500, steps: 2 },
  salary: {},
  optimal: true,
  unknown: { cost: [], months: [] },
});

let root: Root | null = null;
let host: HTMLDivElement | null = null;
function render(node: React.ReactNode): void {
  host = document.createElement('div');
  host.id = 'root';
  document.body.appendChild(host);
  root = createRoot(host);
  act(() => root?.render(node));
}
afterEach(() => {
  act(() => root?.unmount());
  host?.remove();
});

const cellTexts = (row: string) =>
  [...document.querySelectorAll(`tr[data-row="${row}"] td`)].map((td) => td.textContent);

describe('PrintHandout', () => {
  it('renders beside the app, with steps, picture, alternatives and sources', () => {
    render(
      <PrintHandout graph={graph} situation={{ holds: ['high-school-diploma'] }} result={result} index={0} />,
    );
    const handout = document.body.querySelector(':scope > .handout-root .handout');
    expect(handout).not.toBeNull();
    expect(host?.contains(handout as Node)).toBe(false);
    expect(handout?.querySelector('h1')?.textContent).toBe(
      'Career plan: Medical and Health Services Manager',
    );
    expect(
      [...document.querySelectorAll('.handout-steps tbody tr')].map(
        (tr) => tr.querySelector('strong')?.textContent,
      ),
    ).toEqual(["Bachelor's degree in HIM", 'Medical and Health Services Manager']);
    // The plan panel's timeline, one bar per step.
    expect(document.querySelectorAll('.handout .timeline .timeline-bar')).toHaveLength(2);
    expect(document.querySelector('.handout li')?.textContent).toBe('High school diploma');
    expect([...document.querySelectorAll('.handout-sources li')].map((li) => li.textContent)).toEqual([
      'Made-up figures for tests (2024)',
    ]);
    expect(document.body.textContent).toContain(
      "Plan 2: 3 steps, 6 yr 3 mo, $70,000 \u2014 adds Master's degree in HIM",
    );
  });

  it('says what to do when there is no plan', () => {
    render(<PrintHandout graph={graph} situation={{ holds: [] }} result={null} index={0} />);
    expect(document.querySelector('.handout-root p')?.textContent).toBe(
      'No plan to print yet. Choose a goal in \u201cYour situation and goal\u201d (or try the example there); the handout then prints the plan to it.',
    );
  });
});

describe('ComparePanel', () => {
  it('compares the best plan with an alternative, then with another goal, and closes on Esc', () => {
    let closed = 0;
    const asked: string[] = [];
    render(
      <ComparePanel
        graph={graph}
        result={result}
        holds={[]}
        goals={[
          { id: MHSM, label: 'Medical and Health Services Manager' },
          { id: 'medical-coder', label: 'Medical Coder' },
          { id: 'cancer-registrar-license', label: 'Cancer registrar license' },
        ]}
        planFor={(goal) => {
          asked.push(goal);
          if (goal === 'medical-coder') return { kind: 'plan', goal, by: 'months', plans: [coder] };
          return { kind: 'unreachable', goal, by: 'months', reason: 'offered only in CA', blockers: [] };
        }}
        onClose={() => {
          closed += 1;
        }}
      />,
    );
    expect(document.activeElement?.textContent).toBe('Close');
    expect([...document.querySelectorAll('thead th')].map((th) => th.textContent)).toEqual([
      'Best plan',
      'Plan 2',
    ]);
    expect(cellTexts('months')).toEqual(['4 yr 3 mo (less)', '6 yr 3 mo']);
    expect(cellTexts('cost')).toEqual(['$40,000 (less)', '$70,000']);
    expect(cellTexts('count')).toEqual(['2 (fewer)', '3']);
    expect(cellTexts('salary')).toEqual(['not known', 'not known']);

    const radios = document.querySelectorAll<HTMLInputElement>('input[type="radio"]');
    act(() => radios[1]?.click());
    // No goal is near the manager in this small graph: nothing is picked for the person.
    expect([...document.querySelectorAll('thead th')].map((th) => th.textContent)).toEqual([
      'Medical and Health Services Manager',
    ]);
    const select = document.querySelectorAll<HTMLSelectElement>('select')[1] as HTMLSelectElement;
    expect(select.selectedOptions[0]?.textContent).toBe('Choose a goal to compare with');
    act(() => {
      select.value = 'medical-coder';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect([...document.querySelectorAll('thead th')].map((th) => th.textContent)).toEqual([
      'Medical and Health Services Manager',
      'Medical Coder',
    ]);
    expect(cellTexts('steps')).toEqual([
      "Bachelor's degree in HIMMedical and Health Services Manager",
      'Certified Professional Coder (CPC)Medical Coder',
    ]);
    expect(cellTexts('months')).toEqual(['4 yr 3 mo', '6 mo (less)']);

    act(() => {
      select.value = 'cancer-registrar-license';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(cellTexts('steps')[1]).toBe('Cannot be reached: offered only in CA');
    expect(asked).toContain('cancer-registrar-license');

    // Esc on a modal <dialog> makes the browser fire `cancel` on it (jsdom does not: sent by hand).
    act(() => {
      document.querySelector('dialog')?.dispatchEvent(new Event('cancel', { cancelable: true }));
    });
    expect(closed).toBe(1);
  });

  it('offers only "another goal" when there is one plan', () => {
    render(
      <ComparePanel
        graph={graph}
        result={{ ...result, plans: [viaBachelor] }}
        holds={[]}
        goals={[{ id: 'medical-coder', label: 'Medical Coder' }]}
        planFor={(goal) => ({ kind: 'plan', goal, by: 'months', plans: [coder] })}
        onClose={() => {}}
      />,
    );
    const radios = document.querySelectorAll<HTMLInputElement>('input[type="radio"]');
    expect(radios[0]?.disabled).toBe(true);
    expect(radios[1]?.checked).toBe(true);
    expect([...document.querySelectorAll('thead th')].map((th) => th.textContent)).toEqual([
      'Medical and Health Services Manager',
    ]);
    expect(document.querySelectorAll('select')[1]?.selectedOptions[0]?.textContent).toBe(
      'Choose a goal to compare with',
    );
  });
});
