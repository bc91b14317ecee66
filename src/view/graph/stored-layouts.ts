// Positions computed at build time for the built-in graphs (`npm run layout` writes
// graph-data/layouts/), so they open without running the layout; a unit test fails when they drift
// from what the layout computes now. They are found by a fingerprint of the layout's input, so an
// edited copy of a built-in graph is laid out afresh. A chunk of their own, loaded with the dataset.

import type { LayoutInput, Position } from './layered-layout';

export interface StoredLayout {
  /** The built-in graph's id (file name). */
  graph: string;
  /** layoutFingerprint of the input these positions were computed from. */
  input: string;
  positions: Record<string, [number, number]>;
}

/** FNV-1a (32 bit) of the input as JSON, with the node count: same input, same text everywhere. */
export function layoutFingerprint(input: LayoutInput): string {
  const text = JSON.stringify(input);
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `${input.nodes.length}-${hash.toString(16).padStart(8, '0')}`;
}

/** The stored layout for `input` among `layouts`, as positions; null when none matches. */
export function findStoredPositions(
  layouts: readonly StoredLayout[],
  input: LayoutInput,
): Map<string, Position> | null {
  const key = layoutFingerprint(input);
  const found = layouts.find((l) => l.input === key);
  if (!found) return null;
  const positions = new Map<string, Position>();
  for (const n of input.nodes) {
    const p = found.positions[n.id];
    if (!p) return null;
    positions.set(n.id, { x: p[0], y: p[1] });
  }
  return positions;
}

let stored: readonly StoredLayout[] | null = null;
let loading: Promise<void> | null = null;

/** Loads the stored layouts once (a failed load counts as none: the layout then runs). */
export function loadStoredLayouts(): Promise<void> {
  loading ??= import('./stored-layouts-data').then(
    (m) => {
      stored = m.STORED_LAYOUTS;
    },
    () => {
      stored = [];
    },
  );
  return loading;
}

export const storedLayoutsLoaded = (): boolean => stored !== null;

/** Stored positions for `input`, if loaded and one matches. */
export function storedPositions(input: LayoutInput): Map<string, Position> | null {
  return stored ? findStoredPositions(stored, input) : null;
}
