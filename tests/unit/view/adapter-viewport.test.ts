// A plan shown on a graph that already fits whole: the viewport is where it should be, so the
// adapter does not animate in place (that redrew every element each frame for 400 ms, then once
// more at the end, and placed the plan's tags each frame: bench:open on the built-in graphs).
import cytoscape, { type Core } from 'cytoscape';
import Graph from 'graphology';
import { expect, it, vi } from 'vitest';
import { createCytoscapeAdapter } from '../../../src/view/graph/cytoscape-adapter';
import { sameViewport } from '../../../src/view/graph/fit';
import type { GraphViewModel } from '../../../src/view/graph/view-model';

const graph = new Graph() as unknown as GraphViewModel['graph'];

function vm(planSteps: string[]): GraphViewModel {
  return {
    graph,
    selected: null,
    held: [],
    planSteps,
    planEdges: planSteps.length ? ['a-b'] : [],
    hiddenKinds: [],
    focusNodes: [],
    focusEdges: [],
    centreRequest: 0,
    lineage: null,
    expandedGroups: [],
  };
}

/** Three nodes in a row on a 1280×800 canvas: the whole graph fits at a readable zoom. */
function small(): Core {
  const node = (id: string, x: number) => ({
    data: { id, kind: 'role', label: id, w: 120, h: 40 },
    position: { x, y: 0 },
  });
  const cy = cytoscape({
    headless: true,
    elements: [
      node('a', 0),
      node('b', 200),
      node('c', 400),
      { data: { id: 'a-b', source: 'a', target: 'b' } },
      { data: { id: 'b-c', source: 'b', target: 'c' } },
    ],
  });
  vi.spyOn(cy, 'width').mockReturnValue(1280);
  vi.spyOn(cy, 'height').mockReturnValue(800);
  return cy;
}

function adapterOn(cy: Core) {
  return createCytoscapeAdapter(cy, { onSelect: () => {}, positionsOf: () => new Map() });
}

it('does not animate (nor redraw at the end) when the plan keeps the viewport where it is', () => {
  const cy = small();
  const adapter = adapterOn(cy);
  adapter.update(vm([]));
  const before = { zoom: cy.zoom(), pan: { ...cy.pan() } };
  const animate = vi.spyOn(cy, 'animate');
  const forceRender = vi.spyOn(cy, 'forceRender');
  adapter.update(vm(['a', 'b']));
  expect(cy.nodes('.in-plan').map((n) => n.id())).toEqual(['a', 'b']);
  expect(animate).not.toHaveBeenCalled();
  expect(forceRender).not.toHaveBeenCalled();
  expect(sameViewport({ zoom: cy.zoom(), pan: cy.pan() }, before)).toBe(true);
  adapter.destroy();
});

it('still animates to the plan when the viewport has to move', () => {
  const cy = small();
  const adapter = adapterOn(cy);
  adapter.update(vm([]));
  cy.viewport({ zoom: 0.2, pan: { x: 0, y: 0 } });
  const animate = vi.spyOn(cy, 'animate').mockImplementation(() => cy);
  adapter.update(vm(['a', 'b']));
  expect(animate).toHaveBeenCalledTimes(1);
  adapter.destroy();
});

it('tells viewports apart by a visible difference only', () => {
  const v = { zoom: 0.584, pan: { x: 100, y: 50 } };
  expect(sameViewport(v, { zoom: 0.584 * (1 + 1e-9), pan: { x: 100.2, y: 49.9 } })).toBe(true);
  expect(sameViewport(v, { zoom: 0.6, pan: v.pan })).toBe(false);
  expect(sameViewport(v, { zoom: v.zoom, pan: { x: 102, y: 50 } })).toBe(false);
});
