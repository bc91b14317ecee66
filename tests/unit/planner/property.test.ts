// Property tests: on random small graphs the planner agrees with a brute-force search, every plan
// replays as valid, and the same question always gets the same answer. A tenth of the cases in
// `npm test`, all of them with FULL_PROPERTY_RUNS=1; PROPERTY_SEED replays a failure.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildCareerGraph } from '../../../src/domain/career-graph';
import { nextSteps, OBJECTIVES, planCareer, withinReach } from '../../../src/domain/planner';
import { PROPERTY_SEED, propertyRuns } from '../../support/property-runs';
import { scheduleProblems } from './lateness';
import { allPlans, World } from './oracle';
import { caseArb } from './random-graphs';
import { planProblems } from './simulate';

const summary = (ids: string[], t: { months: number; cost: number; steps: number }) => ({ ids, ...t });

describe('planCareer against brute force', () => {
  it('returns the k best minimal plans for every objective, each valid and reproducible', () => {
    fc.assert(
      fc.property(caseArb, ({ file, situation, goal, alternatives, includePreferred }) => {
        const graph = buildCareerGraph(file);
        const world = new World(file, situation, includePreferred);
        const options = { alternatives, includePreferred };
        for (const by of OBJECTIVES) {
          const expected = allPlans(world, goal, by).slice(0, alternatives);
          const result = planCareer(graph, situation, goal, { by, ...options });
          if (expected.length === 0) {
            expect(result.kind).toBe('unreachable');
            continue;
          }
          if (result.kind !== 'plan') throw new Error(`expected a plan, got: ${JSON.stringify(result)}`);
          const got = result.plans.map((p) => summary(p.steps.map((s) => s.id).sort(), p.totals));
          const want = expected.map((p) => summary(p.ids, p));
          expect(got).toEqual(want);
          for (const plan of result.plans) {
            expect(plan.optimal).toBe(true);
            expect(planProblems(world, goal, plan)).toEqual([]);
            expect(scheduleProblems(world, goal, plan)).toEqual([]);
          }
          // Same answer again, and with the file's nodes in the reverse order.
          expect(planCareer(graph, situation, goal, { by, ...options })).toEqual(result);
          const reversed = buildCareerGraph({ ...file, nodes: [...file.nodes].reverse() });
          expect(planCareer(reversed, situation, goal, { by, ...options })).toEqual(result);
        }
      }),
      { numRuns: propertyRuns(500), seed: PROPERTY_SEED },
    );
  }, 300_000);
});

describe('nextSteps and withinReach against brute force', () => {
  it('list exactly the nodes whose fastest plan fits, with that plan', () => {
    fc.assert(
      fc.property(caseArb, fc.integer({ min: 0, max: 40 }), ({ file, situation }, months) => {
        const graph = buildCareerGraph(file);
        const world = new World(file, situation);
        const expected = file.nodes
          .filter((n) => !world.held.has(n.id))
          .flatMap((n) => {
            const best = allPlans(world, n.id, 'months')[0];
            return best !== undefined && best.months <= months
              ? [{ id: n.id, months: best.months, cost: best.cost, steps: best.steps }]
              : [];
          })
          .sort(
            (a, b) => a.months - b.months || a.cost - b.cost || a.steps - b.steps || (a.id < b.id ? -1 : 1),
          );
        expect(withinReach(graph, situation, months)).toEqual(expected);
        const now = file.nodes.filter(
          (n) => world.available(n.id) && world.evalReq(world.requirement(n.id), new Map()) === 0,
        );
        expect(
          nextSteps(graph, situation)
            .map((i) => i.id)
            .sort(),
        ).toEqual(now.map((n) => n.id).sort());
      }),
      { numRuns: propertyRuns(300), seed: PROPERTY_SEED },
    );
  }, 300_000);
});
