// What the schedule keeps from plan to plan (leaf shapes per graph, the uses and reasons made once,
// the stamp arrays of PlanLeaves) never changes an answer: questions asked in turn on several
// graphs, each graph asked again after the others, get the answers a graph built afresh gives.
// What plans share is frozen, so changing it throws instead of changing another plan.

import { describe, expect, it } from 'vitest';
import { deepLattice } from '../../../scripts/bench/shapes';
import { buildCareerGraph } from '../../../src/domain/career-graph';
import { type PlanResult, planCareer } from '../../../src/domain/planner';
import type { CareerGraphFile, Situation } from '../../../src/domain/types';
import { builtinGraph } from '../support/career-graphs';

interface Asked {
  file: CareerGraphFile;
  situation: Situation;
  goal: string;
  includePreferred: boolean;
}

const health = builtinGraph('health-information').file;
const tech: Situation = {
  holds: ['high-school-diploma', 'medical-records-technician'],
  years: { 'medical-records-technician': 2 },
};
const deep = deepLattice(300, 15, 9);
const questions: Asked[] = [
  { file: health, situation: tech, goal: 'medical-and-health-services-manager', includePreferred: true },
  { file: deep, situation: { holds: ['deep-root'] }, goal: 'deep-goal', includePreferred: false },
  {
    file: health,
    situation: { holds: ['high-school-diploma'] },
    goal: 'him-director',
    includePreferred: false,
  },
  { file: deep, situation: { holds: ['deep-root'] }, goal: 'l10-n3', includePreferred: false },
  { file: health, situation: tech, goal: 'coding-auditor', includePreferred: true },
];

const ask = (graph: ReturnType<typeof buildCareerGraph>, q: Asked): PlanResult =>
  planCareer(graph, q.situation, q.goal, { alternatives: 3, includePreferred: q.includePreferred });

describe('what the schedule keeps between plans', () => {
  it('changes no answer: each graph asked again, in turn with the others, answers as one built afresh', () => {
    const fresh = questions.map((q) => ask(buildCareerGraph(q.file), q));
    const kept = new Map<CareerGraphFile, ReturnType<typeof buildCareerGraph>>();
    const graphOf = (file: CareerGraphFile) => {
      let graph = kept.get(file);
      if (graph === undefined) {
        graph = buildCareerGraph(file);
        kept.set(file, graph);
      }
      return graph;
    };
    for (const round of [0, 1])
      for (const i of round === 0 ? [0, 1, 2, 3, 4] : [4, 3, 2, 1, 0]) {
        const q = questions[i] as Asked;
        expect(ask(graphOf(q.file), q), `${q.goal}, round ${round}`).toEqual(fresh[i]);
      }
  });

  it('shares only frozen values: a shared empty list or use cannot be changed', () => {
    const graph = buildCareerGraph(health);
    const result = ask(graph, questions[0] as Asked);
    if (result.kind !== 'plan') throw new Error('no plan');
    const steps = result.plans.flatMap((p) => p.steps);
    const noWaits = steps.find((s) => s.waits.length === 0);
    const use = steps.flatMap((s) => s.uses)[0];
    expect(noWaits).toBeDefined();
    expect(use).toBeDefined();
    expect(Object.isFrozen(noWaits?.waits)).toBe(true);
    expect(Object.isFrozen(use)).toBe(true);
    expect(() => noWaits?.waits.push(noWaits.waits[0] as never)).toThrow(TypeError);
    // The same question again: the same use objects, equal reasons.
    const again = ask(graph, questions[0] as Asked);
    if (again.kind !== 'plan') throw new Error('no plan');
    expect(again.plans.flatMap((p) => p.steps).flatMap((s) => s.uses)[0]).toBe(use);
    expect(again).toEqual(result);
  });
});
