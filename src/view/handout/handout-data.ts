// Everything the one-page handout prints, taken from the shared plan model (src/present) plus the
// situation and sources, so it can be tested without a browser and the component only lays it out.

import type { CareerGraph } from '../../domain/career-graph';
import type { PlanResult } from '../../domain/planner/types';
import type { Situation } from '../../domain/types';
import { flatDate } from '../../present/format/salary';
import { differenceWords, labelIn, type PlanModel, presentPlan, totalsLine } from '../../present/plan-model';
import { OBJECTIVE_WORDS, planName } from '../../present/plan-words';
import { heldWords } from '../../present/situation-words';
import { ownValue } from '../../state/own-key';

/** Alternatives beyond this many would not fit on one page with the rest. */
export const HANDOUT_MAX_ALTERNATIVES = 3;

export interface HandoutStep {
  n: number;
  id: string;
  label: string;
  kind: string;
  when: string;
  duration: string;
  cost: string;
  why: string;
  /** Experience waits and what is not known about the step, one line each. */
  notes: string[];
}

export interface HandoutData {
  title: string;
  goal: { id: string; label: string };
  /** One line per thing held, then the region. */
  situation: string[];
  objective: string;
  steps: HandoutStep[];
  totals: { months: string; cost: string; steps: string };
  salary: string;
  /** Other plans, each "Plan 2: 4 steps, 2 yr, $9,000 — takes CPC instead of CCA". */
  alternatives: string[];
  sources: { key: string; title: string; published: string }[];
  dataset: string;
  date: string;
  /** After the last step: the years still to work before the goal opens. */
  finalWait?: string;
  /** Cheapest among known fees, eligibility not known, not proven best: whatever applies. */
  caveats: string[];
  /** Study pace; work and study side by side. */
  assumptions: string[];
}

export type HandoutInput =
  | { kind: 'handout'; data: HandoutData; model: PlanModel }
  | { kind: 'nothing-to-print'; reason: string };

/** "27 November 2026", fixed to UTC so the same instant prints the same day everywhere in tests. */
export function handoutDate(date: Date): string {
  return new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

function nothingToPrint(graph: CareerGraph, situation: Situation, goal: string | null | undefined): string {
  if (goal && situation.holds.includes(goal)) {
    return `You already hold ${labelIn(graph)(goal)}, so there are no steps to print. To print a plan, choose another goal in \u201cYour situation and goal\u201d.`;
  }
  return 'No plan to print yet. Choose a goal in \u201cYour situation and goal\u201d (or try the example there); the handout then prints the plan to it.';
}

/** What a handout is printed from: the plan view's question and answer (PrintHandout's props). */
export interface HandoutRequest {
  graph: CareerGraph;
  situation: Situation;
  result: PlanResult | null;
  /** Which plan of the result is shown (0 = best). */
  index: number;
  /** The chosen goal, so a page without a plan can say why (already held, or none chosen). */
  goal?: string | null;
}

export function buildHandoutData(input: HandoutRequest & { date: Date }): HandoutInput {
  const { graph, situation, result } = input;
  if (result === null)
    return { kind: 'nothing-to-print', reason: nothingToPrint(graph, situation, input.goal) };
  if (result.kind === 'unreachable') {
    return { kind: 'nothing-to-print', reason: `There is no plan to print: ${result.reason}` };
  }
  // The index is the plan view's, already clamped to the plans there are (src/state/derive.ts).
  const plan = result.plans[input.index];
  if (plan === undefined) return { kind: 'nothing-to-print', reason: 'The planner returned no plan.' };
  const { currency, sources, title: dataset, updated } = graph.getAttributes();
  const labelOf = labelIn(graph);
  const model = presentPlan(graph, plan, {
    goal: result.goal,
    by: result.by,
    index: input.index,
    holds: situation.holds,
  });

  const held = heldWords(situation, labelOf);
  const situationLines = held.length ? held : ['Nothing yet: starting from scratch'];
  if (situation.region) situationLines.push(`Region: ${situation.region}`);

  const steps: HandoutStep[] = model.steps.map((s) => ({
    n: s.n,
    id: s.id,
    label: s.label,
    kind: s.kind,
    when: s.when,
    duration: s.inRole ? `${s.duration}, ${s.inRole}` : s.duration,
    cost: s.cost,
    why: s.why.join(' '),
    notes: [...s.waits.map((w) => w.text), ...s.unsaidFlags],
  }));

  const alternatives = result.plans
    .map((other, i) => ({ other, i }))
    .filter(({ i }) => i !== input.index)
    .slice(0, HANDOUT_MAX_ALTERNATIVES)
    .map(({ other, i }) => {
      const name = planName(i);
      return `${name}: ${totalsLine(other, currency)} \u2014 ${differenceWords(graph, plan, other)}`;
    });

  // Sources of every figure printed: each step's node, and the two salary figures.
  const keys: string[] = [];
  const cite = (key: string | undefined): void => {
    if (key && ownValue(sources, key) && !keys.includes(key)) keys.push(key);
  };
  for (const step of plan.steps)
    for (const key of graph.getNodeAttribute(step.id, 'sources') ?? []) cite(key);
  cite(plan.salary.from?.source);
  cite(plan.salary.to?.source);

  const data: HandoutData = {
    title: `Career plan: ${labelOf(result.goal)}`,
    goal: { id: result.goal, label: labelOf(result.goal) },
    situation: situationLines,
    objective:
      input.index > 0
        ? `plan ${input.index + 1} of ${result.plans.length} (plan 1 is the ${OBJECTIVE_WORDS[result.by]})`
        : `${OBJECTIVE_WORDS[result.by]} plan`,
    steps,
    totals: { months: model.totals.months, cost: model.totals.cost, steps: String(plan.totals.steps) },
    salary: model.salary.line,
    alternatives,
    sources: keys.map((key) => {
      const s = ownValue(sources, key);
      // "undated (retrieved 2026)" printed as "(undated, retrieved 2026)", never nested.
      return { key, title: s?.title ?? key, published: flatDate(s?.published ?? '') };
    }),
    dataset: `${dataset} (updated ${updated})`,
    date: handoutDate(input.date),
    caveats: model.caveats,
    assumptions: model.assumptions,
    ...(model.finalWait ? { finalWait: model.finalWait.text } : {}),
  };
  return { kind: 'handout', data, model };
}
