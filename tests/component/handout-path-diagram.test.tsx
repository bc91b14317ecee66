// @vitest-environment jsdom
// The handout's path diagram: what is held in column 0, each step one column after what it builds
// on, long links through free slots (never under a box), experience labelled in years; and the
// timeline's milestone marker keeps clear of its "at once" words; long handouts zoom to fit a page.

import { readFileSync } from 'node:fs';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import { buildCareerGraph } from '../../src/domain/career-graph';
import type { Plan } from '../../src/domain/planner/types';
import type { CareerGraphFile, Situation } from '../../src/domain/types';
import { presentPlan } from '../../src/present/plan-model';
import { fitScale, MIN_SCALE } from '../../src/view/handout/handout-fit';
import { PathDiagram, wrapWords } from '../../src/view/handout/PathDiagram';
import { PathPicture } from '../../src/view/handout/PathPicture';
import { layoutPathDiagram } from '../../src/view/handout/path-diagram-layout';
import { handPlan } from '../support/hand-plan';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const file = JSON.parse(readFileSync('tests/fixtures/explorer-small.json', 'utf8')) as CareerGraphFile;
const graph = buildCareerGraph(file);
const MHSM = 'medical-and-health-services-manager';
const anyOf = { anyOf: ['x'] };

const situation: Situation = {
  holds: ['high-school-diploma', 'medical-records-technician', 'rhia'],
  years: { 'medical-records-technician': 2 },
};
const plan: Plan = handPlan({
  steps: [
    {
      id: 'cca',
      start: 0,
      end: 3,
      cost: 0,
      reasons: [{ for: 'medical-coder', need: 'anyOf', path: '', part: anyOf }],
    },
    {
      id: 'bachelor-him',
      start: 0,
      end: 48,
      cost: 0,
      reasons: [{ for: MHSM, need: 'anyOf', path: '', part: anyOf }],
    },
    {
      id: 'medical-coder',
      start: 3,
      end: 3,
      cost: 0,
      reasons: [
        { for: MHSM, need: 'allOf', path: '', part: anyOf },
        { for: MHSM, need: 'experience', path: '', part: anyOf, years: 2 },
      ],
    },
    { id: MHSM, start: 48, end: 48, cost: 0, reasons: [] },
  ],
  totals: { months: 48, cost: 0, steps: 4 },
  salary: {},
  optimal: true,
  unknown: { cost: [], months: [] },
});

let root: Root | null = null;
let host: HTMLElement | null = null;
function render(node: React.ReactNode): HTMLElement {
  host = document.createElement('div');
  document.body.appendChild(host);
  root = createRoot(host);
  act(() => root?.render(node));
  return host;
}
afterEach(() => {
  act(() => root?.unmount());
  host?.remove();
});

describe('path diagram layout', () => {
  const layout = layoutPathDiagram(graph, plan, situation);

  it('puts held items first, each step one column after the latest thing it builds on', () => {
    expect(layout.nodes.map((n) => [n.id, n.column, n.row, n.step ?? null])).toEqual([
      ['high-school-diploma', 0, 0, null],
      ['medical-records-technician', 0, 1, null],
      ['cca', 1, 0, 1],
      ['bachelor-him', 1, 1, 2],
      ['medical-coder', 2, 0, 3],
      [MHSM, 3, 0, 4],
    ]);
    expect(layout.columns).toBe(4);
    expect(layout.rows).toBe(3);
    expect(layout.columnSizes).toEqual([2, 3, 3, 1]);
    // RHIA is held but nothing in this plan builds on it.
    expect(layout.heldLeftOut).toBe(1);
  });

  it('draws one link per pair (experience wins, with its years) and routes long links through free slots', () => {
    const links = [...layout.links]
      .sort((a, b) => `${a.from}>${a.to}`.localeCompare(`${b.from}>${b.to}`))
      .map((l) => [`${l.from}>${l.to}`, l.type, l.years ?? null, l.via]);
    expect(links).toEqual([
      [`bachelor-him>${MHSM}`, 'anyOf', null, [{ column: 2, row: 1 }]],
      ['cca>medical-coder', 'anyOf', null, []],
      ['high-school-diploma>bachelor-him', 'allOf', null, []],
      ['high-school-diploma>cca', 'allOf', null, []],
      [`medical-coder>${MHSM}`, 'experience', 2, []],
      [
        `medical-records-technician>${MHSM}`,
        'experience',
        2,
        [
          { column: 1, row: 2 },
          { column: 2, row: 2 },
        ],
      ],
    ]);
  });

  it('starts steps in column 1 when nothing held leads into them', () => {
    const alone = layoutPathDiagram(graph, plan, { holds: [] });
    expect(alone.nodes.filter((n) => n.column === 0)).toEqual([]);
    expect(alone.nodes.map((n) => n.column)).toEqual([1, 1, 2, 3]);
  });
});

