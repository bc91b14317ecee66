// @vitest-environment jsdom
// Presentation mode by keyboard: slides in order with their captions, the stage told where to
// look, focus kept inside the dialog, Esc leaves and focus goes back to the opener.

import { act, useState } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Plan } from '../../src/domain/planner/types';
import { PresentationMode, type PresentationStage } from '../../src/view/presentation/PresentationMode';
import { buildSlides } from '../../src/view/presentation/slides';
import { handPlan } from '../support/hand-plan';
import { graph } from './support/counselor-plans';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const GOAL = 'health-information-technician';
const plan: Plan = handPlan({
  steps: [
    {
      id: 'associate-him',
      start: 0,
      end: 24,
      cost: 8000,
      reasons: [{ for: 'rhit', need: 'allOf', path: '', part: 'associate-him' }],
    },
    {
      id: 'rhit',
      start: 24,
      end: 27,
      cost: 300,
      reasons: [{ for: GOAL, need: 'allOf', path: '', part: 'rhit' }],
    },
    { id: GOAL, start: 27, end: 29, cost: 0, reasons: [] },
  ],
  totals: { months: 29, cost: 8300, steps: 3 },
  salary: { to: { id: GOAL, amount: 58250, figure: 'median', year: '2022', source: 'fixture' } },
  optimal: true,
  unknown: { cost: [], months: [] },
});
const situation = { holds: ['high-school-diploma'], years: {} };

let host: HTMLDivElement;
let root: Root;
let calls: string[];
let exits: number;

function Harness({ stage }: { stage: PresentationStage }) {
  const [open, setOpen] = useState(false);
  return (
    <div>
      <button type="button" id="opener" onClick={() => setOpen(true)}>
        Present
      </button>
      {open ? (
        <PresentationMode
          graph={graph}
          goal={GOAL}
          plan={plan}
          situation={situation}
          stage={stage}
          onExit={() => {
            exits += 1;
            setOpen(false);
          }}
        />
      ) : null}
    </div>
  );
}

const key = (k: string, init: KeyboardEventInit = {}) =>
  act(() => {
    (document.activeElement ?? document.body).dispatchEvent(
      new KeyboardEvent('keydown', { key: k, bubbles: true, cancelable: true, ...init }),
    );
  });
const title = () => document.querySelector('.presentation h2')?.textContent;
const lines = () => [...document.querySelectorAll('.presentation dd')].map((d) => d.textContent);

beforeEach(async () => {
  calls = [];
  exits = 0;
  host = document.createElement('div');
  document.body.appendChild(host);
  root = createRoot(host);
  const stage: PresentationStage = { show: (id) => calls.push(`show ${id}`), end: () => calls.push('end') };
  await act(async () => root.render(<Harness stage={stage} />));
  const opener = document.getElementById('opener') as HTMLButtonElement;
  opener.focus();
  await act(async () => opener.click());
});

afterEach(() => {
  act(() => root.unmount());
  host.remove();
});

describe('PresentationMode', () => {
  it('opens on the overview, as a modal dialog with focus inside', () => {
    const dialog = document.querySelector('dialog');
    expect(dialog?.open).toBe(true);
    expect(title()).toBe('Path to Health Information Technician');
    expect(lines()).toEqual([
      'High school diploma',
      'Health Information Technician: $58,250 a year (median, 2022); no current salary to compare with',
      '2 yr 5 mo',
      '$8,300',
      'Full-time study; work and study run side by side.',
    ]);
    expect(calls).toEqual(['show null']);
    expect(document.activeElement?.textContent).toBe('Next →');
    expect(document.body.classList.contains('presenting')).toBe(true);
  });

  it('walks the plan with → Space ← Backspace End Home, moving the graph each time', () => {
    key('ArrowRight');
    expect(title()).toBe('Associate degree in HIM');
    expect(document.querySelector('.presentation-counter')?.textContent).toBe('Step 1 of 3 · Education');
    expect(lines()).toEqual([
      'Education.',
      'Needed for Registered Health Information Technician (RHIT).',
      '2 yr (months 0–24)',
      '$8,000',
    ]);
    // Space away from a button (here: the slide's text) means "next".
    act(() => {
      document
        .querySelector('.presentation h2')
        ?.dispatchEvent(new KeyboardEvent('keydown', { key: ' ', bubbles: true, cancelable: true }));
    });
    expect(title()).toBe('Registered Health Information Technician (RHIT)');
    expect(document.querySelector('.presentation-counter')?.textContent).toBe(
      'Step 2 of 3 · Credential · AHIMA',
    );
    key('ArrowRight');
    key('ArrowRight'); // stays on the last slide
    expect(title()).toBe('Health Information Technician');
    expect(lines()[1]).toBe('This is the goal.');
    key('Backspace');
    expect(title()).toBe('Registered Health Information Technician (RHIT)');
    key('ArrowLeft');
    key('End');
    key('Home');
    expect(title()).toBe('Path to Health Information Technician');
    expect(calls).toEqual([
      'show null',
      'show associate-him',
      'show rhit',
      'show health-information-technician',
      'show rhit',
      'show associate-him',
      'show health-information-technician',
      'show null',
    ]);
  });

  it('on-screen buttons do the same', () => {
    const buttons = [...document.querySelectorAll<HTMLButtonElement>('.presentation button')];
    act(() => buttons[1]?.click());
    expect(title()).toBe('Associate degree in HIM');
    act(() => buttons[0]?.click());
    act(() => buttons[0]?.click());
    expect(title()).toBe('Path to Health Information Technician');
  });

  it('Space and Enter on a focused button are left to the button, not taken as "next"', () => {
    const leave = [...document.querySelectorAll<HTMLButtonElement>('.presentation button')].find((b) =>
      b.textContent?.startsWith('Leave'),
    );
    leave?.focus();
    for (const k of [' ', 'Enter']) {
      const event = new KeyboardEvent('keydown', { key: k, bubbles: true, cancelable: true });
      act(() => {
        leave?.dispatchEvent(event);
      });
      expect(event.defaultPrevented).toBe(false);
    }
    expect(title()).toBe('Path to Health Information Technician');
  });

  it('Esc leaves, undoes the graph changes and gives focus back', () => {
    key('ArrowRight');
    key('Escape');
    expect(exits).toBe(1);
    expect(document.querySelector('dialog')).toBeNull();
    expect(calls.at(-1)).toBe('end');
    expect(document.body.classList.contains('presenting')).toBe(false);
    expect(document.activeElement?.id).toBe('opener');
  });
});

describe('buildSlides', () => {
  it('has an overview and one slide per step, each focused on its node', () => {
    expect(buildSlides(graph, GOAL, plan, situation).map((s) => [s.focus, s.counter])).toEqual([
      [null, 'Overview'],
      ['associate-him', 'Step 1 of 3'],
      ['rhit', 'Step 2 of 3'],
      [GOAL, 'Step 3 of 3'],
    ]);
  });
});
