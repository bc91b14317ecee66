// @vitest-environment jsdom
// The details panel's "Leads to" list on the built-in graph: one row per target, and switching
// the selection shows exactly the new node's rows (repeated keys once kept stale rows).
import { readFileSync } from 'node:fs';
import { act } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { parseCareerGraph } from '../../src/data/load';
import { createAppStore } from '../../src/state/store';
import { DetailsPanel } from '../../src/view/panels/DetailsPanel';
import { memoryStorage, type Rendered, render } from './explorer-helpers';

const BUILTIN = 'graph-data/health-information.json';
let shown: Rendered | null = null;
afterEach(() => {
  shown?.unmount();
  shown = null;
});

function builtinStore() {
  const store = createAppStore({ storage: memoryStorage() });
  const parsed = parseCareerGraph(readFileSync(BUILTIN, 'utf8'), BUILTIN);
  if (!parsed.ok) throw new Error(parsed.problems.join('\n'));
  store.getState().setGraph(parsed.file, parsed.graph);
  return store;
}

const rows = (el: HTMLElement) =>
  [...el.querySelectorAll('ul.leads li')].map((li) => (li.textContent ?? '').replace(/\s+/g, ' ').trim());

describe('details: sources', () => {
  it('never nests parentheses in a source’s date', () => {
    const store = builtinStore();
    shown = render(store, <DetailsPanel />);
    act(() => store.getState().select('medical-records-technician'));
    const links = [...shown.container.querySelectorAll('a')].map((a) => a.textContent ?? '');
    expect(links.some((t) => t.endsWith('(undated, retrieved 2026)'))).toBe(true);
    expect(links.filter((t) => /\([^)]*\(/.test(t))).toEqual([]);
  });
});

describe('details: leads to', () => {
  it('shows exactly the selected node’s rows after switching from CPC-A to coding auditor', () => {
    const store = builtinStore();
    shown = render(store, <DetailsPanel />);
    act(() => store.getState().select('cpc-a'));
    expect(rows(shown.container)).toEqual(expectedCpcA);
    act(() => store.getState().select('coding-auditor'));
    const auditor = rows(shown.container);
    expect(auditor.some((r) => r.startsWith('required for') && r.includes('CPC'))).toBe(false);
    expect(auditor).toEqual(expectedAuditor);
  });

  it('merges the four ways medical coder leads to CCS into one row', () => {
    const store = builtinStore();
    shown = render(store, <DetailsPanel />);
    act(() => store.getState().select('medical-coder'));
    const ccs = rows(shown.container).filter((r) => r.includes('(CCS)'));
    expect(ccs).toEqual(['preferred for Certified Coding Specialist (CCS)']);
    const coc = rows(shown.container).filter((r) => r.includes('(COC)'));
    expect(coc).toEqual([expect.stringMatching(/^1 or 2 yr of it needed for .*\(COC\)$/)]);
  });
});

const expectedAuditor = [
  '3 yr of it needed for Director of health information management',
  '2 yr of it needed for Healthcare compliance officer',
];
const expectedCpcA = [
  'preferred for Certified Coding Specialist - Physician-based (CCS-P)',
  'preferred for Certified Coding Specialist (CCS)',
  'required for Certified Professional Coder (CPC)',
  'one option for Medical coder',
];
