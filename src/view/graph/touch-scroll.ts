// Keeps a one-finger swipe over the map for the page: it scrolls the page instead of panning the
// graph (two fingers still pan and zoom, and the full-screen map pans with one). Listens in the
// capture phase on an element around Cytoscape's container, so Cytoscape never sees the swipe.

/** Finger travel (px) after which a touch is a swipe, not a tap. */
const SWIPE_PX = 8;

export interface TouchScrollGuard {
  /** Whether one finger should pan the map (full-screen map mode). */
  setMapMode(on: boolean): void;
  destroy(): void;
}

export function guardTouchScroll(wrapper: HTMLElement): TouchScrollGuard {
  let mapMode = false;
  let start: { x: number; y: number } | null = null;
  let swiping = false;

  const onStart = (e: TouchEvent): void => {
    const t = e.touches[0];
    start = !mapMode && e.touches.length === 1 && t ? { x: t.clientX, y: t.clientY } : null;
    swiping = false;
  };
  const onMove = (e: TouchEvent): void => {
    const t = e.touches[0];
    if (!start || e.touches.length !== 1 || !t) return;
    e.stopPropagation();
    if (!swiping && Math.hypot(t.clientX - start.x, t.clientY - start.y) >= SWIPE_PX) {
      swiping = true;
      // Cytoscape saw the touch start (a tap must still select): tell it the touch is over.
      window.dispatchEvent(new Event('touchcancel'));
    }
  };
  const onEnd = (e: TouchEvent): void => {
    if (swiping) e.stopPropagation();
    if (e.touches.length === 0) {
      start = null;
      swiping = false;
    }
  };
  const opts = { capture: true, passive: true } as const;
  wrapper.addEventListener('touchstart', onStart, opts);
  wrapper.addEventListener('touchmove', onMove, opts);
  wrapper.addEventListener('touchend', onEnd, opts);
  wrapper.addEventListener('touchcancel', onEnd, opts);
  return {
    setMapMode(on) {
      mapMode = on;
    },
    destroy() {
      wrapper.removeEventListener('touchstart', onStart, opts);
      wrapper.removeEventListener('touchmove', onMove, opts);
      wrapper.removeEventListener('touchend', onEnd, opts);
      wrapper.removeEventListener('touchcancel', onEnd, opts);
    },
  };
}
