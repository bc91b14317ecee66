// Checks the schedule of a plan against the spec, independently of the planner's code: every step
// starts when its requirements allow or later, at the earliest time the oracle finds for it, and no
// step off the critical path could start later without breaking a later step or delaying the goal.

import type { Plan } from '../../../src/domain/planner';
import type { World } from './oracle';

/** How far a step is pushed to test that it is already as late as it can be. */
const NUDGE = 0.5;

/**
 * Whether every step's requirement is met by its start, with `ends` as the steps' end months, by
 * the steps before it in the plan's list (the spec: "in an order where each node's requirement is
 * met by what is held plus the nodes before it"; a node never meets its own requirement). Counting
 * later steps too would let two zero-month steps meet each other's requirements.
 */
function feasible(world: World, plan: Plan, ends: Map<string, number>): boolean {
  const before = new Map<string, number>();
  return plan.steps.every((s) => {
    const met = world.evalReq(world.requirement(s.id), before) <= s.start + 1e-9;
    before.set(s.id, ends.get(s.id) ?? s.end);
    return met;
  });
}

/** Problems with the schedule; empty when every step comes just when it is needed. */
export function scheduleProblems(world: World, goal: string, plan: Plan): string[] {
  const problems: string[] = [];
  const ids = plan.steps.map((s) => s.id);
  const earliest = world.times(ids);
  const ends = new Map(plan.steps.map((s) => [s.id, s.end]));
  if (!feasible(world, plan, ends)) problems.push('a step starts before its requirements are met');
  const finish = Math.max(0, ...plan.steps.map((s) => s.end));
  if (finish !== plan.totals.months)
    problems.push(`steps end at ${finish}, totals say ${plan.totals.months}`);
  for (const s of plan.steps) {
    const months = world.nodes.get(s.id)?.months ?? 0;
    const early = (earliest.get(s.id) ?? Number.NaN) - months;
    if (Math.abs(early - s.earliestStart) > 1e-9)
      problems.push(`${s.id} can start at ${early} at the earliest, plan says ${s.earliestStart}`);
    if (s.critical !== Math.abs(s.start - s.earliestStart) < 1e-9)
      problems.push(`${s.id} critical flag ${s.critical} but starts ${s.start}, earliest ${s.earliestStart}`);
    if (s.id === goal) continue;
    const nudged = new Map(ends);
    nudged.set(s.id, s.end + NUDGE);
    const laterFinish = Math.max(finish, s.end + NUDGE);
    if (feasible(world, plan, nudged) && laterFinish <= plan.totals.months)
      problems.push(`${s.id} (months ${s.start}–${s.end}) could start later without delaying the goal`);
  }
  return problems;
}
