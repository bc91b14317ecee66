// A plan step in words: what it is, why it is needed, how long, what it costs. Shared by the
// handout, presentation captions and the compare table so they always say the same thing.

import type { CareerGraph } from '../../domain/career-graph';
import type { Objective, Plan, PlanStep, SalaryFigure, StepReason } from '../../domain/planner/types';
import { isAnyOf } from '../../domain/requirement';
import { describeMonths, formatYears } from '../format/duration';
import { KIND_NAMES } from '../format/labels';
import { describeCost, formatMoney, formatMoneyChange } from '../format/money';
import { describeRequirement } from '../format/requirement-words';
import { describeSalary } from '../format/salary';

/** A one-of group with more options than this is summarised by its count. */
export const MAX_LISTED_OPTIONS = 3;

export const OBJECTIVE_WORDS: Record<Objective, string> = {
  months: 'fastest',
  cost: 'cheapest',
  steps: 'fewest steps',
};

export function labelIn(graph: CareerGraph): (id: string) => string {
  return (id) => (graph.hasNode(id) ? graph.getNodeAttribute(id, 'label') : id);
}

function reasonWords(step: string, reason: StepReason, labelOf: (id: string) => string): string {
  const target = labelOf(reason.for);
  if (reason.need === 'experience')
    return `${target} needs ${formatYears(reason.years ?? 0)} as ${labelOf(step)}`;
  if (reason.need === 'anyOf') {
    const options = isAnyOf(reason.part) ? reason.part.anyOf.length : 1;
    // Long groups would fill a page; the alternatives list the other options.
    if (options > MAX_LISTED_OPTIONS) return `${target} needs one of ${options} options; this is one of them`;
    const group = describeRequirement(reason.part, labelOf);
    return group && options > 1 ? `${target} needs ${group}` : `needed for ${target}`;
  }
  return `needed for ${target}`;
}

/** Why the step is in the plan, in one sentence; the goal says so. */
export function stepWhy(graph: CareerGraph, step: PlanStep, goal: string): string {
  if (step.id === goal) return 'This is the goal.';
  const labelOf = labelIn(graph);
  const parts = [...new Set(step.reasons.map((r) => reasonWords(step.id, r, labelOf)))];
  if (parts.length === 0) return 'Part of the plan.';
  // One sentence per reason: requirement words already use ';' and ','.
  return parts.map((p) => `${p.charAt(0).toUpperCase()}${p.slice(1)}.`).join(' ');
}

/** What the node is: its summary, or its kind and issuer. */
export function stepWhat(graph: CareerGraph, id: string): string {
  if (!graph.hasNode(id)) return id;
  const node = graph.getNodeAttributes(id);
  if (node.summary) return node.summary;
  const kind = KIND_NAMES[node.kind];
  return node.issuer ? `${kind}, issued by ${node.issuer}.` : `${kind}.`;
}

/** How long the step takes, plus the years it must then be held when a later step needs experience. */
export function stepDuration(step: PlanStep, lengthUnknown = false): string {
  const base = describeMonths(step.end - step.start, lengthUnknown ? 1 : 0);
  const years = Math.max(0, ...step.reasons.filter((r) => r.need === 'experience').map((r) => r.years ?? 0));
  return years > 0 ? `${base}, then ${formatYears(years)} in the role` : base;
}

/** The step's fee; a fee no source gives is said to be unknown, never shown as free. */
export function stepCost(step: PlanStep, currency: string, feeUnknown = false): string {
  if (feeUnknown) return describeCost(step.cost, 1, currency);
  return step.cost > 0 ? formatMoney(step.cost, currency) : 'no cost listed';
}

/** "months 0–24" on the plan's clock. */
export function stepWhen(step: PlanStep, lengthUnknown = false): string {
  const a = Math.round(step.start);
  if (lengthUnknown) return `from month ${a}`;
  const b = Math.round(step.end);
  return a === b ? `month ${a}` : `months ${a}\u2013${b}`;
}

function figureWords(graph: CareerGraph, f: SalaryFigure, currency: string): string {
  return `${labelIn(graph)(f.id)}: ${describeSalary(f, currency, graph.getAttribute('sources'))}`;
}

/** The salary change in one line; says what is unknown rather than inventing it. */
export function salaryWords(graph: CareerGraph, plan: Plan, currency: string): string {
  const { from, to, change } = plan.salary;
  if (to && from && change !== undefined) {
    return `${formatMoneyChange(change, currency)} a year: from ${figureWords(graph, from, currency)} to ${figureWords(graph, to, currency)}`;
  }
  if (to) return `${figureWords(graph, to, currency)}; no current salary to compare with`;
  return 'No salary figure for the goal in the data.';
}

/** "3 steps, 2 yr 3 mo, $8,300" (with "+ 1 fee not known" and the like where sources are silent). */
export function totalsWords(plan: Plan, currency: string): string {
  const { steps, months, cost } = plan.totals;
  return `${steps} ${steps === 1 ? 'step' : 'steps'}, ${describeMonths(months, plan.unknown.months.length)}, ${describeCost(cost, plan.unknown.cost.length, currency)}`;
}

/** How `other` differs from `base`: "takes CPC instead of CCA", "adds X", "skips Y". */
export function differenceWords(graph: CareerGraph, base: Plan, other: Plan): string {
  const labelOf = labelIn(graph);
  const inBase = new Set(base.steps.map((s) => s.id));
  const inOther = new Set(other.steps.map((s) => s.id));
  const added = other.steps.filter((s) => !inBase.has(s.id)).map((s) => labelOf(s.id));
  const dropped = base.steps.filter((s) => !inOther.has(s.id)).map((s) => labelOf(s.id));
  if (added.length && dropped.length) return `takes ${added.join(', ')} instead of ${dropped.join(', ')}`;
  if (added.length) return `adds ${added.join(', ')}`;
  if (dropped.length) return `skips ${dropped.join(', ')}`;
  return 'same steps in another order';
}
