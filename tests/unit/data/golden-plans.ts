// Golden plans: a built-in graph's best plan for each role, written down as a counselor expects it,
// checked against the planner (steps as a set of ids, total months, total known cost).

import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { parseCareerGraph } from '../../../src/data/load';
import type { CareerGraph } from '../../../src/domain/career-graph';
import { planCareer } from '../../../src/domain/planner';
import type { CareerGraphFile, Situation } from '../../../src/domain/types';

export interface Golden {
  goal: string;
  /** The plan's new nodes, in any order (the schedule of steps off the critical path may change). */
  steps: string[];
  months: number;
  /** Known cost; fees no source gives count as 0. */
  cost: number;
  /** Why a counselor would give this plan. */
  reason: string;
}

export function loadGraph(path: string): { file: CareerGraphFile; graph: CareerGraph } {
  const result = parseCareerGraph(readFileSync(path, 'utf8'), path);
  if (!result.ok) throw new Error(result.problems.join('\n'));
  return { file: result.file, graph: result.graph };
}

/** What the planner answers, in the shape of a golden row (without the reason). */
export function bestPlan(graph: CareerGraph, situation: Situation, goal: string) {
  const result = planCareer(graph, situation, goal);
  if (result.kind !== 'plan') return { goal, unreachable: result.reason };
  const plan = result.plans[0];
  if (plan === undefined) return { goal, unreachable: 'no plan' };
  return {
    goal,
    steps: plan.steps.map((s) => s.id).sort(),
    months: plan.totals.months,
    cost: plan.totals.cost,
    optimal: plan.optimal,
  };
}

/** One test per row, and one that every role of the graph has a row. */
export function checkGoldenPlans(
  graph: CareerGraph,
  file: CareerGraphFile,
  situation: Situation,
  table: Golden[],
): void {
  it('has a golden plan for every role of the graph', () => {
    const roles = file.nodes.filter((n) => n.kind === 'role').map((n) => n.id);
    expect(table.map((g) => g.goal).sort()).toEqual([...roles].sort());
  });
  for (const row of table) {
    it(`${row.goal}: ${row.reason}`, () => {
      expect(bestPlan(graph, situation, row.goal)).toEqual({
        goal: row.goal,
        steps: [...row.steps].sort(),
        months: row.months,
        cost: row.cost,
        optimal: true,
      });
    });
  }
}
