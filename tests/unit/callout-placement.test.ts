// Plan callouts never cover each other, a held or plan node or a control, stay inside the canvas
// and within touching distance of their node (or are left out); the nearest free place (above the
// node) wins when there is room; narrow canvases show fewer.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type Box,
  calloutBudget,
  gapBetween,
  overlaps,
  placeCallouts,
  reachOf,
} from '../../src/view/graph/callout-placement';
import { PROPERTY_SEED, propertyRuns } from '../support/property-runs';

const bounds: Box = { x: 0, y: 0, w: 1024, h: 620 };

describe('placeCallouts', () => {
  it('puts a lone callout just above its node', () => {
    const [spot] = placeCallouts([{ anchor: { x: 100, y: 100, w: 60, h: 30 }, w: 80, h: 20 }], [], bounds);
    expect(spot).toEqual({ x: 90, y: 77, w: 80, h: 20 });
  });

  it('moves a callout off a control and off a node stacked right above', () => {
    const zoom: Box = { x: 60, y: 60, w: 140, h: 40 };
    const [spot] = placeCallouts(
      [{ anchor: { x: 100, y: 100, w: 60, h: 30 }, w: 80, h: 20 }],
      [zoom],
      bounds,
    );
    expect(spot).not.toBeNull();
    expect(overlaps(spot as Box, zoom)).toBe(false);
  });

  it('leaves a callout out rather than cover something when there is no room', () => {
    const all: Box = { ...bounds };
    expect(placeCallouts([{ anchor: { x: 10, y: 10, w: 10, h: 10 }, w: 50, h: 20 }], [all], bounds)).toEqual([
      null,
    ]);
  });

  it('never overlaps another callout, a node, a control, or leaves the canvas (random layouts)', () => {
    const box = (maxW: number, maxH: number) =>
      fc.record({
        x: fc.integer({ min: 0, max: 1000 }),
        y: fc.integer({ min: 0, max: 600 }),
        w: fc.integer({ min: 8, max: maxW }),
        h: fc.integer({ min: 8, max: maxH }),
      });
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            anchor: box(120, 50),
            w: fc.integer({ min: 30, max: 190 }),
            h: fc.integer({ min: 16, max: 40 }),
          }),
          {
            maxLength: 14,
          },
        ),
        fc.array(box(300, 60), { maxLength: 3 }),
        (callouts, controls) => {
          const spots = placeCallouts(callouts, controls, bounds);
          spots.forEach((s, i) => {
            const c = callouts[i];
            if (s && c) expect(gapBetween(s, c.anchor)).toBeLessThanOrEqual(reachOf(c));
          });
          const placed = spots.filter((s): s is Box => s !== null);
          for (const [i, s] of placed.entries()) {
            expect(s.x >= 0 && s.y >= 0 && s.x + s.w <= bounds.w && s.y + s.h <= bounds.h).toBe(true);
            for (const c of controls) expect(overlaps(s, c)).toBe(false);
            for (const c of callouts) expect(overlaps(s, c.anchor)).toBe(false);
            for (const other of placed.slice(i + 1)) expect(overlaps(s, other)).toBe(false);
          }
        },
      ),
      { numRuns: propertyRuns(2000), seed: PROPERTY_SEED },
    );
  });

  it('does not cover a held node drawn right above the plan node', () => {
    const anchor: Box = { x: 300, y: 300, w: 60, h: 30 };
    const held: Box = { x: 290, y: 250, w: 80, h: 45 };
    const [spot] = placeCallouts([{ anchor, w: 80, h: 20 }], [held], bounds);
    expect(spot).not.toBeNull();
    expect(overlaps(spot as Box, held)).toBe(false);
    // Below instead: the next nearest place.
    expect(spot).toEqual({ x: 290, y: 333, w: 80, h: 20 });
  });

  it('leaves a callout out rather than float it far from its node', () => {
    const anchor: Box = { x: 300, y: 300, w: 60, h: 30 };
    // Everything within reach is taken by nodes drawn as held; the far canvas is empty.
    const ring = reachOf({ h: 20 }) + 100;
    const around: Box = {
      x: anchor.x - ring,
      y: anchor.y - ring,
      w: anchor.w + 2 * ring,
      h: anchor.h + 2 * ring,
    };
    const [spot] = placeCallouts([{ anchor, w: 80, h: 20 }], [around], bounds);
    expect(spot).toBeNull();
    // The old search took places four rings out (80+ px away); none is within reach now.
    const crowded: Box[] = [
      { x: 200, y: 240, w: 260, h: 56 },
      { x: 200, y: 334, w: 260, h: 56 },
      { x: 200, y: 296, w: 96, h: 38 },
      { x: 364, y: 296, w: 96, h: 38 },
    ];
    expect(placeCallouts([{ anchor, w: 80, h: 20 }], crowded, bounds)).toEqual([null]);
  });

  it('places at most `max`, in order, the rest left out', () => {
    const callouts = [0, 1, 2, 3, 4].map((i) => ({
      anchor: { x: 100 + i * 180, y: 300, w: 60, h: 30 },
      w: 80,
      h: 20,
    }));
    const spots = placeCallouts(callouts, [], bounds, 3);
    expect(spots.map((s) => s !== null)).toEqual([true, true, true, false, false]);
  });

  it('gives a phone-width canvas few compact callouts, a laptop all of them', () => {
    expect(calloutBudget(390)).toEqual({ max: 3, compact: true });
    expect(calloutBudget(600)).toEqual({ max: 5, compact: true });
    expect(calloutBudget(1024)).toEqual({ max: Number.POSITIVE_INFINITY, compact: false });
  });

  it('slides a callout sideways into the canvas for a node at its edge when the corners are taken', () => {
    const anchor: Box = { x: 990, y: 300, w: 30, h: 30 };
    const taken: Box[] = [
      { x: 860, y: 300, w: 125, h: 40 },
      { x: 875, y: 270, w: 25, h: 15 },
      { x: 875, y: 330, w: 25, h: 30 },
    ];
    const [spot] = placeCallouts([{ anchor, w: 120, h: 20 }], taken, bounds);
    expect(spot).toEqual({ x: 904, y: 277, w: 120, h: 20 });
  });
});
