// Moving focus to something that React has not drawn yet (a row just added, a plan just planned):
// wait for the next frame, then focus the first candidate that exists and is shown.

/**
 * Focuses the first element `pick` returns that is in the document and rendered; false if none.
 * A heading is made focusable from script only (tabindex -1), so that it is no extra Tab stop.
 */
export function focusNow(pick: () => (HTMLElement | null | undefined)[]): boolean {
  for (const el of pick()) {
    if (el?.isConnected && shown(el) && !el.closest('[inert]')) {
      if (/^H[1-6]$/.test(el.tagName) && !el.hasAttribute('tabindex')) el.tabIndex = -1;
      el.focus();
      if (document.activeElement === el) return true;
    }
  }
  return false;
}

/** The same once React has committed the update the caller just made (the next animation frame). */
export function focusAfterRender(pick: () => (HTMLElement | null | undefined)[]): void {
  requestAnimationFrame(() => focusNow(pick));
}

/** Rendered (not display: none, not in a hidden subtree); DOMs without checkVisibility say yes. */
function shown(el: HTMLElement): boolean {
  return typeof el.checkVisibility === 'function' ? el.checkVisibility() : !el.closest('[hidden]');
}
