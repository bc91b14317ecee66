// On large lattices where every node needs one of its predecessors, every objective is a shortest
// path with node weights: graphology-shortest-path's Dijkstra is an oracle at any size.

import { DirectedGraph } from 'graphology';
import { dijkstra } from 'graphology-shortest-path';
import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../../scripts/bench/synthetic';
import { buildCareerGraph } from '../../../src/domain/career-graph';
import { OBJECTIVES, type Objective, planCareer } from '../../../src/domain/planner';
import { World } from './oracle';
import { planProblems } from './simulate';
import { fileOf, type Row } from './tables';

function oneOfLattice(size: number, seed: number): Row[] {
  const rnd = seededRandom(seed);
  const int = (lo: number, hi: number) => lo + Math.floor(rnd() * (hi - lo + 1));
  const rows: Row[] = [];
  for (let i = 0; i < size; i++) {
    const id = `n${String(i).padStart(4, '0')}`;
    // A node needs one of up to three recent predecessors; a few early nodes need nothing.
    const preds =
      i < 3
        ? []
        : [
            ...new Set(
              Array.from(
                { length: int(1, 3) },
                () => `n${String(int(Math.max(0, i - 40), i - 1)).padStart(4, '0')}`,
              ),
            ),
          ];
    rows.push({
      id,
      months: int(1, 24),
      cost: 100 * int(1, 50),
      ...(preds.length > 0 ? { requires: preds.length === 1 ? (preds[0] as string) : { anyOf: preds } } : {}),
    });
  }
  return rows;
}

/** Node-weighted shortest distances from "nothing held" to every node. */
function distances(rows: Row[], by: Objective): Record<string, number> {
  const weight = (r: Row) => (by === 'months' ? (r.months ?? 0) : by === 'cost' ? (r.cost ?? 0) : 1);
  const g = new DirectedGraph<Record<string, never>, { weight: number }>();
  g.addNode('start');
  for (const r of rows) g.addNode(r.id);
  for (const r of rows) {
    const preds =
      r.requires === undefined
        ? ['start']
        : typeof r.requires === 'string'
          ? [r.requires]
          : (r.requires as { anyOf: string[] }).anyOf;
    for (const p of preds) g.addEdge(p, r.id, { weight: weight(r) });
  }
  const paths = dijkstra.singleSource(g, 'start', 'weight');
  const out: Record<string, number> = {};
  for (const [id, path] of Object.entries(paths)) {
    out[id] = path.slice(1).reduce((s, node) => s + weight(rows.find((r) => r.id === node) as Row), 0);
  }
  return out;
}

describe('planCareer on one-of lattices against Dijkstra', () => {
  for (const [size, seed] of [
    [300, 1],
    [1000, 2],
  ] as const) {
    it(`finds the shortest path for every objective (${size} nodes)`, () => {
      const rows = oneOfLattice(size, seed);
      const file = fileOf(rows);
      const graph = buildCareerGraph(file);
      const world = new World(file, { holds: [] });
      const rnd = seededRandom(seed + 100);
      const goals = Array.from(
        { length: 15 },
        () => rows[size - 1 - Math.floor(rnd() * (size / 3))]?.id as string,
      );
      for (const by of OBJECTIVES) {
        const dist = distances(rows, by);
        for (const goal of goals) {
          const result = planCareer(graph, { holds: [] }, goal, { by, alternatives: 2 });
          if (result.kind !== 'plan') throw new Error(`no plan for ${goal}`);
          const [best, next] = result.plans;
          expect([goal, by, best?.totals[by], best?.optimal]).toEqual([goal, by, dist[goal], true]);
          if (best) expect(planProblems(world, goal, best)).toEqual([]);
          if (next) expect(next.totals[by]).toBeGreaterThanOrEqual(best?.totals[by] ?? 0);
        }
      }
    }, 120_000);
  }
});
