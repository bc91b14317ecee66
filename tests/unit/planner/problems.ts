// Planning problems for tests that work on the planner's indexed problem directly.

import { buildCareerGraph } from '../../../src/domain/career-graph';
import { ancestry, buildProblem, type Problem, questionOf } from '../../../src/domain/planner/problem';
import type { Situation } from '../../../src/domain/types';

/** The problem of reaching `goal` from `situation` (its ancestry), or null when that is empty. */
export function problemOf(
  file: Parameters<typeof buildCareerGraph>[0],
  situation: Situation,
  goal: string,
): Problem | null {
  const graph = buildCareerGraph(file);
  const q = questionOf(situation, false);
  const ids = ancestry(graph, q, goal);
  return ids.length === 0 ? null : buildProblem(graph, q, goal, ids);
}

/** A shuffled copy, from a seeded generator. */
export function shuffled(xs: number[], rnd: () => number): number[] {
  const out = [...xs];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [out[i], out[j]] = [out[j] as number, out[i] as number];
  }
  return out;
}
