// @vitest-environment jsdom
// The print handout loads apart from the first frame: nothing is in the page until its code has
// loaded, and "Print handout" opens the print dialog only once the handout is rendered.
import { act } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PrintHandout, printHandout } from '../../src/view/lazy/print-handout';
import { fixtureGraph, type Rendered, readyStore, render } from './explorer-helpers';

let shown: Rendered | null = null;
afterEach(() => {
  shown?.unmount();
  shown = null;
  vi.restoreAllMocks();
});

describe('lazy print handout', () => {
  it('is not in the page at first; printing waits for it to be rendered', async () => {
    const { graph } = fixtureGraph();
    shown = render(
      readyStore(),
      <PrintHandout graph={graph} situation={{ holds: [] }} result={null} index={0} goal={null} />,
    );
    const handoutInPage = () => document.querySelector('.handout-root .handout') !== null;
    expect(handoutInPage()).toBe(false);
    const seen: boolean[] = [];
    vi.spyOn(window, 'print').mockImplementation(() => {
      seen.push(handoutInPage());
    });
    await act(() => printHandout());
    expect(seen).toEqual([true]);
    expect(document.querySelector('.handout-root')?.textContent).toContain('No plan to print yet.');
  });
});
