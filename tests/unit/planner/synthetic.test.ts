// The benchmark's synthetic lattices: exact size, valid, reproducible from the seed, and every
// plan on them replays as valid.

import { describe, expect, it } from 'vitest';
import { syntheticLattice } from '../../../scripts/bench/synthetic';
import { validateCareerGraph } from '../../../src/data/validate';
import { buildCareerGraph } from '../../../src/domain/career-graph';
import { OBJECTIVES, planCareer } from '../../../src/domain/planner';
import { World } from './oracle';
import { planProblems } from './simulate';

describe('syntheticLattice', () => {
  it('has exactly the nodes asked for, passes the validator and depends only on the seed', () => {
    for (const size of [100, 1000]) {
      const file = syntheticLattice({ nodes: size, seed: 3 });
      expect(file.nodes).toHaveLength(size);
      expect(validateCareerGraph(file).ok).toBe(true);
      expect(syntheticLattice({ nodes: size, seed: 3 })).toEqual(file);
      expect(syntheticLattice({ nodes: size, seed: 4 })).not.toEqual(file);
    }
  });

  it('gives plans that replay as valid, for every objective', () => {
    const file = syntheticLattice({ nodes: 300, seed: 5 });
    const graph = buildCareerGraph(file);
    const situation = { holds: ['high-school-diploma'] };
    const world = new World(file, situation);
    const goals = file.nodes.filter((n) => n.kind === 'role' && n.level === 4).map((n) => n.id);
    let optimal = 0;
    let plans = 0;
    for (const goal of goals) {
      for (const by of OBJECTIVES) {
        const result = planCareer(graph, situation, goal, { by, alternatives: 2 });
        if (result.kind !== 'plan') throw new Error(`no plan for ${goal}`);
        for (const plan of result.plans) {
          expect([goal, by, planProblems(world, goal, plan)]).toEqual([goal, by, []]);
          plans++;
          if (plan.optimal) optimal++;
        }
      }
    }
    expect(goals.length).toBeGreaterThan(5);
    expect(optimal).toBe(plans);
  }, 60_000);
});
