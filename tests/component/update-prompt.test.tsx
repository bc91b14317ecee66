// @vitest-environment jsdom
// The update prompt: silent until the service worker reports a waiting version, then a labelled
// panel with a status message; "Reload to update" switches to the new version, "Later" hides it.
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { describe, expect, it, vi } from 'vitest';
import { type RegisterServiceWorker, UPDATE_READY, UpdatePrompt } from '../../src/view/offline/UpdatePrompt';

function setUp() {
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
  let needRefresh: (() => void) | undefined;
  const updateSW = vi.fn(async (_reload?: boolean) => {});
  const register: RegisterServiceWorker = (handlers) => {
    needRefresh = handlers.onNeedRefresh;
    return updateSW;
  };
  const container = document.createElement('div');
  document.body.appendChild(container);
  const root = createRoot(container);
  act(() => root.render(<UpdatePrompt register={register} />));
  return {
    container,
    updateSW,
    announce: () => act(() => needRefresh?.()),
    button: (name: string) =>
      [...container.querySelectorAll('button')].find((b) => b.textContent === name) ?? null,
    done: () => {
      act(() => root.unmount());
      container.remove();
    },
  };
}

describe('UpdatePrompt', () => {
  it('shows nothing but an empty status region until a new version waits', () => {
    const ui = setUp();
    expect(ui.container.querySelector('aside')).toBeNull();
    expect(ui.container.querySelector('[role="status"]')?.textContent).toBe('');
    ui.done();
  });

  it('announces the new version in a labelled panel and reloads into it on request', () => {
    const ui = setUp();
    ui.announce();
    const panel = ui.container.querySelector('aside');
    const label = document.getElementById(panel?.getAttribute('aria-labelledby') ?? '');
    expect(label?.textContent).toBe(UPDATE_READY);
    expect(ui.container.querySelector('[role="status"]')?.textContent).toContain(UPDATE_READY);
    act(() => ui.button('Reload to update')?.click());
    expect(ui.updateSW).toHaveBeenCalledWith(true);
    expect(ui.button('Reloading…')?.disabled).toBe(true);
    ui.done();
  });

  it('"Later" hides the panel without updating', () => {
    const ui = setUp();
    ui.announce();
    act(() => ui.button('Later')?.click());
    expect(ui.container.querySelector('aside')).toBeNull();
    expect(ui.updateSW).not.toHaveBeenCalled();
    ui.done();
  });
});
