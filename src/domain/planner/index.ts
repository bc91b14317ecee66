// The planner's public surface: planCareer, nextSteps, withinReach and their types.

export { nextSteps } from './next-steps';
export { planCareer } from './plan-career';
export { compareKeys, rankingOrder } from './ranking';
export { withinReach } from './reach';
export * from './types';
