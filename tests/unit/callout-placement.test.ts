// Plan callouts never cover each other, a plan node or a control, and stay inside the canvas;
// the nearest free place (above the node) wins when there is room.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Box, overlaps, placeCallouts } from '../../src/view/graph/callout-placement';
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
});
