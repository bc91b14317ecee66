// The viewport that fits a bounding box into the part of the canvas nothing covers: the zoom
// buttons above and the legend below, so "Fit all" leaves no node under the legend.

export interface Box {
  x1: number;
  y1: number;
  w: number;
  h: number;
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
): { zoom: number; pan: { x: number; y: number } } {
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
