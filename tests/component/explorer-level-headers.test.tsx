// Level headers: one column per role level at the mean x of its roles; each chip centred over its
// level's span (its roles' column and the columns leading into it) with a bracket as wide as the
// span; chips only where neighbouring levels leave room for them (else the band says how they run).
// @vitest-environment jsdom

import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import {
  chipsFit,
  createLevelHeaders,
  levelColumns,
  levelSpans,
  ZOOMED_OUT_CAPTION,
} from '../../src/view/graph/level-headers';

describe('level headers', () => {
  it('gives a level one chip per band when a big graph is folded into side-by-side bands', () => {
    expect(
      levelColumns([
        { level: 1, x: 5300 },
        { level: 0, x: 100 },
        { level: 1, x: 300 },
        { level: 0, x: 5100 },
      ]),
    ).toEqual([
      { level: 0, x: 100 },
      { level: 1, x: 300 },
      { level: 0, x: 5100 },
      { level: 1, x: 5300 },
    ]);
  });

  it('gives each level the mean x of its roles, left to right, skipping roles without a level', () => {
    expect(
      levelColumns([
        { level: 2, x: 500 },
        { level: 0, x: 100 },
        { level: 0, x: 140 },
        { level: -1, x: 900 },
        { level: Number.NaN, x: 950 },
      ]),
    ).toEqual([
      { level: 0, x: 120 },
      { level: 2, x: 500 },
    ]);
  });

  it("spans a level from the column after the previous level's roles to its own roles' column", () => {
    // Columns: diploma 0, programs 150, entry roles 300, credentials 450, level-1 roles 600, and a
    // credential after the last roles (in no level's span).
    const roles = [
      { level: 0, x: 300 },
      { level: 0, x: 300 },
      { level: 1, x: 600 },
    ];
    const nodes = [
      { x: 0, w: 100 },
      { x: 150, w: 120 },
      { x: 150, w: 80 },
      { x: 300, w: 132 },
      { x: 300, w: 90 },
      { x: 450, w: 70 },
      { x: 600, w: 132 },
      { x: 750, w: 70 },
    ];
    expect(levelSpans(roles, nodes)).toEqual([
      { level: 0, x1: -50, x2: 366 },
      { level: 1, x1: 415, x2: 666 },
    ]);
  });

  it("starts a level's span at a wide gap: a folded graph's next band", () => {
    const roles = [
      { level: 0, x: 100 },
      { level: 1, x: 300 },
      { level: 0, x: 1400 },
      { level: 1, x: 1600 },
    ];
    const nodes = [
      { x: 0, w: 60 },
      { x: 100, w: 60 },
      { x: 300, w: 60 },
      { x: 400, w: 60 },
      { x: 1300, w: 60 },
      { x: 1400, w: 60 },
      { x: 1600, w: 60 },
    ];
    expect(levelSpans(roles, nodes)).toEqual([
      { level: 0, x1: -30, x2: 130 },
      { level: 1, x1: 270, x2: 330 },
      { level: 0, x1: 1270, x2: 1430 },
      { level: 1, x1: 1570, x2: 1630 },
    ]);
    // A level whose roles stand alone spans just their column.
    expect(levelSpans([{ level: 2, x: 50 }], [])).toEqual([{ level: 2, x1: 50, x2: 50 }]);
  });

  it('fits chips only while the closest columns are a chip apart on screen', () => {
    expect(chipsFit([0, 100, 400], 1)).toBe(true);
    expect(chipsFit([0, 100, 400], 0.78)).toBe(true);
    expect(chipsFit([0, 100, 400], 0.77)).toBe(false);
    expect(chipsFit([], 1)).toBe(false);
  });

  it('draws a band in the canvas container: chips when they fit, the caption when zoomed out', () => {
    const container = document.createElement('div');
    document.body.appendChild(container);
    const cy = cytoscape({
      headless: true,
      container,
      layout: { name: 'preset' },
      elements: [
        { data: { id: 'a', kind: 'role', level: 0, w: 40 }, position: { x: 0, y: 0 } },
        { data: { id: 'b', kind: 'role', level: 1, w: 80 }, position: { x: 200, y: 0 } },
        { data: { id: 'c', kind: 'education', w: 60 }, position: { x: 100, y: 0 } },
      ],
    });
    cy.viewport({ zoom: 1, pan: { x: 10, y: 0 } });
    const headers = createLevelHeaders(cy);
    headers.refresh();
    const band = container.querySelector('.level-headers');
    const chips = [...container.querySelectorAll<HTMLElement>('.level-header')];
    const caption = container.querySelector<HTMLElement>('.level-caption');
    expect(band?.getAttribute('aria-hidden')).toBe('true');
    expect(chips.map((c) => c.textContent)).toEqual(['Entry', 'Level 1']);
    expect(chips.map((c) => c.hidden)).toEqual([false, false]);
    expect(chips.map((c) => c.dataset.level)).toEqual(['0', '1']);
    // Level 1 spans the education column (70–130) and its roles' (160–240): centred at 155 + pan.
    expect(chips[1]?.style.transform).toBe('translate(165px, 0) translate(-50%, 0)');
    const brackets = [...container.querySelectorAll<HTMLElement>('.level-span')];
    expect(brackets.map((b) => [b.style.transform, b.style.width])).toEqual([
      ['translate(-10px, 0)', '40px'],
      ['translate(80px, 0)', '170px'],
    ]);
    expect(caption?.hidden).toBe(true);

    // Zoomed and panned, chips and brackets follow.
    cy.viewport({ zoom: 2, pan: { x: -50, y: 0 } });
    expect(chips[1]?.style.transform).toBe('translate(260px, 0) translate(-50%, 0)');
    expect(brackets[1]?.style.transform).toBe('translate(90px, 0)');
    expect(brackets[1]?.style.width).toBe('340px');

    cy.zoom(0.3);
    expect(chips.map((c) => c.hidden)).toEqual([true, true]);
    expect(brackets.map((b) => b.hidden)).toEqual([true, true]);
    expect(caption?.hidden).toBe(false);
    expect(caption?.textContent).toBe(ZOOMED_OUT_CAPTION);

    headers.destroy();
    expect(container.querySelector('.level-headers')).toBeNull();
    cy.destroy();
    container.remove();
  });
});
