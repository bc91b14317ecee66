// @vitest-environment jsdom
// "What you can do next" on the built-in graph: with a diploma held, items whose length no source
// gives (AAPC Practicode, the cancer registry certificate) come after every known length, not first;
// a role open now says so.
import { afterEach, describe, expect, it } from 'vitest';
import { NextSteps } from '../../src/view/panels/NextSteps';
import { builtin, renderBuiltin, unmountBuiltin } from './builtin-helpers';

afterEach(unmountBuiltin);

describe('next steps order', () => {
  it('lists known lengths shortest first and unknown lengths last', () => {
    const { container } = renderBuiltin(<NextSteps />, { holds: ['high-school-diploma'] });
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
    const facts = (label: string) =>
      [...container.querySelectorAll('.next-list > li')]
        .find((li) => li.querySelector('button')?.textContent === label)
        ?.querySelector('.step-facts')?.textContent;
    expect(facts('Medical biller')).toBe('Role · you qualify now');
    expect(facts('Certified Professional Biller (CPB)')).toBe('Credential · 3 mo · $425');
  });
});
