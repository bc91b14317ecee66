// @vitest-environment jsdom
// Compare says what is really known against another goal: a goal the person qualifies for now (or
// holds) has nothing to do, not "at once (less)" and "$0 (less)"; fees not known are never the
// cheaper figure; and the other goal starts as the goal's nearest alternative, not the first in the list.
import { describe, expect, it } from 'vitest';
import { planCareer } from '../../src/domain/planner/index';
import type { Plan } from '../../src/domain/planner/types';
import { nearestOtherGoal } from '../../src/state/compare-goal';
import { compareRows } from '../../src/view/compare/compare-rows';
import { nodesByKind } from '../../src/view/panels/node-options';
import { builtin } from './builtin-helpers';

const MHSM = 'medical-and-health-services-manager';
const holds = ['high-school-diploma'];

function bestPlan(goal: string): Plan {
  const { graph } = builtin();
  const result = planCareer(graph, { holds }, goal, { by: 'months', alternatives: 1 });
  if (result.kind !== 'plan' || !result.plans[0]) throw new Error(`no plan to ${goal}`);
  return result.plans[0];
}

function cells(other: string, otherPlan = bestPlan(other)) {
  const { graph } = builtin();
  const rows = compareRows(
    graph,
    [
      { title: 'Manager', goal: MHSM, plan: bestPlan(MHSM) },
      { title: 'Other', goal: other, plan: otherPlan },
    ],
    { by: 'months', holds },
  );
  const of = (key: string) =>
    rows
      .find((r) => r.key === key)
      ?.cells.map((c) =>
        c.kind === 'text' ? `${c.text}${c.best ? ' (best)' : ''}` : c.kind === 'none' ? `(${c.text})` : '',
      );
  return { months: of('months'), cost: of('cost'), count: of('count') };
}

describe('compare against another goal', () => {
  it('a role open now has nothing to do: no "at once (less)", no "$0 (less)"', () => {
    const { months, cost } = cells('cancer-registry-assistant');
    expect(months).toEqual(['4 yr 3 mo', '(nothing to do: you qualify now)']);
    expect(cost).toEqual(['$46,440 + 2 fees not known', '(nothing to do: you qualify now)']);
  });

  it('a goal already held says so', () => {
    const held: Plan = { ...bestPlan('cancer-registry-assistant'), steps: [] };
    expect(cells('cancer-registry-assistant', held).months?.[1]).toBe('(nothing to do: you already have it)');
  });

  it('fees not known are not the cheaper figure; known figures on both sides still are', () => {
    // The coder's plan totals $0 of known fees, but two fees are not known; the manager's too.
    const { months, cost, count } = cells('medical-coder');
    expect(cost).toEqual(['$46,440 + 2 fees not known', '2 fees not known']);
    expect(months).toEqual(['4 yr 3 mo', '3 mo (best)']);
    expect(count).toEqual(['5', '3 (best)']);
  });
});

describe('nearestOtherGoal', () => {
  const { graph } = builtin();
  const ids = nodesByKind(graph).flatMap(({ nodes }) => nodes.map((n) => n.id));

  it('picks a near alternative, not the first role in the list', () => {
    expect(ids[0]).toBe('cancer-registry-assistant');
    // Both need a graduate degree in the field; one level apart; neither is a rung of the other.
    expect(nearestOtherGoal(graph, MHSM, ids, holds)).toBe('health-informatics-specialist');
    expect(nearestOtherGoal(graph, 'privacy-officer', ids, holds)).toBe(MHSM);
  });

  it('never a rung just below or above, nor something held, nor far levels', () => {
    const pick = nearestOtherGoal(graph, 'him-director', ids, holds);
    expect(graph.inNeighbors('him-director')).not.toContain(pick);
    expect(graph.getNodeAttribute(pick, 'level')).toBeGreaterThanOrEqual(4);
    expect(nearestOtherGoal(graph, MHSM, ids, [...holds, 'health-informatics-specialist'])).not.toBe(
      'health-informatics-specialist',
    );
    expect(nearestOtherGoal(graph, 'co-owner', ['medical-biller', 'cancer-registrar'], holds)).toBe('');
  });
});
