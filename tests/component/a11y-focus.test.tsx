// @vitest-environment jsdom
// Where focus goes after a control that changes the page (issue 13): Add, Remove, opening and
// closing details, "Make this my goal"; and search that says "No match" in a status region.
import { act } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { Announcer } from '../../src/view/Announcer';
import { DetailsPanel } from '../../src/view/panels/DetailsPanel';
import { NextSteps } from '../../src/view/panels/NextSteps';
import { PlanPanel } from '../../src/view/panels/PlanPanel';
import { SituationPanel } from '../../src/view/panels/SituationPanel';
import { SearchBox } from '../../src/view/search/SearchBox';
import { byLabel, change, click, type Rendered, readyStore, render } from './explorer-helpers';

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
      <NextSteps />
      <DetailsPanel />
    </>
  );
}

const buttonNamed = (root: HTMLElement, name: string) =>
  [...root.querySelectorAll<HTMLButtonElement>('button')].find(
    (b) => (b.getAttribute('aria-label') ?? b.textContent) === name,
  );

/** Adds `id` the way a keyboard user does: choose it, focus Add, press it. */
function addWithKeyboard(root: HTMLElement, id: string): void {
  change(byLabel<HTMLSelectElement>(root, 'I already have'), id);
  const add = buttonNamed(root, 'Add');
  add?.focus();
  click(add);
}

describe('focus after Add and Remove', () => {
  it('Add on a role goes to its years; on anything else back to the list to add another', () => {
    const store = readyStore();
    shown = render(store, <Screen />);
    const root = shown.container;
    addWithKeyboard(root, 'medical-coder');
    expect(document.activeElement).toBe(byLabel(root, 'Years as Medical Coder'));
    addWithKeyboard(root, 'cpc');
    expect(document.activeElement).toBe(byLabel(root, 'I already have'));
    expect(store.getState().view.situation.holds).toEqual(['medical-coder', 'cpc']);
  });

  it('Remove goes to the next row, then the previous one, then the list', () => {
    const store = readyStore();
    for (const id of ['high-school-diploma', 'medical-coder', 'cpc']) store.getState().addHeld(id);
    shown = render(store, <Screen />);
    const root = shown.container;
    const remove = (label: string) => {
      const b = buttonNamed(root, `Remove ${label}`);
      b?.focus();
      click(b);
    };
    remove('Medical Coder');
    expect(document.activeElement).toBe(buttonNamed(root, 'Remove Certified Professional Coder (CPC)'));
    remove('Certified Professional Coder (CPC)');
    expect(document.activeElement).toBe(buttonNamed(root, 'Remove High school diploma'));
    remove('High school diploma');
    expect(document.activeElement).toBe(byLabel(root, 'I already have'));
  });
});

describe('focus into and out of details', () => {
  it('a node link outside the graph moves focus to the details heading; Close gives it back', () => {
    const store = readyStore();
    store.getState().addHeld('high-school-diploma');
    shown = render(store, <Screen />);
    const root = shown.container;
    const link = root.querySelector<HTMLButtonElement>('.next-list button.link');
    if (!link) throw new Error('no next step to open');
    link.focus();
    click(link);
    const heading = root.querySelector('.details h2');
    expect(heading?.textContent).toBe(link.textContent);
    expect(document.activeElement).toBe(heading);

    // A "leads to" link inside the details: the new node's heading takes focus, the opener stays.
    const inside = root.querySelector<HTMLButtonElement>('.details .leads button');
    if (!inside) throw new Error(`${link.textContent} leads nowhere: pick another fixture node`);
    inside.focus();
    click(inside);
    expect(root.querySelector('.details h2')?.textContent).toBe(inside.textContent);
    expect(document.activeElement).toBe(root.querySelector('.details h2'));
    click(buttonNamed(root, 'Close details'));
    expect(root.querySelector('.details')).toBeNull();
    expect(document.activeElement).toBe(link);
  });

  it('a selection that no control made (a shared link) leaves focus alone', () => {
    const store = readyStore();
    (document.activeElement as HTMLElement | null)?.blur();
    store.getState().select('rhia');
    shown = render(store, <Screen />);
    expect(shown.container.querySelector('.details h2')?.textContent).toBe(
      'Registered Health Information Administrator (RHIA)',
    );
    expect(document.activeElement).toBe(document.body);
  });

  it('"Make this my goal" keeps focus on itself (aria-disabled, never disabled)', () => {
    const store = readyStore();
    store.getState().select('rhia');
    shown = render(store, <Screen />);
    const make = buttonNamed(shown.container, 'Make this my goal');
    make?.focus();
    click(make);
    expect(store.getState().view.goal).toBe('rhia');
    expect(document.activeElement).toBe(make);
    expect(make?.textContent).toBe('This is your goal');
    expect(make?.disabled).toBe(false);
    expect(make?.getAttribute('aria-disabled')).toBe('true');
    const before = store.getState().view;
    click(make); // pressing it while it says "This is your goal" changes nothing
    expect(store.getState().view).toBe(before);
  });
});

