// Level headers: one column per role level at the mean x of its roles, and chips only where
// neighbouring columns leave room for them (else the band says how the levels run).
// @vitest-environment jsdom

import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import {
  chipsFit,
  createLevelHeaders,
  levelColumns,
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
        { data: { id: 'a', kind: 'role', level: 0 }, position: { x: 0, y: 0 } },
        { data: { id: 'b', kind: 'role', level: 1 }, position: { x: 200, y: 0 } },
        { data: { id: 'c', kind: 'education' }, position: { x: 100, y: 0 } },
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
    expect(chips[1]?.style.transform).toBe('translate(210px, 0) translate(-50%, 0)');
    expect(caption?.hidden).toBe(true);

    cy.zoom(0.3);
    expect(chips.map((c) => c.hidden)).toEqual([true, true]);
    expect(caption?.hidden).toBe(false);
    expect(caption?.textContent).toBe(ZOOMED_OUT_CAPTION);

    headers.destroy();
    expect(container.querySelector('.level-headers')).toBeNull();
    cy.destroy();
    container.remove();
  });
});
