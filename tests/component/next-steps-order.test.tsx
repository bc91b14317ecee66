// @vitest-environment jsdom
// "What you can do next" on the built-in graph: with a diploma held, items whose length no source
// gives (AAPC Practicode, the cancer registry certificate) come after every known length, not first;
// a role open now says so. Each list shows its first few until asked for all.
import { act } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { NextSteps, SHOWN_FIRST } from '../../src/view/panels/NextSteps';
import { builtin, renderBuiltin, unmountBuiltin } from './builtin-helpers';

afterEach(unmountBuiltin);

/** Presses every "Show all" (the next steps' and the within-reach list's). */
function showAll(container: HTMLElement): void {
  for (const b of container.querySelectorAll<HTMLButtonElement>('button.show-all'))
    if (b.getAttribute('aria-expanded') === 'false') act(() => b.click());
}

describe('next steps order', () => {
  it('lists known lengths shortest first and unknown lengths last', () => {
    const { container } = renderBuiltin(<NextSteps />, { holds: ['high-school-diploma'] });
    showAll(container);
    const { graph } = builtin();
    const byLabel = new Map(graph.mapNodes((id, n) => [n.label, id] as const));
    const ids = [...container.querySelectorAll('.next-list:not(.eligibility-unknown-list) > li button')].map(
      (b) => byLabel.get(b.textContent ?? '') ?? '',
    );
    const unknown = ids.map((id) => graph.getNodeAttribute(id, 'monthsKnown') === false);
    expect(unknown).toContain(true);
    // Every unknown after every known.
    expect(unknown.indexOf(true)).toBeGreaterThan(unknown.lastIndexOf(false));
    const known = ids.filter((_, i) => !unknown[i]).map((id) => graph.getNodeAttribute(id, 'months') ?? 0);
    expect(known).toEqual([...known].sort((a, b) => a - b));
  });

  it('says a role open now is open, not that its time and fee are missing', () => {
    const { container } = renderBuiltin(<NextSteps />, { holds: ['high-school-diploma'] });
    showAll(container);
    const facts = (label: string) =>
      [...container.querySelectorAll('.next-list > li')]
        .find((li) => li.querySelector('button')?.textContent === label)
        ?.querySelector('.step-facts')?.textContent;
    expect(facts('Medical biller')).toBe('Role · you qualify now');
    expect(facts('Certified Professional Biller (CPB)')).toBe('Credential · 3 mo · $425');
  });

  it('each list shows its first few, then all on asking, and back', () => {
    const { container } = renderBuiltin(<NextSteps />, { holds: ['high-school-diploma'] });
    const items = (list: string) => container.querySelectorAll(`.${list} > li`).length;
    const buttons = () => [...container.querySelectorAll<HTMLButtonElement>('button.show-all')];
    // With a diploma: 20 things open now, 25 within 12 months (45 items, 5,000 px on a phone).
    expect(items('next-list')).toBe(SHOWN_FIRST);
    expect(items('within-list')).toBe(SHOWN_FIRST);
    expect(buttons().map((b) => [b.textContent, b.getAttribute('aria-expanded')])).toEqual([
      [expect.stringMatching(/^Show all \d+$/), 'false'],
      [expect.stringMatching(/^Show all \d+$/), 'false'],
    ]);
    const total = Number(buttons()[0]?.textContent?.replace(/\D/g, ''));
    act(() => buttons()[0]?.click());
    expect(items('next-list')).toBe(total);
    expect(buttons()[0]?.textContent).toBe(`Show the first ${SHOWN_FIRST}`);
    expect(buttons()[0]?.getAttribute('aria-expanded')).toBe('true');
    act(() => buttons()[0]?.click());
    expect(items('next-list')).toBe(SHOWN_FIRST);
  });
});
