// Which option of a one-of the schedule says a step uses when options are ready at the same time:
// a role held now first (it ties no step down), then the option the planner chose, then the first.

import { describe, expect, it } from 'vitest';
import { buildCareerGraph } from '../../../src/domain/career-graph';
import { schedulePlan } from '../../../src/domain/planner/schedule';
import type { RawPlan } from '../../../src/domain/planner/types';
import type { CareerGraphFile, CareerNode, Requirement } from '../../../src/domain/types';

const node = (id: string, requires?: Requirement): CareerNode => ({
  id,
  kind: 'credential',
  label: id,
  sources: ['test'],
  months: 0,
  cost: 0,
  ...(requires === undefined ? {} : { requires }),
});

function graphOf(nodes: CareerNode[]) {
  const file = { id: 'ties', name: 'ties', nodes } as unknown as CareerGraphFile;
  return buildCareerGraph(file);
}

/** A raw plan of zero-month steps (ids in the planner's order), `chosen` serving the goal's one-of. */
function rawPlan(ids: string[], chosen: string | null): RawPlan {
  return {
    steps: ids.map((id) => ({
      id,
      start: 0,
      end: 0,
      cost: 0,
      reasons:
        id === chosen
          ? [{ for: 'goal', need: 'anyOf' as const, path: 'anyOf[1]', part: { anyOf: ['a', 'b'] } }]
          : [],
    })),
    totals: { months: 0, cost: 0, steps: ids.length },
    salary: null,
    optimal: true,
    unknown: { cost: [], months: [] },
  } as unknown as RawPlan;
}

const usesOf = (plan: ReturnType<typeof schedulePlan>, id: string) =>
  plan.steps.find((s) => s.id === id)?.uses.map((u) => `${u.id}${u.held ? ' (held)' : ''}`);

describe('schedule: ties between the options of a one-of', () => {
  it('takes the role held now over a step ready as soon', () => {
    const graph = graphOf([node('h'), node('a'), node('goal', { anyOf: ['a', 'h'] })]);
    const plan = schedulePlan(graph, { holds: ['h'] }, 'goal', rawPlan(['a', 'goal'], 'a'));
    expect(usesOf(plan, 'goal')).toEqual(['h (held)']);
  });

  it('takes the step the planner chose over an earlier-listed one ready as soon', () => {
    const graph = graphOf([node('a'), node('b'), node('goal', { anyOf: ['a', 'b'] })]);
    const plan = schedulePlan(graph, { holds: [] }, 'goal', rawPlan(['a', 'b', 'goal'], 'b'));
    expect(usesOf(plan, 'goal')).toEqual(['b']);
  });

  it('takes the first option when nothing tells them apart', () => {
    const graph = graphOf([node('a'), node('b'), node('goal', { anyOf: ['a', 'b'] })]);
    const plan = schedulePlan(graph, { holds: [] }, 'goal', rawPlan(['a', 'b', 'goal'], null));
    expect(usesOf(plan, 'goal')).toEqual(['a']);
  });
});
