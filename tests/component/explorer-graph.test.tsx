// The canvas side without a canvas: elements, layout columns, the view model of a plan, and the
// Cytoscape adapter applying it to a headless instance.

import { readFileSync } from 'node:fs';
import cytoscape from 'cytoscape';
import { describe, expect, it, vi } from 'vitest';
import { parseCareerGraph } from '../../src/data/load';
import { planCareer } from '../../src/domain/planner';
import { createCytoscapeAdapter } from '../../src/view/graph/cytoscape-adapter';
import { fitViewport } from '../../src/view/graph/fit';
import { layeredPositions, layoutColumns } from '../../src/view/graph/layered-layout';
import { lineageOf } from '../../src/view/graph/lineage';
import { toElements } from '../../src/view/graph/to-elements';
import { buildGraphViewModel } from '../../src/view/graph/view-model';
import { LAYOUT_BUDGET_MS } from '../support/test-budgets';
import { fixtureGraph } from './explorer-helpers';

// Lays out whole graphs (the layered layout): its own budget, so a loaded machine cannot fail it.
vi.setConfig({ testTimeout: LAYOUT_BUDGET_MS });

const { graph } = fixtureGraph();
const situation = {
  holds: ['high-school-diploma', 'medical-records-technician'],
  years: { 'medical-records-technician': 2 },
};
const MANAGER = 'medical-and-health-services-manager';

function managerPlan() {
  const r = planCareer(graph, situation, MANAGER);
  if (r.kind !== 'plan' || !r.plans[0]) throw new Error('expected a plan');
  return r.plans[0];
}

describe('elements', () => {
  it('has one node per graph node and one edge per derived edge, with flat data', () => {
    const els = toElements(graph);
    expect(els.filter((e) => e.group === 'nodes')).toHaveLength(graph.order);
    expect(els.filter((e) => e.group === 'edges')).toHaveLength(graph.size);
    expect(els.find((e) => e.data.id === 'rhit')?.data).toEqual({
      id: 'rhit',
      label: 'RHIT',
      short: 'RHIT',
      fullLabel: 'Registered Health Information Technician (RHIT)',
      kind: 'credential',
      level: -1,
      // As wide as its label needs where the hexagon narrows beside its top and bottom lines,
      // not the widest label's box.
      w: 106,
      // Two lines (room for the plan's numbered label "12. RHIT" in the same box), and taller
      // than them: a hexagon's slanted sides leave room for its lines (to-elements.ts nodeSize).
      h: 66,
    });
    // Long labels arrive wrapped into lines, and their box is tall enough for them.
    const manager = els.find((e) => e.data.id === 'medical-and-health-services-manager')?.data;
    expect(manager?.label.split('\n').length).toBeGreaterThan(1);
    expect(manager?.label.replace(/\n/g, ' ')).toBe('Medical and Health Services Manager');
    expect(manager?.h).toBeGreaterThanOrEqual(manager?.label.split('\n').length * 19 * 1.2);
    for (const e of els) for (const v of Object.values(e.data)) expect(typeof v).not.toBe('object');
  });
});

describe('layered layout', () => {
  it('puts roles in level columns and feeders just before what they feed', () => {
    const cols = layoutColumns(graph);
    // Roles at 2·level + 2; a feeder one column before what it feeds.
    expect(Object.fromEntries([...cols].sort())).toEqual({
      'associate-him': 2,
      'bachelor-him': 6,
      'cancer-registrar-license': 4,
      cca: 3,
      'co-owner': 12,
      cpc: 3,
      'health-information-technician': 4,
      'high-school-diploma': 1,
      'master-him': 7,
      'medical-and-health-services-manager': 8,
      'medical-coder': 4,
      'medical-records-technician': 2,
      'office-manager': 6,
      rhia: 8,
      rhit: 3,
    });
  });

  it('is deterministic and keeps columns ordered left to right', () => {
    const a = layeredPositions(graph);
    const b = layeredPositions(graph);
    expect([...a]).toEqual([...b]);
    const x = (id: string) => a.get(id)?.x ?? Number.NaN;
    expect(x('medical-records-technician')).toBeLessThan(x('medical-coder'));
    expect(x('medical-coder')).toBeLessThan(x('office-manager'));
    expect(x('office-manager')).toBeLessThan(x(MANAGER));
    expect(x(MANAGER)).toBeLessThan(x('co-owner'));
    const cols = layoutColumns(graph);
    for (const [id, p] of a)
      for (const [other, q] of a) if (cols.get(id) === cols.get(other)) expect(p.x).toBe(q.x);
  });
});

