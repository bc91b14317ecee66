// Hand-written plans for rendering tests: a raw plan (steps, totals) given the schedule facts a
// planner plan carries, as if every step came at its stated time with nothing to wait for.

import type { Plan, PlanStep, RawPlan, RawPlanStep } from '../../src/domain/planner/types';

export function handStep(raw: RawPlanStep, extra: Partial<PlanStep> = {}): PlanStep {
  return { earliestStart: raw.start, critical: true, waits: [], uses: [], unknown: [], ...raw, ...extra };
}

/** NOTE: unknown figures listed in `raw.unknown` are copied onto their steps. */
export function handPlan(raw: RawPlan, extra: Partial<Plan> = {}): Plan {
  const unknownOf = (id: string): PlanStep['unknown'] => [
    ...(raw.unknown.cost.includes(id) ? (['cost'] as const) : []),
    ...(raw.unknown.months.includes(id) ? (['months'] as const) : []),
  ];
  return {
    ...raw,
    steps: raw.steps.map((s) => handStep(s, { unknown: unknownOf(s.id) })),
    unknown: { ...raw.unknown, eligibility: [] },
    pace: 'full-time',
    ...extra,
  };
}
