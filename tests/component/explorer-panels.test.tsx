// @vitest-environment jsdom
// The explorer's panels rendered in jsdom with the small fixture graph: situation controls,
// the plan with its steps and tabs, details, search, next steps and the text view.
import { act } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { DetailsPanel } from '../../src/view/panels/DetailsPanel';
import { NextSteps } from '../../src/view/panels/NextSteps';
import { PlanPanel } from '../../src/view/panels/PlanPanel';
import { SituationPanel } from '../../src/view/panels/SituationPanel';
import { SearchBox } from '../../src/view/search/SearchBox';
import { TextView } from '../../src/view/text/TextView';
import { byLabel, change, click, memoryStorage, type Rendered, readyStore, render } from './explorer-helpers';

const MANAGER = 'medical-and-health-services-manager';
let shown: Rendered | null = null;
afterEach(() => {
  shown?.unmount();
  shown = null;
});

function Screen() {
  return (
    <>
      <SearchBox />
      <SituationPanel />
      <PlanPanel />
      <NextSteps />
      <DetailsPanel />
    </>
  );
}

/** Visible words of an element: text nodes run together, element boundaries become spaces. */
function words(node: Node): string {
  if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
  return [...node.childNodes]
    .map((c) => (c.nodeType === Node.ELEMENT_NODE ? ` ${words(c)} ` : words(c)))
    .join('');
}
const text = (el: Element | null | undefined) =>
  el
    ? words(el)
        .replace(/\s+/g, ' ')
        .replace(/ ([.,;)])/g, '$1')
        .trim()
    : '';

describe('situation and plan', () => {
  it('says what to do before a goal is chosen', () => {
    shown = render(readyStore(), <Screen />);
    expect(text(shown.container.querySelector('.plan'))).toContain('Choose a Goal above to see the steps');
    expect(text(shown.container.querySelector('.situation'))).toContain('Nothing added yet');
  });

  it('offers a one-click example question when nothing is chosen', () => {
    const store = readyStore();
    shown = render(store, <Screen />);
    const example = [...shown.container.querySelectorAll('button')].find((b) =>
      b.textContent?.startsWith('Try an example'),
    );
    expect(text(example)).toBe(
      'Try an example: Medical Records Technician (2 yr) → Medical and Health Services Manager',
    );
    click(example);
    expect(store.getState().view.situation).toEqual({
      holds: ['high-school-diploma', 'medical-records-technician'],
      years: { 'medical-records-technician': 2 },
    });
    expect(store.getState().view.goal).toBe(MANAGER);
    expect(shown.container.querySelectorAll('.plan .steps > li')).toHaveLength(2);
  });

  it('builds the situation from labelled controls and shows the numbered plan with totals', () => {
    const store = readyStore(memoryStorage());
    shown = render(store, <Screen />);
    const { container } = shown;
    for (const id of ['high-school-diploma', 'medical-records-technician']) {
      change(byLabel(container, 'I already have'), id);
      click([...container.querySelectorAll('button')].find((b) => b.textContent === 'Add'));
    }
    change(byLabel(container, 'Years as Medical Records Technician'), '2');
    change(byLabel(container, 'Region'), 'NJ');
    change(byLabel(container, 'Goal'), MANAGER);
    expect(store.getState().view.situation).toEqual({
      holds: ['high-school-diploma', 'medical-records-technician'],
      years: { 'medical-records-technician': 2 },
      region: 'NJ',
    });
    const steps = [...container.querySelectorAll('.plan .steps > li:not(.final-wait)')];
    expect(steps.map((li) => text(li.querySelector('button')))).toEqual([
      "Bachelor's degree in HIM",
      'Medical and Health Services Manager',
    ]);
    expect(text(steps[0])).toContain('4 yr · $40,000 · months 0–48');
    expect(text(steps[0])).toContain(
      "Medical and Health Services Manager needs one of: Bachelor's in HIM, Master's in HIM.",
    );
    expect(text(steps[1])).toContain('3 mo · $0 · months 48–51');
    expect(text(container.querySelector('.totals'))).toBe('2 steps 4 yr 3 mo $40,000');
    // The change on one basis (national figures); NJ figures only beside it.
    expect(text(container.querySelector('.salary-change'))).toBe(
      'Salary: +$73,241 a year: from Medical Records Technician: $44,719 a year (median, 2024, Made-up figures for tests) to Medical and Health Services Manager: $117,960 a year (median, 2024, Made-up figures for tests)',
    );
    expect(text(container.querySelector('.salary-regional'))).toBe(
      'In NJ: $52,000 a year (median, 2024, Made-up figures for tests) as Medical Records Technician; $145,000 a year (median, 2024, Made-up figures for tests) as Medical and Health Services Manager',
    );
    expect(text(container.querySelector('.timeline figcaption'))).toBe('Timeline (4 yr 3 mo in all)');
    expect([...container.querySelectorAll('.salary-chart .salary-value')].map(text)).toEqual([
      '$52,000 · NJ, 2024',
      '$145,000 · NJ, 2024',
    ]);
  });

  it('shows alternatives as tabs that follow arrow keys', () => {
    const store = readyStore();
    store.getState().addHeld('high-school-diploma');
    store.getState().setGoal('office-manager');
    const view = render(store, <Screen />);
    shown = view;
    const tabs = () => [...view.container.querySelectorAll('[role="tab"]')];
    expect(tabs().map((t) => t.getAttribute('aria-selected'))).toEqual(['true', 'false']);
    expect(text(tabs()[0])).toBe('Best (fastest) 3 yr 9 mo');
    act(() => {
      tabs()[0]?.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
    });
    expect(store.getState().view.alternative).toBe(1);
    expect(tabs().map((t) => t.getAttribute('aria-selected'))).toEqual(['false', 'true']);
    expect(
      [...shown.container.querySelectorAll('.plan .steps > li > button.link:first-child')].map(text),
    ).toEqual(['Certified Coding Associate (CCA)', 'Medical Coder', 'Office Manager']);
  });

  it('explains an unreachable goal', () => {
    const store = readyStore();
    store.getState().setRegion('NJ');
    store.getState().setGoal('cancer-registrar-license');
    shown = render(store, <Screen />);
    expect(text(shown.container.querySelector('.plan .problem'))).toContain(
      'Cancer registrar license is offered only in: CA (you chose NJ)',
    );
  });

  it('lists what can be done next', () => {
    const store = readyStore();
    store.getState().addHeld('high-school-diploma');
    shown = render(store, <Screen />);
    expect([...shown.container.querySelectorAll('.next-list > li')].map(text)).toEqual([
      'Medical Records Technician Role · 2 mo · $0',
      'Certified Professional Coder (CPC) Credential · 4 mo · $2,500',
      'Certified Coding Associate (CCA) Credential · 6 mo · $1,500',
      'Associate degree in HIM Education · 2 yr · $8,000',
      "Bachelor's degree in HIM Education · 4 yr · $40,000",
    ]);
  });
});

