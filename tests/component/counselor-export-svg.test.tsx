// @vitest-environment jsdom
// The SVG export on a headless Cytoscape with the app's stylesheet: well-formed XML, one group
// per visible node, hidden kinds left out, dimming kept, and labels escaped as text.

import cytoscape, { type Core } from 'cytoscape';
import { afterEach, describe, expect, it } from 'vitest';
import { exportFileName } from '../../src/view/export/export-graph';
import { graphToSvg, svgToText } from '../../src/view/export/graph-to-svg';
import { GRAPH_STYLESHEET } from '../../src/view/graph/style';
import { toElements } from '../../src/view/graph/to-elements';
import { NODE_PADDING, shapeTextShare } from '../../src/view/theme/theme';
import { LINE_HEIGHT, textWidth, wrapLabel } from '../../src/view/theme/wrap';
import { graph } from './support/counselor-plans';

let cy: Core | null = null;

/** Headless Cytoscape has no renderer to finish transitions, so class changes would stay mid-way. */
const STYLE = GRAPH_STYLESHEET.map((block) => {
  const {
    'transition-property': _p,
    'transition-duration': _d,
    ...style
  } = (block as unknown as { style: Record<string, unknown> }).style;
  return { ...block, style } as (typeof GRAPH_STYLESHEET)[number];
});

function makeCy(): Core {
  const c = cytoscape({ headless: true, styleEnabled: true, elements: toElements(graph), style: STYLE });
  c.layout({ name: 'grid', cols: 5 }).run();
  cy = c;
  return c;
}

afterEach(() => cy?.destroy());

function parse(text: string): Document {
  const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
  expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
  return doc;
}