describe('view model', () => {
  it('numbers the plan steps and lights the edges that carry the plan', () => {
    const vm = buildGraphViewModel({
      graph,
      selected: null,
      held: situation.holds,
      plan: managerPlan(),
      hiddenKinds: [],
      centreRequest: 0,
    });
    expect(vm.planSteps).toEqual(['bachelor-him', MANAGER]);
    expect(vm.planEdges).toEqual([
      'bachelor-him:requires:root',
      `${MANAGER}:requires:allOf[0].anyOf[0]`,
      `${MANAGER}:requires:allOf[1].anyOf[0]`,
    ]);
  });
});

describe('selection while a plan is shown (goal=rhia, holds=high-school-diploma)', () => {
  const BUILTIN = 'graph-data/health-information.json';
  const parsed = parseCareerGraph(readFileSync(BUILTIN, 'utf8'), BUILTIN);
  if (!parsed.ok) throw new Error(parsed.problems.join('\n'));
  const g = parsed.graph;
  const held = ['high-school-diploma'];
  const r = planCareer(g, { holds: held, years: {} }, 'rhia');
  if (r.kind !== 'plan' || !r.plans[0]) throw new Error('expected a plan');
  const plan = r.plans[0];
  const vm = buildGraphViewModel({
    graph: g,
    selected: 'medical-coder',
    held,
    plan,
    hiddenKinds: [],
    centreRequest: 1,
  });

  it('puts the selected node, its neighbours and its edges in focus', () => {
    expect(plan.steps.map((s) => s.id)).not.toContain('medical-coder');
    expect(vm.focusNodes).toContain('medical-coder');
    expect(vm.focusNodes).toEqual([...new Set(['medical-coder', ...g.neighbors('medical-coder')])].sort());
    expect(vm.focusNodes).toEqual(expect.arrayContaining(['coding-certificate', 'cpc', 'office-manager']));
    expect(vm.focusEdges).toEqual([...g.edges('medical-coder')].sort());
    expect(vm.focusEdges.length).toBeGreaterThan(5);
    expect(
      buildGraphViewModel({ graph: g, selected: null, held, plan, hiddenKinds: [], centreRequest: 0 })
        .focusNodes,
    ).toEqual([]);
  });

  it('draws the selection undimmed and its neighbours near while the plan keeps its emphasis', () => {
    const cy = cytoscape({ headless: true, elements: toElements(g) });
    const adapter = createCytoscapeAdapter(cy, { onSelect: () => {} });
    adapter.update(vm);
    const coder = cy.getElementById('medical-coder');
    expect(coder.classes()).toEqual(expect.arrayContaining(['selected']));
    expect(coder.hasClass('dimmed')).toBe(false);
    expect(coder.hasClass('near')).toBe(false);
    expect(cy.getElementById('cpc').hasClass('near')).toBe(true);
    expect(cy.getElementById('cpc').hasClass('dimmed')).toBe(false);
    for (const e of vm.focusEdges) expect(cy.getElementById(e).hasClass('dimmed')).toBe(false);
    for (const id of plan.steps.map((s) => s.id))
      expect(cy.getElementById(id).hasClass('in-plan')).toBe(true);
    // Far from both the plan and the selection: still dimmed.
    expect(cy.getElementById('cancer-registrar-license').hasClass('dimmed')).toBe(true);
    adapter.destroy();
    cy.destroy();
  });
});