describe('details and search', () => {
  it('search finds by label and id, Enter selects and the details say everything', () => {
    const store = readyStore();
    store.getState().setRegion('NJ');
    shown = render(store, <Screen />);
    const input = shown.container.querySelector<HTMLInputElement>('input[role="combobox"]');
    if (!input) throw new Error('no search box');
    change(input, 'medical-records');
    act(() => {
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    const options = [...shown.container.querySelectorAll('[role="option"]')].map(text);
    expect(options[0]).toBe('Medical Records Technician Role');
    act(() => {
      input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    });
    expect(store.getState().view.selected).toBe('medical-records-technician');
    expect(store.getState().centreRequest).toBe(1);
    const details = shown.container.querySelector('.details');
    expect(text(details?.querySelector('h2'))).toBe('Medical Records Technician');
    const facts = text(details?.querySelector('.facts'));
    expect(facts).toContain('Codes SOC 29-2072');
    expect(facts).toContain(
      'Salary (national) median $44,719; range $35,000–$58,000 a year, 2024. Source: Made-up figures for tests (2024)',
    );
    expect(facts).toContain('Salary in NJ $52,000 a year (median, NJ, 2024).');
    expect(facts).toContain('Outlook +7% jobs, 2024-2034.');
    expect(facts).toContain('To obtain 2 mo, $0 (time to find the job once qualified)');
    expect(facts).toContain('Requires High school diploma');
    expect(facts).toContain('Leads to 2 yr of it needed for Medical and Health Services Manager');
    const source = details?.querySelector<HTMLAnchorElement>('.facts a');
    expect(source?.getAttribute('href')).toBe('https://example.org/fixture');
    expect(source?.getAttribute('rel')).toBe('noreferrer noopener');
  });

  it('"Make this my goal" and "I already have this" change the situation', () => {
    const store = readyStore();
    store.getState().select('rhia');
    const view = render(store, <Screen />);
    shown = view;
    const button = (name: string) =>
      [...view.container.querySelectorAll('.details button')].find((b) => b.textContent === name);
    click(button('Make this my goal'));
    expect(store.getState().view.goal).toBe('rhia');
    click(button('I already have this'));
    expect(store.getState().view.situation.holds).toEqual(['rhia']);
    click(shown.container.querySelector('.details [aria-label="Close details"]'));
    expect(store.getState().view.selected).toBeNull();
  });
});

describe('text view', () => {
  it('lists every node by kind and level with requires and leads to, and the plan in order', () => {
    const store = readyStore();
    store.getState().addHeld('high-school-diploma');
    store.getState().setGoal('office-manager');
    shown = render(store, <TextView />);
    const view = shown.container;
    expect([...view.querySelectorAll('h3')].map(text)).toEqual([
      'Your plan to Office Manager',
      'Roles (6)',
      'Education (4)',
      'Credentials (4)',
      'Licenses (1)',
    ]);
    expect([...view.querySelectorAll('h4')].map(text)).toEqual([
      'Level 0: entry',
      'Level 1: early',
      'Level 2: experienced',
      'Level 3: senior',
      'Level 5: executive or owner',
    ]);
    expect(view.querySelectorAll('.text-nodes > li')).toHaveLength(15);
    expect([...view.querySelectorAll('section[aria-label="Your plan as a list"] li')].map(text)).toEqual([
      'Certified Professional Coder (CPC): months 0–4, 4 mo, $2,500. Medical Coder needs one of: CCA, CPC.',
      'Medical Coder: months 4–6, 2 mo, no cost listed. Office Manager needs 3 yr as Medical Coder.',
      'Office Manager: months 42–45, 3 mo, no cost listed. This is the goal.',
    ]);
    expect(text(view.querySelector('section[aria-label="Your plan as a list"] .final-wait'))).toBe(
      'Then keep working as Medical Coder for 3 more years (months 6–42); then Office Manager opens.',
    );
    const coder = [...view.querySelectorAll('.text-nodes > li')].find(
      (li) => text(li.querySelector('button')) === 'Medical Coder',
    );
    expect(text(coder)).toContain('plan step 2');
    expect(text(coder)).toContain(
      'Requires: one of: Certified Coding Associate (CCA), Certified Professional Coder (CPC).',
    );
    expect(text(coder)).toContain('Leads to: 3 yr of it needed for Office Manager.');
    click(coder?.querySelector('button'));
    expect(store.getState().view.selected).toBe('medical-coder');
  });
});
