// @vitest-environment jsdom
// Notices as typed values: words from the state layer, "Back to my saved situation" only where there
// is one to go back to, "Forget it" for a situation kept from a changed link, Dismiss by id.
import { afterEach, describe, expect, it } from 'vitest';
import { STORAGE_KEY, storedText } from '../../src/state/persist';
import { SAVED_BEFORE_LINK_KEY } from '../../src/state/share-link-saved';
import { decideStart } from '../../src/state/start';
import { createAppStore } from '../../src/state/store';
import { Notices } from '../../src/view/Notices';
import { click, fixtureGraph, memoryStorage, type Rendered, render, squash } from './explorer-helpers';

let shown: Rendered | null = null;
afterEach(() => {
  shown?.unmount();
  shown = null;
});

const OWN = storedText({
  situation: { holds: ['high-school-diploma'], years: {} },
  goal: 'medical-coder',
  by: 'months',
});

function open(search: string, initial: Record<string, string>) {
  const storage = memoryStorage(initial);
  const { file, graph } = fixtureGraph();
  const store = createAppStore({ storage, start: decideStart({ search, storage }), loaded: { file, graph } });
  shown = render(store, <Notices />);
  const buttons = () => [...(shown?.container.querySelectorAll('button') ?? [])];
  const texts = () =>
    [...(shown?.container.querySelectorAll('.notice') ?? [])].map((p) => squash(p.textContent));
  return { store, storage, buttons, texts };
}

describe('notices', () => {
  it('a link over a saved situation offers to go back to it, and going back clears the offer', () => {
    const { store, buttons, texts } = open('?goal=rhia&holds=wizard', { [STORAGE_KEY]: OWN });
    expect(texts()).toHaveLength(2);
    expect(texts()[0]).toContain('holds "wizard" (not in this career graph)');
    expect(texts()[1]).toContain('You opened a shared link');
    expect(buttons().map((b) => b.textContent)).toEqual(['Dismiss', 'Back to my saved situation', 'Dismiss']);
    click(buttons()[1]);
    expect(store.getState().view.goal).toBe('medical-coder');
    expect(texts()).toHaveLength(1);
  });

  it('Dismiss removes exactly its own notice, whatever was dismissed before', () => {
    const { buttons, texts } = open('?goal=rhia&holds=wizard', { [STORAGE_KEY]: OWN });
    click(buttons()[2]); // the shared-link notice
    expect(texts()).toHaveLength(1);
    expect(texts()[0]).toContain('holds "wizard"');
    click(buttons()[0]);
    expect(texts()).toEqual([]);
  });

  it('a situation kept from a changed link: "Forget it" keeps the current one and forgets the kept one', () => {
    const { storage, buttons, texts } = open('', {
      [STORAGE_KEY]: OWN,
      [SAVED_BEFORE_LINK_KEY]: `{"version":1,"saved":${OWN}}`,
    });
    expect(texts()[0]).toContain('Your earlier saved situation is kept');
    expect(buttons().map((b) => b.textContent)).toEqual(['Back to my saved situation', 'Forget it']);
    click(buttons()[1]);
    expect(texts()).toEqual([]);
    expect(storage.data.has(SAVED_BEFORE_LINK_KEY)).toBe(false);
  });
});