describe('"Try an example"', () => {
  it('gives way to the plan, and focus goes to the plan heading, not <body>', async () => {
    const store = readyStore();
    shown = render(
      store,
      <>
        <SituationPanel />
        <PlanPanel />
      </>,
    );
    const example = [...shown.container.querySelectorAll<HTMLButtonElement>('button')].find((b) =>
      b.textContent?.startsWith('Try an example'),
    );
    if (!example) throw new Error('no example button');
    example.focus();
    click(example);
    expect(example.isConnected).toBe(false);
    await act(() => new Promise((done) => requestAnimationFrame(() => done(undefined))));
    expect(document.activeElement).toBe(shown.container.querySelector('.plan h2'));
    expect(store.getState().view.goal).toBe('medical-and-health-services-manager');
  });
});

describe('the selection announcement', () => {
  it('says the plan step, requires and leads to when the selection changes, not when only the plan does', () => {
    const store = readyStore();
    store.getState().addHeld('high-school-diploma');
    store.getState().setGoal('medical-coder');
    shown = render(store, <Announcer />);
    const live = shown.container.querySelector('[aria-live="polite"]');
    // One live region says what changed last: first the plan, then the selection.
    expect(live?.textContent).toMatch(/^Plan updated: /);
    act(() => store.getState().select('medical-coder'));
    const first = live?.textContent ?? '';
    expect(first).toMatch(
      /^Selected Medical Coder, role\. Plan step \d+ of \d+\. Your goal\. Requires one of: /,
    );
    expect(first).toMatch(/Leads to Office Manager\.$/);
    // Holding CPC makes the coder step 1 of 1: the plan changed, the selection did not.
    expect(first).not.toMatch(/Plan step 1 of 1\./);
    act(() => store.getState().addHeld('cpc'));
    // The plan changed, not the selection: the plan is said, the selection is not described again.
    expect(live?.textContent).toMatch(/^Plan updated: /);
    expect(live?.textContent).not.toContain('Selected');
    act(() => store.getState().select('office-manager'));
    expect(live?.textContent).toMatch(/^Selected Office Manager, role\. Not in your plan\./);
  });
});

describe('search', () => {
  it('with no match: no listbox is shown, and "No match" is in a status region', () => {
    const store = readyStore();
    shown = render(store, <Screen />);
    const root = shown.container;
    const input = root.querySelector<HTMLInputElement>('input[role="combobox"]');
    if (!input) throw new Error('no search box');
    const status = root.querySelector('.search [role="status"]');
    expect(status?.textContent).toBe('');
    change(input, 'zzzz');
    const listbox = root.querySelector<HTMLElement>('[role="listbox"]');
    expect(listbox?.hidden).toBe(true);
    expect(listbox?.querySelector('p')).toBeNull();
    expect([...(listbox?.children ?? [])].every((c) => c.getAttribute('role') === 'option')).toBe(true);
    expect(input.getAttribute('aria-expanded')).toBe('false');
    expect(status?.textContent).toBe('No match');

    change(input, 'coder');
    expect(listbox?.hidden).toBe(false);
    expect(input.getAttribute('aria-expanded')).toBe('true');
    const count = root.querySelectorAll('[role="option"]').length;
    expect(status?.textContent).toBe(`${count} results, arrow keys to choose, Enter to open.`);
    act(() => {
      input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    });
    expect(status?.textContent).toBe('');
  });
});
