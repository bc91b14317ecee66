// @vitest-environment jsdom
// The details panel and the text view say a node's "leads to" and "to obtain" in the same words
// (the text view listed CHPS four times for the compliance officer and said "costs fee not known").
import { act } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { DetailsPanel } from '../../src/view/panels/DetailsPanel';
import { TextView } from '../../src/view/text/TextView';
import { builtinStore } from './builtin-helpers';
import { type Rendered, render, squash } from './explorer-helpers';

let shown: Rendered | null = null;
afterEach(() => {
  shown?.unmount();
  shown = null;
});

function textEntry(label: string): string {
  const store = builtinStore();
  shown = render(store, <TextView />);
  const li = [...shown.container.querySelectorAll('.text-nodes > li')].find(
    (l) => squash(l.querySelector('button')?.textContent) === label,
  );
  const out = squash(li?.textContent);
  shown.unmount();
  shown = null;
  return out;
}

function detailsOf(id: string): { leads: string[]; obtain: string } {
  const store = builtinStore();
  shown = render(store, <DetailsPanel />);
  act(() => store.getState().select(id));
  const leads = [...shown.container.querySelectorAll('ul.leads li')].map((li) => squash(li.textContent));
  const dts = [...shown.container.querySelectorAll('dt')];
  const obtain = squash(dts.find((d) => d.textContent === 'To obtain')?.nextElementSibling?.textContent);
  shown.unmount();
  shown = null;
  return { leads, obtain };
}

describe('node words agree between the details panel and the text view', () => {
  it('a node several of whose options lead to the same target lists that target once', () => {
    const entry = textEntry('Healthcare compliance officer');
    const chps = 'Certified in Healthcare Privacy and Security (CHPS)';
    const leadsPart = entry.slice(entry.indexOf('Leads to:'));
    expect(leadsPart.split(chps).length - 1).toBe(1);
    const { leads } = detailsOf('compliance-officer');
    expect(leads).toHaveLength(1);
    expect(entry).toContain(`Leads to: ${leads[0]}.`);
  });

  it('an exam with no known fee reads "to obtain: 3 mo, fee not known" in both', () => {
    const entry = textEntry('Certified Documentation Integrity Practitioner (CDIP)');
    expect(entry).not.toContain('costs fee not known');
    const { obtain } = detailsOf('cdip');
    expect(obtain).toBe('3 mo, fee not known');
    expect(entry).toContain(`to obtain: ${obtain}`);
  });
});
