// The explorer fixture graph and hand-written plans on it for the counselor tools' tests, so
// every expected string is exact and the tests share one copy of each plan.

import { readFileSync } from 'node:fs';
import { buildCareerGraph } from '../../../src/domain/career-graph';
import type { Plan, PlanResult } from '../../../src/domain/planner/types';
import type { CareerGraphFile } from '../../../src/domain/types';
import { handPlan } from '../../support/hand-plan';

export const file = JSON.parse(readFileSync('tests/fixtures/explorer-small.json', 'utf8')) as CareerGraphFile;
export const graph = buildCareerGraph(file);

export const MHSM = 'medical-and-health-services-manager';
const anyHim = { anyOf: ['bachelor-him', 'master-him'] };

/** Bachelor's degree, then the manager role: 51 months, $40,000. No salary figures (tests add them). */
export const viaBachelor: Plan = handPlan({
  steps: [
    {
      id: 'bachelor-him',
      start: 0,
      end: 48,
      cost: 40000,
      reasons: [{ for: MHSM, need: 'anyOf', path: 'allOf[0]', part: anyHim }],
    },
    { id: MHSM, start: 48, end: 51, cost: 0, reasons: [] },
  ],
  totals: { months: 51, cost: 40000, steps: 2 },
  salary: {},
  optimal: true,
  unknown: { cost: [], months: [] },
});

/** Bachelor's, then master's, then the manager role: 75 months, $70,000. */
export const viaMaster: Plan = handPlan({
  steps: [
    {
      id: 'bachelor-him',
      start: 0,
      end: 48,
      cost: 40000,
      reasons: [{ for: 'master-him', need: 'allOf', path: '', part: 'bachelor-him' }],
    },
    {
      id: 'master-him',
      start: 48,
      end: 72,
      cost: 30000,
      reasons: [{ for: MHSM, need: 'anyOf', path: 'allOf[0]', part: anyHim }],
    },
    { id: MHSM, start: 72, end: 75, cost: 0, reasons: [] },
  ],
  totals: { months: 75, cost: 70000, steps: 3 },
  salary: {},
  optimal: true,
  unknown: { cost: [], months: [] },
});

/** A plan result for the manager role, ranked by months. */
export function managerResult(plans: Plan[]): Extract<PlanResult, { kind: 'plan' }> {
  return { kind: 'plan', goal: MHSM, by: 'months', plans };
}
