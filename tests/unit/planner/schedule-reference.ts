// The questions whose whole answers (plans, schedules, field order included) are pinned in
// tests/fixtures/schedule-reference.json, by a hash of their JSON, the built-in graph's also
// written out: the built-in graphs (waits on held roles, preferences, part-time study), small deep
// lattices and random graphs. A change meant only to make the
// schedule cheaper must leave them as they are. `npx tsx tests/unit/planner/schedule-reference.ts`
// writes the file again (only when an answer is meant to change).

import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import fc from 'fast-check';
import { deepLattice, wideOneOfGraph } from '../../../scripts/bench/shapes';
import { syntheticLattice } from '../../../scripts/bench/synthetic';
import { buildCareerGraph, type CareerGraph } from '../../../src/domain/career-graph';
import { type PlanOptions, type PlanResult, planCareer } from '../../../src/domain/planner';
import type { Situation } from '../../../src/domain/types';
import { builtinGraph } from '../support/career-graphs';
import { caseArb } from './random-graphs';

export interface ReferenceQuestion {
  name: string;
  graph: CareerGraph;
  situation: Situation;
  goal: string;
  options: PlanOptions;
}

export const REFERENCE_FILE = 'tests/fixtures/schedule-reference.json';

/** The questions, in a fixed order (the random graphs from a fixed seed). */
export function referenceQuestions(): ReferenceQuestion[] {
  const qs: ReferenceQuestion[] = [];
  const health = builtinGraph('health-information').graph;
  const diploma: Situation = { holds: ['high-school-diploma'] };
  const tech: Situation = {
    holds: ['high-school-diploma', 'medical-records-technician'],
    years: { 'medical-records-technician': 2 },
  };
  const goals = ['medical-and-health-services-manager', 'him-director', 'coding-auditor'];
  for (const goal of goals) {
    qs.push({
      name: `health diploma ${goal}`,
      graph: health,
      situation: diploma,
      goal,
      options: { alternatives: 3 },
    });
    qs.push({
      name: `health tech ${goal} cost`,
      graph: health,
      situation: tech,
      goal,
      options: { by: 'cost', alternatives: 3 },
    });
    qs.push({
      name: `health tech ${goal} preferred part-time`,
      graph: health,
      situation: { ...tech, pace: 'part-time' },
      goal,
      options: { alternatives: 2, includePreferred: true },
    });
  }
  const nursing = builtinGraph('nursing').graph;
  const nursingHolds: Situation = {
    holds: nursing.filterNodes((_, a) => a.requires === undefined).slice(0, 1),
  };
  for (const [goal, includePreferred] of [
    ['director-of-nursing', false],
    ['crna', true],
  ] as const)
    qs.push({
      name: `nursing ${goal} ${includePreferred}`,
      graph: nursing,
      situation: nursingHolds,
      goal,
      options: { alternatives: 3, includePreferred },
    });
  const deep = buildCareerGraph(deepLattice(400, 20, 3));
  for (const goal of ['deep-goal'])
    qs.push({
      name: `deep400 ${goal}`,
      graph: deep,
      situation: { holds: ['deep-root'] },
      goal,
      options: { alternatives: 3 },
    });
  const synFile = syntheticLattice({ nodes: 300, seed: 5 });
  const syn = buildCareerGraph(synFile);
  for (const n of synFile.nodes.filter((x) => x.kind === 'role').slice(-2))
    qs.push({
      name: `syn300 ${n.id}`,
      graph: syn,
      situation: { holds: ['high-school-diploma'] },
      goal: n.id,
      options: { alternatives: 3, includePreferred: true },
    });
  const wide = buildCareerGraph(wideOneOfGraph(3, 8, 2));
  qs.push({
    name: 'wide',
    graph: wide,
    situation: { holds: ['wide-root'] },
    goal: 'wide-goal',
    options: { alternatives: 3 },
  });
  fc.sample(caseArb, { seed: 20261201, numRuns: 120 }).forEach((c, i) => {
    // Only the questions with plans to schedule.
    if (planCareer(buildCareerGraph(c.file), c.situation, c.goal).kind !== 'plan') return;
    qs.push({
      name: `random ${i}`,
      graph: buildCareerGraph(c.file),
      situation: c.situation,
      goal: c.goal,
      options: { alternatives: c.alternatives, includePreferred: c.includePreferred },
    });
  });
  return qs;
}

export function answerOf(q: ReferenceQuestion): PlanResult {
  return planCareer(q.graph, q.situation, q.goal, q.options);
}

/** The answer as JSON (field order included) and its short hash. */
export function hashOf(answer: PlanResult): string {
  return createHash('sha256').update(JSON.stringify(answer)).digest('hex').slice(0, 16);
}

/** The questions whose whole answers are written down (the others by hash): the built-in ones. */
export const writtenOut = (q: ReferenceQuestion): boolean => q.name.startsWith('health');

export interface Reference {
  hashes: Record<string, string>;
  answers: Record<string, PlanResult>;
}

if (process.argv[1]?.endsWith('schedule-reference.ts')) {
  const ref: Reference = { hashes: {}, answers: {} };
  for (const q of referenceQuestions()) {
    const answer = answerOf(q);
    ref.hashes[q.name] = hashOf(answer);
    if (writtenOut(q)) ref.answers[q.name] = answer;
  }
  writeFileSync(REFERENCE_FILE, `${JSON.stringify(ref)}\n`);
}
