// @vitest-environment jsdom
// The search ranking (fuse.js) loads on the box's first focus. A person who types and presses Enter
// before it has arrived still gets the node: CI caught "rhia" + Enter selecting nothing.
import { act } from 'react';
import { describe, expect, it, vi } from 'vitest';

describe('search before its ranking has loaded', () => {
  it('Enter pressed before the ranking arrives selects the best match once it does', async () => {
    // Fresh modules: the test setup (tests/support/load-on-demand.ts) loaded the ranking already.
    vi.resetModules();
    const helpers = await import('./explorer-helpers');
    const { SearchBox, loadSearch } = await import('../../src/view/search/SearchBox');
    const store = helpers.readyStore();
    const view = helpers.render(store, <SearchBox />);
    const input = view.container.querySelector('input[role="combobox"]') as HTMLInputElement;
    helpers.change(input, 'Bachelor');
    act(() => {
      input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    });
    expect(store.getState().view.selected).toBeNull();
    await act(async () => {
      await loadSearch();
    });
    expect(store.getState().view.selected).toBe('bachelor-him');
    expect(input.value).toBe('');
    view.unmount();
  });
});
