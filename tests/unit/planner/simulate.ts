// Replays a plan step by step against the spec: each step's requirement met by what is held and
// the steps before it, by the step's start (which may be later: steps off the critical path come
// when needed); totals as stated; no step removable.

import type { Plan } from '../../../src/domain/planner';
import type { World } from './oracle';

/**
 * Problems found in the plan; empty when it is valid. `minimality: false` skips the quadratic
 * no-step-removable check (for plans thousands of steps long).
 */
export function planProblems(world: World, goal: string, plan: Plan, minimality = true): string[] {
  const problems: string[] = [];
  const t = new Map<string, number>();
  let months = 0;
  let cost = 0;
  for (const [i, step] of plan.steps.entries()) {
    if (!world.available(step.id)) problems.push(`step ${i} ${step.id} is held or not offered in the region`);
    if (t.has(step.id)) problems.push(`step ${i} ${step.id} repeats`);
    const ready = world.evalReq(world.requirement(step.id), t);
    if (!(ready <= step.start + 1e-9))
      problems.push(`step ${i} ${step.id} can start at ${ready}, plan says ${step.start}`);
    const node = world.nodes.get(step.id);
    const end = step.start + (node?.months ?? 0);
    if (end !== step.end) problems.push(`step ${i} ${step.id} ends at ${end}, plan says ${step.end}`);
    if ((node?.cost ?? 0) !== step.cost) problems.push(`step ${i} ${step.id} costs ${node?.cost ?? 0}`);
    if (step.id !== goal && step.reasons.length === 0) problems.push(`step ${i} ${step.id} has no reason`);
    for (const r of step.reasons) {
      if (!plan.steps.some((s) => s.id === r.for))
        problems.push(`step ${step.id} serves ${r.for}, not a step`);
    }
    t.set(step.id, end);
    months = Math.max(months, end);
    cost += node?.cost ?? 0;
  }
  const ids = plan.steps.map((s) => s.id).sort();
  cost = ids.reduce((s, id) => s + (world.nodes.get(id)?.cost ?? 0), 0);
  if (!world.held.has(goal) && !t.has(goal)) problems.push('the goal is not a step');
  const { totals } = plan;
  if (totals.months !== months || totals.cost !== cost || totals.steps !== ids.length) {
    problems.push(`totals ${JSON.stringify(totals)} but replay gives ${months}/${cost}/${ids.length}`);
  }
  for (const x of minimality ? ids : []) {
    if (
      x !== goal &&
      world.reaches(
        ids.filter((y) => y !== x),
        goal,
      )
    ) {
      problems.push(`step ${x} is not needed`);
    }
  }
  return problems;
}
