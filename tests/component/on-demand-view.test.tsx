// @vitest-environment jsdom
// A view part loaded on first use (src/view/lazy/on-demand-view.tsx): nothing in the page until its
// code has loaded (or its fallback), then the part with the props it was given; loaded before the first render (as
// main.tsx does for what the starting view shows), it is there in the first frame; a failed load
// reaches the nearest error boundary.
import { act } from 'react';
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ErrorBoundary } from '../../src/view/ErrorBoundary';
import { onDemandView } from '../../src/view/lazy/on-demand-view';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

function Hello({ name }: { name: string }) {
  return <p className="hello">Hello {name}</p>;
}

let root: Root | null = null;
function show(node: React.ReactNode): HTMLElement {
  const host = document.createElement('div');
  document.body.appendChild(host);
  root = createRoot(host);
  act(() => root?.render(node));
  return host;
}
afterEach(() => {
  act(() => root?.unmount());
  root = null;
  document.body.innerHTML = '';
  vi.restoreAllMocks();
});

describe('a view part loaded on demand', () => {
  it('renders nothing until loaded, then the part, and loads once', async () => {
    let release: (c: typeof Hello) => void = () => undefined;
    const importer = vi.fn(() => new Promise<typeof Hello>((r) => (release = r)));
    const part = onDemandView('Hello', importer);
    const host = show(<part.View name="Ada" />);
    expect(host.innerHTML).toBe('');
    await act(async () => release(Hello));
    expect(host.textContent).toBe('Hello Ada');
    await part.load();
    expect(importer).toHaveBeenCalledTimes(1);
  });

  it('shows its fallback (a "Loading…" line) until loaded', async () => {
    let release: (c: typeof Hello) => void = () => undefined;
    const part = onDemandView(
      'Hello',
      () => new Promise<typeof Hello>((r) => (release = r)),
      <p role="status">Loading…</p>,
    );
    const host = show(<part.View name="Ada" />);
    expect(host.textContent).toBe('Loading…');
    await act(async () => release(Hello));
    expect(host.textContent).toBe('Hello Ada');
  });

  it('is in the first frame when loaded before the first render', async () => {
    const part = onDemandView('Hello', async () => Hello);
    await part.load();
    const host = document.createElement('div');
    root = createRoot(host);
    // The first commit alone, before any effect has run.
    flushSync(() => root?.render(<part.View name="Grace" />));
    expect(host.textContent).toBe('Hello Grace');
  });

  it('shows the error boundary when its code cannot load, and tries again on the next use', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    let fail = true;
    const part = onDemandView('Hello', async () => {
      if (fail) throw new Error('offline');
      return Hello;
    });
    const host = show(
      <ErrorBoundary what="The part">
        <part.View name="Ada" />
      </ErrorBoundary>,
    );
    await act(async () => undefined);
    expect(host.querySelector('[role="alert"]')).not.toBeNull();
    fail = false;
    await expect(part.load()).resolves.toBe(Hello);
  });
});
