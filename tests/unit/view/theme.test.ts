// The theme's promises, checked on its own numbers: every label readable (≥ 4.5:1) on its fill in
// every state (plain, faded, dimmed) and theme; faint edges and kind shapes visible (≥ 3:1) on the
// canvas; styles.css first-paint variables equal to the light theme; the contrast arithmetic.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { NODE_KINDS } from '../../../src/domain/types';
import { blend, contrastRatio, parseColour } from '../../../src/view/theme/contrast';
import {
  cssVariables,
  DIM,
  FADE,
  linesInShape,
  PALETTES,
  shapeTextShare,
  THEME_NAMES,
} from '../../../src/view/theme/theme';
import { wrapLabel } from '../../../src/view/theme/wrap';

describe('contrast arithmetic', () => {
  it('matches WCAG figures for known pairs', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
    expect(contrastRatio('#fff', '#fff')).toBe(1);
    expect(parseColour('rgb(0, 114, 178)')).toEqual({ r: 0, g: 114, b: 178 });
    expect(blend('#000000', 0.5, '#ffffff')).toEqual({ r: 128, g: 128, b: 128 });
    expect(() => parseColour('blue')).toThrow(/not a colour/);
  });
});

describe('text in hexagons and octagons', () => {
  it('gives a label less width the taller its block (the slanted sides), and a rectangle all of it', () => {
    expect(shapeTextShare('round-hexagon', 0)).toBeCloseTo(0.95);
    expect(shapeTextShare('round-hexagon', 1)).toBeCloseTo(0.475);
    expect(shapeTextShare('round-octagon', 0.4)).toBeCloseTo(0.95);
    expect(shapeTextShare('round-octagon', 1)).toBeCloseTo(0.95 * (Math.SQRT2 - 1));
    expect(shapeTextShare('round-rectangle', 1)).toBe(1);
  });

  it('rewraps a label until its lines fit the room their own height leaves', () => {
    const rooms: number[] = [];
    const lines = linesInShape(
      'round-hexagon',
      200,
      10,
      (n) => (n * 20) / 80,
      (room) => {
        rooms.push(room);
        return wrapLabel('Certified Documentation Integrity Practitioner', 16, room);
      },
    );
    // One line first (room 200 × 0.95 × (1 − 0.125) − 10): four lines there, so again at the room
    // four lines leave (the whole height: 200 × 0.475 − 10), where they stay four.
    expect(rooms.map(Math.round)).toEqual([156, 85]);
    expect(lines).toHaveLength(4);
    expect(lines).toEqual(wrapLabel('Certified Documentation Integrity Practitioner', 16, rooms.at(-1) ?? 0));
    expect(
      linesInShape(
        'round-rectangle',
        200,
        10,
        () => 1,
        () => ['RHIT'],
      ),
    ).toEqual(['RHIT']);
  });
});

describe.each(THEME_NAMES)('%s theme', (name) => {
  const p = PALETTES[name];
  it.each(NODE_KINDS)('keeps %s labels at 4.5:1 or more, plain, faded and dimmed', (kind) => {
    const k = p.kinds[kind];
    expect(contrastRatio(k.text, k.fill)).toBeGreaterThanOrEqual(4.5);
    for (const state of [FADE, DIM]) {
      const behind = blend(k.fill, state.fill, p.canvas);
      expect(contrastRatio(p.dimmedText, behind)).toBeGreaterThanOrEqual(4.5);
    }
    // The shape still shows on the canvas: the border at full strength is a 3:1 edge.
    expect(
      Math.max(contrastRatio(k.border, p.canvas), contrastRatio(k.fill, p.canvas)),
    ).toBeGreaterThanOrEqual(3);
  });

  it('draws faint edges at 3:1 and strong edges and ink well above', () => {
    expect(contrastRatio(p.edgeFaint, p.canvas)).toBeGreaterThanOrEqual(3);
    expect(contrastRatio(p.edgeStrong, p.canvas)).toBeGreaterThanOrEqual(7);
    expect(contrastRatio(p.ink, p.canvas)).toBeGreaterThanOrEqual(7);
    expect(contrastRatio(p.muted, p.panel)).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(p.link, p.canvas)).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio('#ffffff', p.accent)).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(p.planText, p.canvas)).toBeGreaterThanOrEqual(4.5);
  });
});

describe('styles.css', () => {
  it("draws each kind's swatch in one rule, for the legend and the marks beside names alike", () => {
    const css = readFileSync('src/view/styles.css', 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
    const rules = [...css.matchAll(/([^{}]+)\{([^{}]*)\}/g)].map((m) => ({
      selectors: (m[1] ?? '').split(',').map((x) => x.trim()),
      body: m[2] ?? '',
    }));
    for (const kind of NODE_KINDS) {
      const drawing = rules.filter((r) =>
        r.selectors.some((x) => x === `.shape-${kind}` || x === `.kind-${kind}`),
      );
      expect(drawing, `rules drawing ${kind}`).toHaveLength(1);
      expect(drawing[0]?.selectors).toEqual(expect.arrayContaining([`.shape-${kind}`, `.kind-${kind}`]));
      expect(drawing[0]?.body).toContain(`var(--${kind})`);
    }
  });

  it('starts with the light theme variables, as theme.ts defines them', () => {
    const css = readFileSync('src/view/styles.css', 'utf8');
    const root = /:root\s*\{([^}]*)\}/.exec(css)?.[1] ?? '';
    for (const [k, v] of Object.entries(cssVariables('light'))) {
      expect(root, `${k} in styles.css :root`).toMatch(new RegExp(`${k}:\\s*${v};`, 'i'));
    }
  });
});