describe('cytoscape adapter (headless)', () => {
  it('applies the view model as classes: plan lit, rest dimmed, held marked, kinds filtered', () => {
    const cy = cytoscape({ headless: true, elements: toElements(graph) });
    const selections: (string | null)[] = [];
    let ready = 0;
    const adapter = createCytoscapeAdapter(cy, {
      onSelect: (id) => selections.push(id),
      onReady: () => ready++,
    });
    const base = { graph, selected: null, held: [], plan: null, hiddenKinds: [], centreRequest: 0 };
    adapter.update(buildGraphViewModel(base));
    expect(ready).toBe(1);
    expect(cy.nodes('.dimmed')).toHaveLength(0);

    adapter.update(
      buildGraphViewModel({
        ...base,
        held: situation.holds,
        plan: managerPlan(),
        selected: 'rhia',
        hiddenKinds: ['license'],
      }),
    );
    const ids = (sel: string) =>
      cy
        .nodes(sel)
        .map((n) => n.id())
        .sort();
    expect(ids('.in-plan')).toEqual(['bachelor-him', MANAGER]);
    expect(ids('.held')).toEqual(['high-school-diploma', 'medical-records-technician']);
    expect(ids('.selected')).toEqual(['rhia']);
    expect(ids('.filtered')).toEqual(['cancer-registrar-license']);
    expect(
      cy
        .nodes()
        .not('.dimmed')
        .map((n) => n.id())
        .sort(),
    ).toEqual(
      [
        ...new Set([
          'bachelor-him',
          'high-school-diploma',
          MANAGER,
          'medical-records-technician',
          'rhia',
          ...graph.neighbors('rhia'),
        ]),
      ].sort(),
    );
    expect(ids('.near')).toEqual(
      graph
        .neighbors('rhia')
        .filter((id) => id !== 'bachelor-him' && id !== MANAGER)
        .sort(),
    );
    expect(cy.getElementById(MANAGER).data('planLabel').replace(/\n/g, ' ')).toBe(
      '2. Medical and Health Services Manager',
    );
    expect(ready).toBe(1); // same graph: no new layout

    cy.getElementById('rhit').emit('tap');
    expect(selections).toEqual(['rhit']);
    expect(adapter.neighbour('medical-records-technician', 'next')).not.toBeNull();
    expect(graph.outNeighbors('medical-records-technician')).toContain(
      adapter.neighbour('medical-records-technician', 'next'),
    );
    adapter.destroy();
    cy.getElementById('cca').emit('tap');
    expect(selections).toEqual(['rhit']);
    cy.destroy();
  });
});

describe('focus mode', () => {
  it('shows only the selection, what leads to it and what it leads to', () => {
    const base = {
      graph,
      selected: 'medical-coder',
      held: [],
      plan: null,
      hiddenKinds: [],
      centreRequest: 0,
    };
    expect(buildGraphViewModel(base).lineage).toBeNull();
    expect(buildGraphViewModel({ ...base, selected: null, focusMode: true, lineageOf }).lineage).toBeNull();
    // The walk not loaded yet (its first use): the whole graph for that moment.
    expect(buildGraphViewModel({ ...base, focusMode: true }).lineage).toBeNull();
    const vm = buildGraphViewModel({ ...base, focusMode: true, lineageOf });
    const lineage = vm.lineage ?? [];
    // Ancestors and descendants, transitively, and nothing unrelated.
    expect(lineage).toContain('medical-coder');
    expect(lineage).toContain('high-school-diploma');
    expect(lineage).toContain('office-manager');
    expect(lineage).toContain('co-owner');
    for (const id of lineage) {
      if (id === 'medical-coder') continue;
      const up = graph.inNeighbors(id).length + graph.outNeighbors(id).length;
      expect(up).toBeGreaterThan(0);
    }
    expect(lineage).not.toContain('cancer-registrar-license');
    const cy = cytoscape({ headless: true, elements: toElements(graph) });
    const adapter = createCytoscapeAdapter(cy, { onSelect: () => {} });
    adapter.update(vm);
    expect(
      cy
        .nodes()
        .not('.filtered')
        .map((n) => n.id())
        .sort(),
    ).toEqual(lineage);
    adapter.update(buildGraphViewModel(base));
    expect(cy.nodes('.filtered')).toHaveLength(0);
    adapter.destroy();
    cy.destroy();
  });
});

describe('fit all', () => {
  it('keeps the bottom row above the legend', () => {
    const bb = { x1: 0, y1: 0, w: 1000, h: 600 };
    const canvas = { w: 1200, h: 800 };
    const legend = 90;
    const v = fitViewport(bb, canvas, { top: 40, bottom: legend + 12, side: 40 }, { min: 0.1, max: 3 });
    const bottomOnScreen = v.pan.y + v.zoom * (bb.y1 + bb.h);
    const topOnScreen = v.pan.y + v.zoom * bb.y1;
    expect(bottomOnScreen).toBeLessThanOrEqual(canvas.h - legend);
    expect(topOnScreen).toBeGreaterThanOrEqual(40);
    expect(v.zoom).toBeCloseTo((800 - 40 - 102) / 600, 6);
    // Horizontally centred.
    expect(v.pan.x + v.zoom * 500).toBeCloseTo(600, 6);
  });

  it('the adapter asks for the legend height when fitting everything', () => {
    const cy = cytoscape({ headless: true, elements: toElements(graph) });
    let asked = 0;
    const adapter = createCytoscapeAdapter(cy, {
      onSelect: () => {},
      legendHeight: () => {
        asked++;
        return 90;
      },
    });
    adapter.update(
      buildGraphViewModel({ graph, selected: null, held: [], plan: null, hiddenKinds: [], centreRequest: 0 }),
    );
    const before = asked;
    adapter.fitAll();
    expect(asked).toBe(before + 1);
    adapter.destroy();
    cy.destroy();
  });
});