describe('PathDiagram', () => {
  it('draws each kind in its shape, numbered steps, held items with their years, and "n yr" labels', () => {
    const el = render(<PathDiagram graph={graph} plan={plan} situation={situation} titleId="t" />);
    const svg = el.querySelector('svg.path-diagram');
    expect(svg?.getAttribute('aria-labelledby')).toBe('t');
    const groups = [...el.querySelectorAll('svg.path-diagram > g')].filter((g) => g.querySelector('tspan'));
    expect(
      groups.map((g) => [
        g.firstElementChild?.tagName,
        [...g.querySelectorAll('tspan')].map((t) => t.textContent).join(' '),
      ]),
    ).toEqual([
      ['path', 'High school diploma'],
      ['rect', 'Medical Records Technician, 2 yr'],
      ['polygon', '1. CCA'],
      ['path', "2. Bachelor's in HIM"],
      ['rect', '3. Medical Coder'],
      ['rect', '4. Medical and Health Services Manager'],
    ]);
    const labels = [...el.querySelectorAll('svg.path-diagram g > text')].map((t) => t.textContent);
    expect(labels.filter((t) => t === '2 yr')).toHaveLength(2);
    expect(el.querySelectorAll('svg.path-diagram path[stroke-dasharray="5 3"]')).toHaveLength(2);
    expect(el.textContent).toContain('You hold now');
  });

  it('says where the path starts when nothing held leads into it', () => {
    const el = render(<PathDiagram graph={graph} plan={plan} situation={{ holds: [] }} titleId="t" />);
    expect(el.textContent).toContain('Starting from scratch');
    expect(el.textContent).not.toContain('You hold now');
  });

  it('wraps labels into at most two lines, cutting the rest with an ellipsis', () => {
    expect(wrapWords('Medical and health services manager', 16, 2)).toEqual([
      'Medical and',
      'health services…',
    ]);
    expect(wrapWords('CCA', 16, 2)).toEqual(['CCA']);
    expect(wrapWords('Supercalifragilistic', 8, 2)).toEqual(['Superca…']);
  });
});

describe('PathPicture (timeline)', () => {
  it('draws a step with no length as a diamond whose words start clear of it', () => {
    const model = presentPlan(graph, plan, { goal: MHSM, by: 'months', index: 0, holds: situation.holds });
    const el = render(<PathPicture graph={graph} plan={plan} model={model} titleId="p" />);
    const rows = [...el.querySelectorAll('svg.path-picture > g')].filter((g) => g.querySelector('rect'));
    const last = rows[rows.length - 1];
    const diamond = last?.querySelector('rect');
    expect(diamond?.getAttribute('transform')).toMatch(/^rotate\(45 /);
    const words = [...(last?.querySelectorAll('text') ?? [])].find((t) => t.textContent === 'at once');
    const side = Number(diamond?.getAttribute('width'));
    const centre = Number(diamond?.getAttribute('x')) + side / 2;
    // The rotated square reaches side·√2/2 right of its centre.
    expect(Number(words?.getAttribute('x'))).toBeGreaterThan(centre + (side * Math.SQRT2) / 2);
  });
});

describe('fitScale', () => {
  // A handout 300 mm tall at zoom 1 whose lines wrap less when zoomed: height ∝ zoom^1.2.
  const tall = (zoom: number) => 300 * zoom ** 1.2;

  it('keeps a handout that fits at full size, and one that cannot be measured', () => {
    expect(fitScale(() => 240)).toBe(1);
    expect(fitScale(() => 0)).toBe(1);
  });

  it('finds the largest zoom (to 0.01) at which the measured height fits', () => {
    const z = fitScale(tall, 250);
    expect(z).toBe(0.85);
    expect(tall(z)).toBeLessThanOrEqual(250);
    expect(tall(z + 0.01)).toBeGreaterThan(250);
  });

  it('stops at the smallest readable zoom', () => {
    expect(fitScale((zoom) => 1000 * zoom, 250)).toBe(MIN_SCALE);
  });
});
