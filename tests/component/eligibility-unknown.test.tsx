// @vitest-environment jsdom
// A node whose eligibility no source gives (CDIP, CHDA, CPMA in the built-in data) never reads
// "open to anyone": the details and the text view say it is not known, and a plan flags the step.
import { act } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { OPEN_TO_ANYONE } from '../../src/present/node-words';
import { DetailsPanel } from '../../src/view/panels/DetailsPanel';
import { PlanPanel } from '../../src/view/panels/PlanPanel';
import { TextView } from '../../src/view/text/TextView';
import { builtinStore } from './builtin-helpers';
import { type Rendered, render, squash } from './explorer-helpers';

const NOT_KNOWN = 'Eligibility not known — check with the issuer';

let shown: Rendered | null = null;
afterEach(() => {
  shown?.unmount();
  shown = null;
});

describe('eligibility not known', () => {
  it('details and text view say so for CDIP, never "open to anyone"', () => {
    const store = builtinStore();
    act(() => store.getState().select('cdip'));
    shown = render(store, <DetailsPanel />);
    const details = squash(shown.container.textContent);
    expect(details).toContain(NOT_KNOWN);
    expect(details).not.toContain(OPEN_TO_ANYONE);
    shown.unmount();
    shown = render(store, <TextView />);
    const cdip = [...shown.container.querySelectorAll('.text-nodes > li')].find((li) =>
      li.textContent?.includes('(CDIP)'),
    );
    expect(squash(cdip?.textContent)).toContain(`Requires: ${NOT_KNOWN}.`);
    // Nodes with no requirement whose rules are known still read as open to anyone.
    expect(squash(shown.container.textContent)).toContain(OPEN_TO_ANYONE);
  });

  it('a plan through the CPMA flags the step and says so above the steps', () => {
    const store = builtinStore();
    shown = render(store, <PlanPanel />);
    act(() => {
      store.getState().addHeld('high-school-diploma');
      store.getState().setGoal('compliance-officer');
      store.getState().setObjective('cost');
    });
    const flags = [...shown.container.querySelectorAll('.unknown-flag')].map((e) => squash(e.textContent));
    expect(flags).toContain(NOT_KNOWN);
    const caveats = [...shown.container.querySelectorAll('.plan-caveat')].map((e) => squash(e.textContent));
    expect(caveats).toContain(
      'Eligibility not known for Certified Professional Medical Auditor (CPMA): check with the issuer before counting on this plan.',
    );
  });
});
