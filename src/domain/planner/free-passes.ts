// What every search of one problem starts from and never changes: the relaxed passes with every
// node available (months, cost, steps), the step weights and the months from each node to the
// goal. Made once per problem's working arrays (scratch.ts), so the same question asked again
// (another objective, more plans) reads them instead of making them again: a kept problem's
// working arrays go to its next question only after a question ended normally (handBack).

import { stepWeights } from './candidate';
import { type Fixpoint, knuth } from './derivations';
import type { Problem } from './problem';
import { monthsToGoal } from './tails';

/** The problem's results made so far; read-only for every caller. */
export interface FreePasses {
  months?: Fixpoint;
  cost?: Fixpoint;
  steps?: Fixpoint;
  ones?: Float64Array;
  toGoal?: Float64Array;
}

const freeOf = (p: Problem): FreePasses => {
  p.scratch.free ??= {};
  return p.scratch.free;
};

/** Per node, what it counts as steps (stepWeights). */
export function onesOf(p: Problem): Float64Array {
  const free = freeOf(p);
  free.ones ??= stepWeights(p);
  return free.ones;
}

/** knuth(p, 'max', p.months): earliest finishes with every node available. */
export function freeMonthsOf(p: Problem): Fixpoint {
  const free = freeOf(p);
  free.months ??= knuth(p, 'max', p.months);
  return free.months;
}

/** knuth(p, 'sum', p.cost): the least cost of each node with every node available (a relaxation). */
export function freeCostOf(p: Problem): Fixpoint {
  const free = freeOf(p);
  free.cost ??= knuth(p, 'sum', p.cost);
  return free.cost;
}

/** knuth(p, 'sum', onesOf(p)): the fewest steps, relaxed likewise. */
export function freeStepsOf(p: Problem): Fixpoint {
  const free = freeOf(p);
  free.steps ??= knuth(p, 'sum', onesOf(p));
  return free.steps;
}

/** monthsToGoal(p). */
export function toGoalOf(p: Problem): Float64Array {
  const free = freeOf(p);
  free.toGoal ??= monthsToGoal(p);
  return free.toGoal;
}
