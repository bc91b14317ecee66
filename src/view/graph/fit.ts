// The viewport that fits a bounding box into the part of the canvas nothing covers: the zoom
// buttons above and the legend below, so "Fit all" leaves no node under the legend; boxes come
// from positions and sizes, never from measuring every element.

import type { NodeCollection } from 'cytoscape';

export interface Box {
  x1: number;
  y1: number;
  w: number;
  h: number;
}

/** What the canvas shows: its zoom and pan (Cytoscape's own shape). */
export interface Viewport {
  zoom: number;
  pan: { x: number; y: number };
}

export interface Insets {
  top: number;
  bottom: number;
  side: number;
}

export function fitViewport(
  bb: Box,
  canvas: { w: number; h: number },
  inset: Insets,
  limits: { min: number; max: number },
): Viewport {
  const room = {
    w: Math.max(1, canvas.w - 2 * inset.side),
    h: Math.max(1, canvas.h - inset.top - inset.bottom),
  };
  const raw = Math.min(room.w / Math.max(bb.w, 1), room.h / Math.max(bb.h, 1));
  const zoom = Math.min(limits.max, Math.max(limits.min, raw));
  return {
    zoom,
    pan: {
      x: inset.side + room.w / 2 - zoom * (bb.x1 + bb.w / 2),
      y: inset.top + room.h / 2 - zoom * (bb.y1 + bb.h / 2),
    },
  };
}

/** Bounding box of nodes from their positions and sizes (data w/h, else the style's), no renderer. */
export function boxOfNodes(nodes: NodeCollection): Box {
  let x1 = Number.POSITIVE_INFINITY;
  let y1 = Number.POSITIVE_INFINITY;
  let x2 = Number.NEGATIVE_INFINITY;
  let y2 = Number.NEGATIVE_INFINITY;
  nodes.forEach((n) => {
    const p = n.position();
    const w = Number(n.data('w')) || n.width();
    const h = Number(n.data('h')) || n.height();
    x1 = Math.min(x1, p.x - w / 2);
    y1 = Math.min(y1, p.y - h / 2);
    x2 = Math.max(x2, p.x + w / 2);
    y2 = Math.max(y2, p.y + h / 2);
  });
  if (!Number.isFinite(x1)) return { x1: 0, y1: 0, w: 0, h: 0 };
  return { x1, y1, w: x2 - x1, h: y2 - y1 };
}

/**
 * Whether two viewports show the same picture: zooms within 0.1%, pans within half a pixel (fits
 * worked out by different routes differ in the last digits).
 */
export function sameViewport(a: Viewport, b: Viewport): boolean {
  return (
    Math.abs(a.zoom - b.zoom) <= 1e-3 * Math.max(a.zoom, b.zoom) &&
    Math.abs(a.pan.x - b.pan.x) < 0.5 &&
    Math.abs(a.pan.y - b.pan.y) < 0.5
  );
}
