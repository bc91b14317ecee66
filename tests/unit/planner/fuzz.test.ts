// Fuzz: on random graphs with any requirement shape (cycles included), prototype-named ids and
// figures from 0 to 1e308, the planner never throws; it answers with valid, finite plans or a
// typed reason. Quick in `npm test`, thousands of cases with FULL_PROPERTY_RUNS=1.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildCareerGraph } from '../../../src/domain/career-graph';
import { nextSteps, OBJECTIVES, type PlanResult, planCareer, withinReach } from '../../../src/domain/planner';
import type { CareerGraphFile, CareerNode, Requirement, Situation } from '../../../src/domain/types';
import { PROPERTY_SEED, propertyRuns } from '../../support/property-runs';
import { World } from './oracle';
import { planProblems } from './simulate';

/** Valid kebab-case ids, some of them names that plain objects already have. */
const POOL = ['constructor', 'prototype', 'length', 'name', 'a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'];
const MODEST = [0, 1, 3, 12, 600];
const EXTREME = [10_000_000, 1e15, 1e300, 1e308, Number.MAX_VALUE, 5e-324];
const figure = fc.oneof(
  { arbitrary: fc.constantFrom(...MODEST), weight: 4 },
  { arbitrary: fc.constantFrom(...EXTREME), weight: 1 },
);
const years = fc.oneof(
  { arbitrary: fc.constantFrom(0.5, 1, 2, 80), weight: 4 },
  { arbitrary: fc.constantFrom(1e15, 1e308), weight: 1 },
);

function requirementArb(ids: string[], roles: string[]): fc.Arbitrary<Requirement> {
  const leaf = fc.constantFrom(...ids);
  const exp = roles.length > 0 ? fc.record({ experience: fc.constantFrom(...roles), years }) : leaf;
  const { node } = fc.letrec<{ node: Requirement }>((tie) => ({
    node: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      { arbitrary: leaf, weight: 3 },
      { arbitrary: exp, weight: 2 },
      { arbitrary: fc.record({ allOf: fc.array(tie('node'), { minLength: 1, maxLength: 4 }) }), weight: 1 },
      { arbitrary: fc.record({ anyOf: fc.array(tie('node'), { minLength: 1, maxLength: 4 }) }), weight: 2 },
    ),
  }));
  return node;
}

interface FuzzCase {
  file: CareerGraphFile;
  situation: Situation;
  goal: string;
  extreme: boolean;
}

const caseArb: fc.Arbitrary<FuzzCase> = fc
  .shuffledSubarray(POOL, { minLength: 1, maxLength: POOL.length })
  .chain((ids) => {
    const roleFlags = fc.array(fc.boolean(), { minLength: ids.length, maxLength: ids.length });
    return roleFlags.chain((flags) => {
      const roles = ids.filter((_, i) => flags[i]);
      const node = (id: string, i: number): fc.Arbitrary<CareerNode> =>
        fc
          .record({
            months: fc.option(figure, { nil: undefined }),
            cost: fc.option(figure, { nil: undefined }),
            requires: fc.option(requirementArb(ids, roles), { nil: undefined, freq: 3 }),
            prefers: fc.option(requirementArb(ids, roles), { nil: undefined, freq: 6 }),
            regions: fc.option(fc.constantFrom(['NJ'], ['CA']), { nil: undefined, freq: 8 }),
          })
          .map((r) => ({
            id,
            kind: flags[i] ? ('role' as const) : ('credential' as const),
            label: `Node ${id}`,
            sources: ['fuzz'],
            ...Object.fromEntries(Object.entries(r).filter(([, v]) => v !== undefined)),
          }));
      return fc.record({
        nodes: fc.tuple(...ids.map(node)),
        holds: fc.subarray(ids, { maxLength: Math.min(3, ids.length) }),
        held: years,
        region: fc.constantFrom(undefined, 'NJ'),
        goal: fc.constantFrom(...ids),
      });
    });
  })
  .map(({ nodes, holds, held, region, goal }) => {
    const file: CareerGraphFile = {
      format: 1,
      id: 'fuzz',
      title: 'Fuzzed graph',
      updated: '2026-12-01',
      currency: 'USD',
      sources: { fuzz: { title: 'Fuzz', published: '2026' } },
      nodes,
    };
    const roleHolds = holds.filter((h) => nodes.some((n) => n.id === h && n.kind === 'role'));
    const situation: Situation = {
      holds,
      years: Object.fromEntries(roleHolds.map((h) => [h, held])),
      ...(region !== undefined ? { region } : {}),
    };
    const extreme = JSON.stringify(file).match(/e[+-]|10000000|1\.79/) !== null || held > 100;
    return { file, situation, goal, extreme };
  });

/** What must hold of any answer: finite plans that end with the goal, or a typed reason. */
function answerProblems(result: PlanResult, goal: string): string[] {
  if (result.kind === 'unreachable') {
    const typed = result.blockers.every((b) => ['region', 'cycle', 'unobtainable'].includes(b.why));
    return result.reason.length > 0 && typed ? [] : [`untyped answer: ${JSON.stringify(result)}`];
  }
  const problems: string[] = [];
  if (result.plans.length === 0) problems.push('a plan result with no plans');
  for (const plan of result.plans) {
    const { months, cost, steps } = plan.totals;
    if (![months, cost].every(Number.isFinite))
      problems.push(`infinite totals ${JSON.stringify(plan.totals)}`);
    if (steps !== plan.steps.length) problems.push('steps total differs from the steps');
    if (new Set(plan.steps.map((s) => s.id)).size !== plan.steps.length) problems.push('a repeated step');
    if (plan.steps.length > 0 && !plan.steps.some((s) => s.id === goal)) problems.push('the goal is missing');
    for (const s of plan.steps) {
      if (!(Number.isFinite(s.start) && s.start <= s.end && Number.isFinite(s.end))) {
        problems.push(`step ${s.id} runs ${s.start}–${s.end}`);
      }
    }
  }
  return problems;
}

describe('planner fuzz', () => {
  it('never throws, and answers with finite valid plans or a typed reason', () => {
    fc.assert(
      fc.property(caseArb, ({ file, situation, goal, extreme }) => {
        const graph = buildCareerGraph(file);
        const world = new World(file, situation);
        for (const by of OBJECTIVES) {
          for (const alternatives of [1, 3]) {
            const result = planCareer(graph, situation, goal, { by, alternatives });
            expect(answerProblems(result, goal)).toEqual([]);
            // With modest figures each plan also replays step by step against the spec.
            if (!extreme && result.kind === 'plan') {
              for (const plan of result.plans) expect(planProblems(world, goal, plan)).toEqual([]);
            }
          }
        }
        const withPrefs = planCareer(graph, situation, goal, { includePreferred: true });
        expect(answerProblems(withPrefs, goal)).toEqual([]);
        for (const item of [...nextSteps(graph, situation), ...withinReach(graph, situation, 1e308)]) {
          expect([item.months, item.cost].every(Number.isFinite)).toBe(true);
        }
      }),
      { numRuns: propertyRuns(2000, 100), seed: PROPERTY_SEED },
    );
  }, 300_000);
});
