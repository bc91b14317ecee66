// @vitest-environment jsdom
// Data keys that are names of Object.prototype are plain data: a role with id `constructor` shows,
// plans and round-trips through a link; a node citing a source keyed `__proto__` shows its source.
// A view that still fails shows what failed instead of a blank page (the error boundary).
import { readFileSync } from 'node:fs';
import { act } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../../src/App';
import { buildCareerGraph } from '../../src/domain/career-graph';
import type { CareerGraphFile } from '../../src/domain/types';
import { encodeShareQuery, parseShareQuery } from '../../src/state/share-link';
import { createAppStore } from '../../src/state/store';
import { DEFAULT_VIEW_STATE } from '../../src/state/view-state';
import { ErrorBoundary } from '../../src/view/ErrorBoundary';
import { click, memoryStorage, type Rendered, render, squash } from './explorer-helpers';

// Built straight from the text, as JSON.parse reads it: `__proto__` is an own key of `sources`.
const file = JSON.parse(readFileSync('tests/fixtures/prototype-keys.json', 'utf8')) as CareerGraphFile;
const graph = buildCareerGraph(file);

let shown: Rendered | null = null;
afterEach(() => {
  shown?.unmount();
  shown = null;
});

function textModeStore() {
  const store = createAppStore({ storage: memoryStorage(), loaded: { file, graph } });
  store.getState().setMode('text');
  return store;
}

describe('prototype names as data', () => {
  it('has a source keyed __proto__ as its own key (the fixture is what it claims)', () => {
    expect(Object.hasOwn(file.sources, '__proto__')).toBe(true);
    expect(graph.hasNode('constructor')).toBe(true);
  });

  it('a graph with node id "constructor" renders and plans', () => {
    const store = textModeStore();
    act(() => {
      store.getState().addHeld('high-school-diploma');
      store.getState().addHeld('to-string');
      store.getState().setYears('to-string', 2);
      store.getState().setGoal('constructor');
    });
    shown = render(store, <App />);
    const { container } = shown;
    expect(container.querySelector('[role="alert"]')).toBeNull();
    const steps = [...container.querySelectorAll('.plan .steps > li')].map((li) => squash(li.textContent));
    expect(steps).toHaveLength(1);
    expect(steps[0]).toContain('Constructor');
  });

  it('holding "constructor" with no years shows 0 years and a link that reads back', () => {
    const store = textModeStore();
    act(() => {
      store.getState().addHeld('high-school-diploma');
      store.getState().addHeld('constructor');
    });
    shown = render(store, <App />);
    const field = shown.container.querySelector<HTMLInputElement>(
      'input[aria-label*="Constructor"], .held-list input',
    );
    expect(field?.value).toBe('0');
    const query = encodeShareQuery(store.getState().view);
    expect(query).toBe('?holds=high-school-diploma,constructor');
    const parsed = parseShareQuery(query);
    expect(parsed.kind === 'link' ? parsed.link.years : null).toEqual({});
  });

  it('selecting a node citing source "__proto__" shows that source, not a blank app', () => {
    const store = textModeStore();
    shown = render(store, <App />);
    act(() => store.getState().select('constructor'));
    const details = shown.container.querySelector('.details');
    expect(shown.container.querySelector('[role="alert"]')).toBeNull();
    const links = [...(details?.querySelectorAll('a') ?? [])].map((a) => squash(a.textContent));
    expect(links).toContain('A source keyed __proto__ (2025)');
  });

  it('a source key that reaches the view without its source ("__proto__" dropped on the way) shows the key', () => {
    const { fixture } = file.sources as Record<string, CareerGraphFile['sources'][string]>;
    if (!fixture) throw new Error('fixture source missing');
    const lost = { ...file, sources: { fixture } };
    const store = createAppStore({
      storage: memoryStorage(),
      loaded: { file: lost, graph: buildCareerGraph(lost) },
    });
    store.getState().setMode('text');
    shown = render(store, <App />);
    act(() => store.getState().select('constructor'));
    expect(shown.container.querySelector('[role="alert"]')).toBeNull();
    const items = [...shown.container.querySelectorAll('.details .sources li')].map((li) =>
      squash(li.textContent),
    );
    expect(items).toEqual(['__proto__', 'Made-up figures for tests (2024)']);
  });

  it('a link with years for "__proto__" and "constructor" keeps them as plain keys', () => {
    const parsed = parseShareQuery('?holds=constructor&years=__proto__:3,constructor:2');
    if (parsed.kind !== 'link') throw new Error('expected a link');
    expect(Object.entries(parsed.link.years)).toEqual([
      ['__proto__', 3],
      ['constructor', 2],
    ]);
    expect(Object.getPrototypeOf(parsed.link.years)).toBe(Object.prototype);
    expect(
      encodeShareQuery({
        ...DEFAULT_VIEW_STATE,
        situation: { holds: ['constructor'], years: parsed.link.years },
      }),
    ).toBe('?holds=constructor&years=constructor:2');
  });
});

function Boom({ when }: { when: () => boolean }): null {
  if (when()) throw new Error('the details panel met a node it could not show');
  return null;
}

describe('error boundary', () => {
  it('shows what failed and offers to reset the view and to reload, instead of a blank page', () => {
    let failing = true;
    let resets = 0;
    let reloads = 0;
    const store = textModeStore();
    const quiet = console.error;
    const warn = console.warn;
    console.error = () => {};
    console.warn = () => {};
    try {
      shown = render(
        store,
        <ErrorBoundary
          what="The explorer"
          onReset={() => {
            resets += 1;
            failing = false;
          }}
          onReload={() => {
            reloads += 1;
          }}
        >
          <Boom when={() => failing} />
          <p>explorer content</p>
        </ErrorBoundary>,
      );
    } finally {
      console.error = quiet;
      console.warn = warn;
    }
    const alert = shown.container.querySelector('[role="alert"]');
    expect(squash(alert?.textContent)).toContain('The explorer stopped working');
    expect(squash(alert?.textContent)).toContain(
      'What failed: the details panel met a node it could not show',
    );
    const buttons = [...(alert?.querySelectorAll('button') ?? [])];
    expect(buttons.map((b) => b.textContent)).toEqual(['Reset the view', 'Reload']);
    click(buttons[1]);
    expect(reloads).toBe(1);
    click(buttons[0]);
    expect(resets).toBe(1);
    expect(shown.container.querySelector('[role="alert"]')).toBeNull();
    expect(shown.container.textContent).toContain('explorer content');
  });

  it('resetView clears the selection, alternative, mode and filters but keeps the situation and goal', () => {
    const store = textModeStore();
    store.getState().addHeld('high-school-diploma');
    store.getState().setGoal('constructor');
    store.getState().select('to-string');
    store.getState().toggleKind('education');
    store.getState().resetView();
    const v = store.getState().view;
    expect([v.selected, v.mode, v.hiddenKinds, v.alternative]).toEqual([null, 'graph', [], 0]);
    expect([v.situation.holds, v.goal]).toEqual([['high-school-diploma'], 'constructor']);
  });
});
