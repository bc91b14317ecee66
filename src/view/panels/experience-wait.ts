// Why a step starts later than its other prerequisites allow: years of experience in a role. Read
// from the step's own requirement, so "reached at month 12" can say "needs 3 yr as Medical biller".

import type { CareerGraph } from '../../domain/career-graph';
import type { Plan, PlanStep } from '../../domain/planner/types';
import { requirementLeaves } from '../../domain/requirement';
import type { Situation } from '../../domain/types';
import { ownValue } from '../../state/own-key';
import { formatMonths, formatYears } from '../format/duration';

export interface ExperienceWait {
  /** The role whose years the step waits for. */
  role: string;
  years: number;
  /** Years already held, for a role held now; undefined when the role is a step of the plan. */
  have?: number;
}

/**
 * The experience need that sets the step's start, if one does: a leaf of its requirement (or
 * preference) whose years run out exactly when the step starts.
 */
export function experienceWait(
  graph: CareerGraph,
  plan: Plan,
  situation: Situation,
  step: PlanStep,
): ExperienceWait | undefined {
  if (step.start < 0.5 || !graph.hasNode(step.id)) return undefined;
  const node = graph.getNodeAttributes(step.id);
  const leaves = [...requirementLeaves(node.requires), ...requirementLeaves(node.prefers)];
  for (const leaf of leaves) {
    if (leaf.need !== 'experience' || leaf.years === undefined) continue;
    if (situation.holds.includes(leaf.id)) {
      const have = ownValue(situation.years, leaf.id) ?? 0;
      if (Math.abs(Math.max(0, leaf.years - have) * 12 - step.start) < 0.5)
        return { role: leaf.id, years: leaf.years, have };
      continue;
    }
    const before = plan.steps.find((s) => s.id === leaf.id);
    if (before && Math.abs(before.end + leaf.years * 12 - step.start) < 0.5)
      return { role: leaf.id, years: leaf.years };
  }
  return undefined;
}

/** "Starts at month 12: needs 3 yr as Medical biller (you have 2 yr: 1 yr more)". */
export function experienceWaitWords(
  wait: ExperienceWait,
  start: number,
  labelOf: (id: string) => string,
): string {
  const needs = `Starts at month ${Math.round(start)}: needs ${formatYears(wait.years)} as ${labelOf(wait.role)}`;
  if (wait.have === undefined) return `${needs}, counted from when that step is reached`;
  const more = formatMonths((wait.years - wait.have) * 12);
  return wait.have > 0
    ? `${needs} (you have ${formatYears(wait.have)}: ${more} more)`
    : `${needs} (${more} more)`;
}
