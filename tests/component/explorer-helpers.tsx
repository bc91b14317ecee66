// Helpers for explorer component tests: the small fixture graph, a store on fake storage, and
// rendering React into jsdom with act().
import { readFileSync } from 'node:fs';
import { act, type ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { parseCareerGraph } from '../../src/data/load';
import type { MaybeStorage } from '../../src/state/persist';
import { type AppStore, createAppStore } from '../../src/state/store';
import { AppStoreProvider } from '../../src/view/store-context';

export const FIXTURE = 'tests/fixtures/explorer-small.json';

export function fixtureGraph() {
  const result = parseCareerGraph(readFileSync(FIXTURE, 'utf8'), FIXTURE);
  if (!result.ok) throw new Error(result.problems.join('\n'));
  return result;
}

export function memoryStorage(
  initial: Record<string, string> = {},
): MaybeStorage & { data: Map<string, string> } {
  const data = new Map(Object.entries(initial));
  return {
    data,
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => {
      data.set(k, v);
    },
    removeItem: (k) => {
      data.delete(k);
    },
  };
}

export function readyStore(storage: MaybeStorage = memoryStorage()): AppStore {
  const store = createAppStore({ storage });
  const { file, graph } = fixtureGraph();
  store.getState().setGraph(file, graph);
  return store;
}

export interface Rendered {
  container: HTMLElement;
  root: Root;
  unmount(): void;
}

export function render(store: AppStore, ui: ReactNode): Rendered {
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
  const container = document.createElement('div');
  document.body.appendChild(container);
  const root = createRoot(container);
  act(() => {
    root.render(<AppStoreProvider store={store}>{ui}</AppStoreProvider>);
  });
  return {
    container,
    root,
    unmount() {
      act(() => root.unmount());
      container.remove();
    },
  };
}

/** The element whose <label> text is exactly `text`. */
export function byLabel<T extends HTMLElement>(container: HTMLElement, text: string): T {
  for (const label of container.querySelectorAll('label')) {
    if (label.textContent?.trim() === text) {
      const id = label.htmlFor;
      const el = id ? container.ownerDocument.getElementById(id) : label.querySelector('input,select');
      if (el) return el as T;
    }
  }
  const named = container.querySelector(`[aria-label="${text}"]`);
  if (named) return named as T;
  throw new Error(`no control labelled "${text}"`);
}

export function change(el: HTMLSelectElement | HTMLInputElement, value: string): void {
  act(() => {
    const proto = el instanceof HTMLSelectElement ? HTMLSelectElement.prototype : HTMLInputElement.prototype;
    Object.getOwnPropertyDescriptor(proto, 'value')?.set?.call(el, value);
    el.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

export function click(el: Element | null | undefined): void {
  if (!el) throw new Error('nothing to click');
  act(() => {
    (el as HTMLElement).click();
  });
}

/** Text with runs of white space folded, for comparing rendered sentences. */
export const squash = (s: string | null | undefined): string => (s ?? '').replace(/\s+/g, ' ').trim();
