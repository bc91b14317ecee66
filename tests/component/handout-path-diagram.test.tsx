// @vitest-environment jsdom
// The handout's path diagram: what is held in column 0, each step one column after what it builds
// on, placed by the one layered layout, long links through free slots (never under a box),
// experience labelled in years; the handout's timeline is the plan panel's; long handouts zoom to
// fit a page.

import { readFileSync } from 'node:fs';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import { buildCareerGraph } from '../../src/domain/career-graph';
import type { Plan } from '../../src/domain/planner/types';
import type { CareerGraphFile, Situation } from '../../src/domain/types';
import { PrintHandout } from '../../src/view/handout/Handout';
import { fitScale, MIN_SCALE } from '../../src/view/handout/handout-fit';
import { fitName, PathDiagram } from '../../src/view/handout/PathDiagram';
import { type DiagramLayout, layoutPathDiagram } from '../../src/view/handout/path-diagram-data';
import { shapeOutline } from '../../src/view/theme/shape-outline';
import { EDGE_STYLES, KIND_SHAPES, PALETTES, shapeTextShare } from '../../src/view/theme/theme';
import { textWidth } from '../../src/view/theme/wrap';
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

/** Every number in an attribute ("M1,2 Q3,4 …", "1,2 3,4", "12.5"). */
const numbers = (text: string): number[] => (text.match(/-?\d+(\.\d+)?/g) ?? []).map(Number);
function expectClose(actual: number[], expected: number[], what: string): void {
  expect(actual.length, what).toBe(expected.length);
  actual.forEach((n, i) => {
    expect(Math.abs(n - (expected[i] ?? Number.NaN)), what).toBeLessThanOrEqual(0.15);
  });
}
/** The x and y of every point an outline passes (polygon points; path M/L/Q pairs, H x, V y). */
function extent(shape: Element): { xs: number[]; ys: number[] } {
  const xs: number[] = [];
  const ys: number[] = [];
  if (shape.tagName === 'polygon') {
    numbers(shape.getAttribute('points') ?? '').forEach((n, i) => {
      (i % 2 === 0 ? xs : ys).push(n);
    });
    return { xs, ys };
  }
  for (const [, command, args] of (shape.getAttribute('d') ?? '').matchAll(/([MLQHVZ])([^MLQHVZ]*)/g)) {
    const n = numbers(args ?? '');
    if (command === 'H') xs.push(...n);
    else if (command === 'V') ys.push(...n);
    else
      n.forEach((v, i) => {
        (i % 2 === 0 ? xs : ys).push(v);
      });
  }
  return { xs, ys };
}
/** The box a drawn outline fills (every outline touches its box's four sides). */
function boxOf(shape: Element): { cx: number; cy: number; w: number; h: number } {
  const a = (name: string) => Number(shape.getAttribute(name));
  if (shape.tagName === 'rect')
    return { cx: a('x') + a('width') / 2, cy: a('y') + a('height') / 2, w: a('width'), h: a('height') };
  const { xs, ys } = extent(shape);
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  return { cx: (x0 + x1) / 2, cy: (y0 + y1) / 2, w: x1 - x0, h: y1 - y0 };
}

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

const SIZES = { box: 28, slot: 14 };
const sizes = () => SIZES;

/** Top and bottom edge of every box and slot, per column. */
function spans(layout: DiagramLayout): Map<number, { id: string; top: number; bottom: number }[]> {
  const out = new Map<number, { id: string; top: number; bottom: number }[]>();
  const add = (column: number, id: string, y: number, h: number) =>
    out.set(column, [...(out.get(column) ?? []), { id, top: y - h / 2, bottom: y + h / 2 }]);
  for (const n of layout.nodes) add(n.column, n.id, n.y, SIZES.box);
  for (const l of layout.links) for (const v of l.via) add(v.column, `${l.from}>${l.to}`, v.y, SIZES.slot);
  return out;
}

