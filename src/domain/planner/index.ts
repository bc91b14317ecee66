// The planner's public surface: planCareer, nextSteps, withinReach and their types.
export { planCareer } from './plan-career';
export { compareKeys, rankingOrder } from './ranking';
export { nextSteps, withinReach } from './reach';
export * from './types';
