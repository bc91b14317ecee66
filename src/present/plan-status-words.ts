// The words the first frame may say about a plan before there is one to show (the plan panel's
// states, the study pace hint); part of PLAN_WORDS (plan-words.ts), and apart from the rest so the
// first load does not carry every phrase of a shown plan.

/** The objectives a person picks from, in the order the situation panel offers them. */
export { OBJECTIVES } from '../domain/planner/types';

export const PLAN_STATUS_WORDS = {
  /** Beside the study pace control. */
  paceHint: 'Part time: programs (degrees, courses) take twice their full-time length.',
  /** Why there is no plan, where the plan would be (panel and text view). */
  alreadyHeld: (goal: string) => `You already have ${goal}: nothing more to do for this goal.`,
  /** A big graph's plan while the plan worker works it out. */
  planning: (goal: string) => `Planning the way to ${goal}…`,
  planError: (message: string) => `The plan could not be worked out: ${message}`,
} as const;