describe('path diagram layout', () => {
  const layout = layoutPathDiagram(graph, plan, situation, sizes);

  it('puts held items first, each step one column after the latest thing it builds on', () => {
    expect(layout.nodes.map((n) => [n.id, n.column, n.step ?? null])).toEqual([
      ['high-school-diploma', 0, null],
      ['medical-records-technician', 0, null],
      ['cca', 1, 1],
      ['bachelor-him', 1, 2],
      ['medical-coder', 2, 3],
      [MHSM, 3, 4],
    ]);
    expect(layout.columns).toBe(4);
    // RHIA is held but nothing in this plan builds on it.
    expect(layout.heldLeftOut).toBe(1);
  });

  it('draws one link per pair (experience wins, with its years) and routes long links through free slots', () => {
    const links = [...layout.links]
      .sort((a, b) => `${a.from}>${a.to}`.localeCompare(`${b.from}>${b.to}`))
      .map((l) => [`${l.from}>${l.to}`, l.type, l.years ?? null, l.via.map((v) => v.column)]);
    expect(links).toEqual([
      [`bachelor-him>${MHSM}`, 'anyOf', null, [2]],
      ['cca>medical-coder', 'anyOf', null, []],
      ['high-school-diploma>bachelor-him', 'allOf', null, []],
      ['high-school-diploma>cca', 'allOf', null, []],
      [`medical-coder>${MHSM}`, 'experience', 2, []],
      [`medical-records-technician>${MHSM}`, 'experience', 2, [1, 2]],
    ]);
  });

  it('places boxes and slots with the layered layout: none overlaps another in its column', () => {
    const all = spans(layout);
    for (const [column, list] of all) {
      const sorted = [...list].sort((a, b) => a.top - b.top);
      for (let i = 1; i < sorted.length; i++) {
        const [above, below] = [sorted[i - 1], sorted[i]];
        expect(below?.top, `column ${column}: ${above?.id} / ${below?.id}`).toBeGreaterThanOrEqual(
          above?.bottom ?? 0,
        );
      }
    }
    const flat = [...all.values()].flat();
    expect(layout.top).toBe(Math.min(...flat.map((s) => s.top)));
    expect(layout.bottom).toBe(Math.max(...flat.map((s) => s.bottom)));
  });

  it('asks for box sizes by the columns it draws; steps start in column 1 when nothing held leads in', () => {
    const asked: number[] = [];
    const alone = layoutPathDiagram(graph, plan, { holds: [] }, (shown) => {
      asked.push(shown);
      return SIZES;
    });
    expect(asked).toEqual([3]);
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
    const oneOf = EDGE_STYLES.anyOf.dash?.join(' ');
    expect(el.querySelectorAll(`svg.path-diagram > g > path[stroke-dasharray="${oneOf}"]`)).toHaveLength(2);
    expect(el.textContent).toContain('You hold now');
  });

  it("draws each kind's shape with the map's outline (theme/shape-outline.ts), key included", () => {
    const el = render(<PathDiagram graph={graph} plan={plan} situation={situation} titleId="t" />);
    const groups = [...el.querySelectorAll('svg.path-diagram > g')].filter((g) => g.querySelector('tspan'));
    const kinds = ['education', 'role', 'credential', 'education', 'role', 'role'] as const;
    const shapes = groups.map((g) => g.firstElementChild as SVGElement);
    const key = [...el.querySelectorAll('svg.path-diagram > g:last-child > g')].slice(0, 4);
    const keyShapes = key.map((g) => g.firstElementChild as SVGElement);
    const drawn = [...shapes, ...keyShapes];
    const drawnKinds = [...kinds, 'role', 'education', 'credential', 'license'] as const;
    expect(drawn.map((s) => s.tagName)).toEqual([
      'path',
      'rect',
      'polygon',
      'path',
      'rect',
      'rect',
      'rect',
      'path',
      'polygon',
      'polygon',
    ]);
    drawn.forEach((shape, i) => {
      const kind = drawnKinds[i] ?? 'role';
      const box = boxOf(shape);
      const outline = shapeOutline(KIND_SHAPES[kind].shape, box.cx, box.cy, box.w, box.h);
      expect(shape.tagName, kind).toBe(outline.tag);
      for (const [name, value] of Object.entries(outline.attrs))
        expectClose(numbers(shape.getAttribute(name) ?? ''), numbers(String(value)), `${kind} ${name}`);
      expect(shape.getAttribute('fill'), kind).toBe(PALETTES.light.kinds[kind].fill);
    });
    // The octagon (license) and the hexagon (credential) differ: not one polygon for both.
    expect(keyShapes[3]?.getAttribute('points')?.split(' ')).toHaveLength(8);
    expect(keyShapes[2]?.getAttribute('points')?.split(' ')).toHaveLength(6);
  });

  it('keeps hexagon and octagon names inside the shape at their top and bottom lines', () => {
    const names = {
      credential: '12. Certified Coding Specialist, Physician-based',
      license: '3. Registered nurse licence by endorsement',
    } as const;
    for (const kind of ['credential', 'license'] as const)
      for (const boxW of [80, 110, 150])
        for (const maxLines of [2, 3]) {
          const { lines, size } = fitName(names[kind], kind, boxW, maxLines);
          // The least box the name gets: the usual height (28, a line more for three), or its lines'.
          const h = Math.max(maxLines === 3 ? 38.5 : 28, lines.length * (size + 1) + 8);
          const share = shapeTextShare(KIND_SHAPES[kind].shape, (lines.length * (size + 1)) / h);
          for (const line of lines)
            expect(textWidth(line, size), `${kind} ${boxW} ${maxLines}: ${line}`).toBeLessThanOrEqual(
              boxW * share - 8,
            );
        }
  });

  it('says where the path starts when nothing held leads into it', () => {
    const el = render(<PathDiagram graph={graph} plan={plan} situation={{ holds: [] }} titleId="t" />);
    expect(el.textContent).toContain('Starting from scratch');
    expect(el.textContent).not.toContain('You hold now');
  });
});

describe('the handout timeline', () => {
  it("is the plan panel's timeline: a row per step in its kind's colours, its length after it", () => {
    const result = { kind: 'plan' as const, plans: [plan], goal: MHSM, by: 'months' as const };
    render(
      <PrintHandout graph={graph} situation={situation} result={result as never} index={0} goal={MHSM} />,
    );
    const rows = [...document.querySelectorAll<HTMLElement>('.handout-root .timeline .timeline-row')];
    expect(rows.map((r) => r.querySelector('.timeline-label')?.textContent)).toEqual([
      '1. CCA',
      "2. Bachelor's in HIM",
      '3. Medical Coder',
      '4. Medical and Health Services Manager',
    ]);
    // CCA is a credential, the bachelor's an education: each row carries its kind's fill.
    const fill = (r?: HTMLElement) => r?.style.getPropertyValue('--kind-fill');
    expect(fill(rows[0])).toMatch(/^#/);
    expect(fill(rows[0])).not.toBe(fill(rows[1]));
    expect(rows[1]?.querySelector('.timeline-length')?.textContent).toBe('4 yr');
    expect(rows[3]?.querySelector('.timeline-length')?.textContent).toBe('at once');
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
