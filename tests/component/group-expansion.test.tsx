// The adapter on a headless Cytoscape with a big graph's group boxes (members handed over as
// GraphView does, outside the canvas): a tapped box asks to expand, an expanded group's members
// go into the canvas and its box goes, the others stay collapsed with their members out of the
// canvas, the selection shows inside a collapsed box, and links to collapsed boxes are drawn
// counted, one per pair.
import cytoscape from 'cytoscape';
import { describe, expect, it, vi } from 'vitest';
import { syntheticLattice } from '../../scripts/bench/synthetic';
import { buildCareerGraph } from '../../src/domain/career-graph';
import { createCytoscapeAdapter } from '../../src/view/graph/cytoscape-adapter';
import * as grouping from '../../src/view/graph/group-elements';
import { layeredPositions } from '../../src/view/graph/layered-layout';
import { toElements } from '../../src/view/graph/to-elements';
import { buildGraphViewModel } from '../../src/view/graph/view-model';
import { LAYOUT_BUDGET_MS } from '../support/test-budgets';

// Lays out a 600-node graph and styles it headless: its own budget, so a loaded machine cannot fail it.
vi.setConfig({ testTimeout: LAYOUT_BUDGET_MS });

const graph = buildCareerGraph(syntheticLattice({ nodes: 600, seed: 5 }));
const positions = layeredPositions(graph);
const all = toElements(graph, positions, grouping);
const groupOf = new Map(all.filter((e) => e.data.group !== undefined).map((e) => [e.data.id, e.data.group]));
const links = all.filter((e) => e.data.source !== undefined && e.classes !== 'group');

function setUp() {
  const cy = cytoscape({ headless: true, elements: all.filter((e) => e.classes === 'group') });
  const asked: string[] = [];
  const adapter = createCytoscapeAdapter(cy, {
    onSelect: () => {},
    positionsOf: () => positions,
    onExpandGroup: (id) => asked.push(id),
    takeDeferred: () => all.filter((e) => e.classes !== 'group'),
  });
  const show = (expandedGroups: string[], selected: string | null = null) =>
    adapter.update(
      buildGraphViewModel({
        graph,
        selected,
        held: [],
        plan: null,
        hiddenKinds: [],
        centreRequest: 0,
        expandedGroups,
      }),
    );
  const shownIn = (group: string) => cy.nodes(`[group = "${group}"]`).filter((n) => n.visible()).length;
  return { cy, asked, show, shownIn };
}

describe('group boxes in the adapter', () => {
  it('asks to expand a tapped box', () => {
    const { cy, asked } = setUp();
    const box = cy.nodes('.group').first();
    box.emit('tap');
    expect(asked).toEqual([box.id()]);
  });

  it('shows an expanded group in place and keeps the others collapsed, with counted links', () => {
    const { cy, show, shownIn } = setUp();
    const [a, b] = cy.nodes('.group').map((g) => g.id());
    if (!a || !b) throw new Error('expected two groups');
    show([a]);
    expect(shownIn(a)).toBe(Number(cy.getElementById(a).data('count')));
    expect(cy.getElementById(a).hasClass('lod-off')).toBe(true);
    for (const g of cy.nodes('.group').filter((x) => x.id() !== a)) {
      // Not hidden in the canvas: not in it at all (a frame walks every element the canvas holds).
      expect(cy.nodes(`[group = "${g.id()}"]`).length).toBe(0);
      expect(g.hasClass('lod-off')).toBe(false);
    }
    // Every counted link joins a shown member and a collapsed box; the counts add up to the links.
    const agg = cy.edges('.agg');
    expect(agg.length).toBeGreaterThan(0);
    let total = 0;
    agg.forEach((e) => {
      const ends = [e.source(), e.target()];
      expect(ends.filter((n) => n.hasClass('group')).length).toBe(1);
      expect(ends.filter((n) => n.data('group') === a).length).toBe(1);
      total += Number(e.data('count'));
    });
    const crossing = links.filter(
      (e) => (groupOf.get(e.data.source) === a) !== (groupOf.get(e.data.target) === a),
    ).length;
    expect(total).toBe(crossing);
    // Collapsed again: nothing shown, no counted links.
    show([]);
    expect(shownIn(a)).toBe(0);
    expect(cy.edges('.agg').length).toBe(0);
    expect(cy.getElementById(a).hasClass('lod-off')).toBe(false);
  });

  it('recounts the counted links when a second group opens (only what changed is redrawn)', () => {
    const { cy, show } = setUp();
    const groups = cy.nodes('.group').map((g) => g.id());
    const [a, b] = groups;
    if (!a || !b) throw new Error('expected two groups');
    // Each counted link's count, from the canvas's own links: what the drawn ones must say.
    const expected = (open: string[]) => {
      const end = (id: string) => {
        const g = groupOf.get(id);
        return g !== undefined && !open.includes(String(g)) ? String(g) : id;
      };
      const counts = new Map<string, number>();
      for (const e of links) {
        const s = end(String(e.data.source));
        const t = end(String(e.data.target));
        if (groups.includes(s) === groups.includes(t)) continue;
        const id = `agg:${s}->${t}`;
        counts.set(id, (counts.get(id) ?? 0) + 1);
      }
      return [...counts].sort();
    };
    const drawn = () =>
      cy
        .edges('.agg')
        .map((e) => [e.id(), Number(e.data('count'))] as [string, number])
        .sort();
    show([a]);
    expect(drawn()).toEqual(expected([a]));
    const kept = cy.edges('.agg').filter((e) => !e.id().includes(b));
    show([a, b]);
    expect(drawn()).toEqual(expected([a, b]));
    // A counted link that still stands for the same pair is the same element, not redrawn.
    expect(kept.filter((e) => e.removed()).length).toBeLessThan(kept.length);
    show([b]);
    expect(drawn()).toEqual(expected([b]));
  });

  it('shows the selection inside a collapsed box', () => {
    const { cy, show } = setUp();
    const member = String(all.find((e) => e.data.group !== undefined)?.data.id);
    expect(cy.getElementById(member).empty()).toBe(true);
    show([], member);
    expect(cy.getElementById(member).visible()).toBe(true);
    // Styled for this selection as it comes in (it came in styled for the view before: unlit).
    expect(cy.getElementById(member).hasClass('selected')).toBe(true);
    expect(cy.nodes('[group]').length).toBe(1);
    // Deselected: out of the canvas again.
    show([]);
    expect(cy.nodes('[group]').length).toBe(0);
  });
});
