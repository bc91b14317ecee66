// The plan on the graph shows only what it uses: one edge per requirement part a step's plan
// uses (never the options not taken), for every plan of the built-in data.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCareerGraph } from '../../src/data/load';
import { OBJECTIVES, planCareer } from '../../src/domain/planner';
import { planEdgeKeys } from '../../src/view/graph/view-model';

const PATH = 'graph-data/health-information.json';
const loaded = parseCareerGraph(readFileSync(PATH, 'utf8'), PATH);
if (!loaded.ok) throw new Error(loaded.problems.join('\n'));
const { file, graph } = loaded;
const DIPLOMA = { holds: ['high-school-diploma'] };

describe('plan edges', () => {
  it('privacy officer from a diploma: CHPS gets one edge per part it uses, not one per option', () => {
    const result = planCareer(graph, DIPLOMA, 'privacy-officer');
    if (result.kind !== 'plan' || result.plans[0] === undefined) throw new Error('no plan');
    const plan = result.plans[0];
    const keys = planEdgeKeys(graph, plan);
    const intoChps = keys.filter((k) => graph.target(k) === 'chps');
    const chps = plan.steps.find((s) => s.id === 'chps');
    expect(intoChps).toHaveLength(chps?.uses.length ?? -1);
    expect(intoChps.length).toBeLessThanOrEqual(2);
    expect(graph.inDegree('chps')).toBeGreaterThan(10);
  });

  it('for every goal from a diploma, each edge is a used part, and each used part has its edge', () => {
    for (const goal of file.nodes.map((n) => n.id)) {
      if (goal === 'high-school-diploma') continue;
      for (const by of OBJECTIVES) {
        const result = planCareer(graph, DIPLOMA, goal, { by, alternatives: 2 });
        if (result.kind !== 'plan') continue;
        for (const plan of result.plans) {
          const keys = planEdgeKeys(graph, plan);
          const uses = plan.steps.flatMap((s) => s.uses.map((u) => ({ step: s.id, ...u })));
          expect(keys).toHaveLength(uses.length);
          for (const u of uses) {
            const key = `${u.step}:requires:${u.path || 'root'}`;
            expect(keys).toContain(key);
            expect([graph.source(key), graph.target(key)]).toEqual([u.id, u.step]);
          }
          // Every step but the goal feeds a later step through some edge.
          for (const s of plan.steps) {
            if (s.id !== goal) expect(keys.some((k) => graph.source(k) === s.id)).toBe(true);
          }
        }
      }
    }
  });
});
