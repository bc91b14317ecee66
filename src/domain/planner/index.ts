// The planner's public surface: planCareer, nextSteps, withinReach and their types.
export { planCareer } from './plan-career';
export { nextSteps, withinReach } from './reach';
export { compareKeys, rankingOrder } from './search';
export * from './types';
