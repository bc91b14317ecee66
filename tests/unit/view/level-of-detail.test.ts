// Level of detail on a big graph zoomed out: minor links are marked, emphasised links and the links
// standing for a collapsed group's are not (the selector once used `:not()`, which Cytoscape
// rejects, so every link was marked).
import cytoscape from 'cytoscape';
import { expect, it } from 'vitest';
import { createLevelOfDetail, LOD_NODES } from '../../../src/view/graph/level-of-detail';

it('marks only the minor links when a big graph is zoomed out', () => {
  const nodes = Array.from({ length: LOD_NODES + 1 }, (_, i) => ({ data: { id: `n${i}` } }));
  const cy = cytoscape({
    headless: true,
    elements: [
      ...nodes,
      { data: { id: 'plain', source: 'n0', target: 'n1' } },
      { data: { id: 'plan', source: 'n1', target: 'n2' }, classes: 'in-plan' },
      { data: { id: 'agg', source: 'n2', target: 'n3' }, classes: 'agg' },
      { data: { id: 'arc', source: 'n3', target: 'n4' }, classes: 'group-link' },
    ],
  });
  cy.zoom(0.05);
  const lod = createLevelOfDetail(cy);
  lod.refresh();
  // A counted link to a collapsed box is minor too (hundreds per expansion, under a pixel wide
  // zoomed out); the arcs between collapsed boxes are not.
  expect(cy.edges('.lod-minor').map((e) => e.id())).toEqual(['plain', 'agg']);
  cy.zoom(1);
  expect(cy.edges('.lod-minor').length).toBe(0);
  lod.destroy();
});

it('classes only the links of a slice just added, as a full refresh would', () => {
  const nodes = Array.from({ length: LOD_NODES + 1 }, (_, i) => ({ data: { id: `n${i}` } }));
  const cy = cytoscape({
    headless: true,
    elements: [...nodes, { data: { id: 'old', source: 'n0', target: 'n1' } }],
  });
  cy.zoom(0.05);
  const lod = createLevelOfDetail(cy);
  lod.refresh();
  // A link already there lost its class by hand: `added` must not go over it again.
  cy.getElementById('old').removeClass('lod-minor');
  const added = cy.add([
    { data: { id: 'new', source: 'n1', target: 'n2' } },
    { data: { id: 'plan', source: 'n2', target: 'n3' }, classes: 'in-plan lod-minor' },
  ]);
  lod.added(added);
  expect(cy.edges('.lod-minor').map((e) => e.id())).toEqual(['new']);
  // Zoomed in, a new slice stays as it is.
  cy.zoom(1);
  // Members' links arrive marked minor: zoomed in, they lose it.
  lod.added(cy.add({ data: { id: 'near', source: 'n3', target: 'n4' }, classes: 'lod-minor' }));
  expect(cy.edges('.lod-minor').length).toBe(0);
  lod.destroy();
});