describe('graphToSvg', () => {
  it('draws every visible node and edge as well-formed SVG', () => {
    const c = makeCy();
    const text = svgToText(graphToSvg(c, document, 'Career graph'));
    expect(text.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg')).toBe(true);
    const doc = parse(text);
    const root = doc.documentElement;
    expect(root.namespaceURI).toBe('http://www.w3.org/2000/svg');
    expect(root.getAttribute('viewBox')?.split(' ').map(Number).every(Number.isFinite)).toBe(true);
    expect(root.querySelectorAll('g.node')).toHaveLength(graph.order);
    // The stylesheet hides "preferred" edges; every other edge is drawn.
    const shown = graph.filterEdges((_k, a) => a.type !== 'preferred').length;
    expect(shown).toBe(graph.size - 1);
    expect(root.querySelectorAll('g.edge')).toHaveLength(shown);
    const lines = (t: Element) =>
      [...t.querySelectorAll('tspan')].map((s) => s.textContent?.trim()).join(' / ');
    const labels = [...root.querySelectorAll('g.node > text')].map(lines);
    expect(labels).toContain('RHIT');
    // The canvas's own line breaks (wrap.ts), not a second wrap.
    expect(labels).toContain(
      c.getElementById('medical-and-health-services-manager').data('label').split('\n').join(' / '),
    );
    expect(labels.find((l) => l.startsWith('Medical and'))?.split(' / ').length).toBeGreaterThan(1);
    expect(root.querySelector('g.node[data-id="rhit"] title')?.textContent).toBe(
      'Registered Health Information Technician (RHIT)',
    );
  });

  it('leaves out filtered kinds and keeps dimming and plan labels', () => {
    const c = makeCy();
    c.nodes('[kind = "license"]').addClass('filtered');
    c.getElementById('rhia').addClass('dimmed');
    c.getElementById('rhit').addClass('in-plan').data('planLabel', '2. RHIT');
    const doc = parse(svgToText(graphToSvg(c, document, 'Plan')));
    expect(doc.querySelectorAll('g.node')).toHaveLength(graph.order - 1);
    expect(doc.querySelector('g.node[data-id="cancer-registrar-license"]')).toBeNull();
    // Dimmed: the shape fades, the label does not.
    expect(doc.querySelector('g.node[data-id="rhia"]')?.getAttribute('opacity')).toBe('1');
    expect(doc.querySelector('g.node[data-id="rhia"] > polygon')?.getAttribute('fill-opacity')).toBe('0.2');
    expect(doc.querySelector('g.node[data-id="rhia"] > text')?.getAttribute('fill')).toBe('rgb(38,38,38)');
    const rhit = doc.querySelector('g.node[data-id="rhit"] > text');
    expect(rhit?.textContent).toBe('2. RHIT');
    expect(doc.querySelector('g.node[data-id="rhit"] > rect')?.getAttribute('fill')).toBe('rgb(213,94,0)');
  });

  it('puts the title, the goal, the date and the legend around the graph when given a caption', () => {
    const c = makeCy();
    const plain = parse(svgToText(graphToSvg(c, document, 'Plan')));
    const framed = parse(
      svgToText(
        graphToSvg(c, document, 'Plan', {
          title: 'Health <b>careers</b>',
          goal: 'RHIA',
          updated: '2026-11-27',
          theme: 'dark',
        }),
      ),
    );
    const height = (d: Document) => Number(d.documentElement.getAttribute('viewBox')?.split(' ')[3]);
    expect(height(framed)).toBeGreaterThan(height(plain) + 80);
    expect([...framed.querySelectorAll('.export-header text')].map((t) => t.textContent)).toEqual([
      'Health <b>careers</b>',
      'Plan to become: RHIA',
      'Data reviewed 2026-11-27',
    ]);
    expect(framed.querySelector('b')).toBeNull();
    const legend = [...framed.querySelectorAll('.export-legend text')].map((t) => t.textContent);
    expect(legend).toEqual(
      expect.arrayContaining(['Role', 'Education', 'Credential', 'License', 'years of experience']),
    );
    // Dark theme: the background is the dark canvas.
    expect(framed.querySelector('svg > rect')?.getAttribute('fill')).toBe('#16181b');
    expect(plain.querySelectorAll('.export-header, .export-legend')).toHaveLength(0);
  });

  it('keeps hexagon and octagon labels inside the shape at their top and bottom lines', () => {
    const c = makeCy();
    // Labels without the map's line breaks, in boxes the map would not give them: the export wraps.
    c.add([
      {
        data: {
          id: 'long-hex',
          kind: 'credential',
          label: 'Certified Documentation Integrity Practitioner',
          w: 320,
          h: 120,
        },
        position: { x: 0, y: 900 },
      },
      {
        data: {
          id: 'long-oct',
          kind: 'license',
          label: 'Registered nurse licence by endorsement in another state',
          w: 320,
          h: 120,
        },
        position: { x: 400, y: 900 },
      },
    ]);
    const doc = parse(svgToText(graphToSvg(c, document, 'Shapes')));
    const shaped = c.nodes('[kind = "credential"], [kind = "license"]');
    expect(shaped.length).toBeGreaterThan(4);
    shaped.forEach((n) => {
      const text = doc.querySelector(`g.node[data-id="${n.id()}"] > text`);
      const size = Number(text?.getAttribute('font-size'));
      const lines = [...(text?.querySelectorAll('tspan') ?? [])].map((t) => t.textContent?.trim() ?? '');
      const tall = (lines.length * size * LINE_HEIGHT) / n.height();
      const room = n.width() * shapeTextShare(String(n.style('shape')), tall) - 2 * NODE_PADDING;
      const widest = Math.max(...lines.map((l) => textWidth(l, size)));
      expect(widest, `${n.id()}: ${lines.join(' / ')}`).toBeLessThanOrEqual(room);
    });
    expect([...doc.querySelectorAll('g.node[data-id="long-oct"] tspan')].length).toBeGreaterThan(2);
  });

  it('writes markup-looking labels as text', () => {
    const c = cytoscape({
      headless: true,
      styleEnabled: true,
      style: STYLE,
      elements: [
        {
          data: { id: 'x', label: '<img src=x onerror=alert(1)> & "q"', kind: 'role' },
          position: { x: 0, y: 0 },
        },
      ],
    });
    cy = c;
    const text = svgToText(graphToSvg(c, document, 'A & B'));
    expect(text).not.toContain('<img');
    expect(text).toContain('&lt;img');
    const doc = parse(text);
    expect(doc.querySelector('img')).toBeNull();
    const text0 = doc.querySelector('g.node > text');
    expect(text0?.textContent).toBe('<img src=x onerror=alert(1)> & "q"');
    expect(doc.querySelector('svg > title')?.textContent).toBe('A & B');
  });
});

describe('helpers', () => {
  it('wraps labels at word boundaries by estimated width', () => {
    expect(wrapLabel('Medical and Health Services Manager', 14, 148)).toEqual([
      'Medical and Health',
      'Services Manager',
    ]);
    expect(wrapLabel('Medical and Health Services Manager', 19, 120)).toEqual([
      'Medical and',
      'Health',
      'Services',
      'Manager',
    ]);
    expect(wrapLabel('RHIT', 14, 124)).toEqual(['RHIT']);
  });

  it('names export files after the goal, safely', () => {
    expect(exportFileName('rhia', 'png')).toBe('career-graph-rhia.png');
    expect(exportFileName(null, 'svg')).toBe('career-graph.svg');
    expect(exportFileName('../a b', 'svg')).toBe('career-graph-ab.svg');
  });
});
