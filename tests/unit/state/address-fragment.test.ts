// The address keeps only the app's own state: an in-page anchor's fragment ("#situation", from the
// skip link) is dropped from what the app writes and from the link it copies; a graph carried in
// the fragment (#graph-file=…) stays, as it is part of the link.

import { describe, expect, it } from 'vitest';
import { appFragment, linkTo } from '../../../src/state/app-address';
import { memoryStorage, openApp } from './state-helpers';

describe('the address and the fragment', () => {
  it('a view change after the skip link writes the address without "#situation"', () => {
    const { store, bar } = openApp({ storage: memoryStorage() });
    bar.address.location.hash = '#situation';
    store.getState().setGoal('rhia');
    store.getState().select('cca');
    expect(bar.entries).toEqual(['', '?goal=rhia&node=cca']);
  });

  it('a graph carried in the fragment stays in the address', () => {
    const { store, bar } = openApp({ storage: memoryStorage() });
    bar.address.location.hash = '#graph-file=abc';
    store.getState().setGoal('rhia');
    expect(bar.entries).toEqual(['', '?goal=rhia#graph-file=abc']);
  });

  it('following an in-page anchor (a history step) takes its fragment off again', () => {
    const { store, bar } = openApp({ storage: memoryStorage() });
    store.getState().setGoal('rhia');
    const replaced: string[] = [];
    const replace = bar.address.history.replaceState.bind(bar.address.history);
    bar.address.history.replaceState = (state, title, url) => {
      replaced.push(String(url));
      replace(state, title, url);
    };
    bar.address.location.hash = '#situation';
    bar.back();
    expect(replaced.at(-1)).toBe('/app/');
    expect(store.getState().view.goal).toBeNull();
  });

  it('the copied link leaves out an anchor and keeps a graph', () => {
    const at = { origin: 'https://x.test', pathname: '/app/', search: '?goal=rhia' };
    expect(linkTo({ ...at, hash: '#situation' })).toBe('https://x.test/app/?goal=rhia');
    expect(linkTo({ ...at, hash: '' })).toBe('https://x.test/app/?goal=rhia');
    expect(linkTo({ ...at, hash: '#graph-file=abc' })).toBe('https://x.test/app/?goal=rhia#graph-file=abc');
    expect(appFragment('#situation')).toBe('');
  });
});
