// Presentation slides from a plan: an overview, then one slide per step with its caption
// (what it is, why it is needed, how long, what it costs). Pure, so the order and words are tested.

import type { CareerGraph } from '../../domain/career-graph';
import type { Plan } from '../../domain/planner/types';
import type { Situation } from '../../domain/types';
import { describeMonths } from '../format/duration';
import { KIND_NAMES } from '../format/labels';
import { describeCost } from '../format/money';
import {
  labelIn,
  salaryWords,
  stepCost,
  stepDuration,
  stepWhat,
  stepWhen,
  stepWhy,
} from '../handout/step-words';

export interface SlideLine {
  label: string;
  text: string;
  /** Short figures share a row on wide screens. */
  short?: boolean;
}

export interface Slide {
  /** The node the camera moves to; null for the overview (the whole plan). */
  focus: string | null;
  /** "Step 2 of 4" or "Overview". */
  counter: string;
  title: string;
  /** Kind and issuer: "Credential · AHIMA". */
  kind: string;
  lines: SlideLine[];
}

export function buildSlides(graph: CareerGraph, goal: string, plan: Plan, situation: Situation): Slide[] {
  const currency = graph.getAttribute('currency');
  const labelOf = labelIn(graph);
  const held = situation.holds.map(labelOf);
  const overview: Slide = {
    focus: null,
    counter: 'Overview',
    title: `Path to ${labelOf(goal)}`,
    kind: `${plan.totals.steps} ${plan.totals.steps === 1 ? 'step' : 'steps'}`,
    lines: [
      { label: 'Starting from', text: held.length ? held.join(', ') : 'nothing yet' },
      { label: 'Salary', text: salaryWords(graph, plan, currency) },
      { label: 'Takes', text: describeMonths(plan.totals.months, plan.unknown.months.length), short: true },
      {
        label: 'Costs',
        text: describeCost(plan.totals.cost, plan.unknown.cost.length, currency),
        short: true,
      },
    ],
  };
  const steps = plan.steps.map((step, i): Slide => {
    const lengthUnknown = plan.unknown.months.includes(step.id);
    const node = graph.hasNode(step.id) ? graph.getNodeAttributes(step.id) : undefined;
    const kind = node ? [KIND_NAMES[node.kind], node.issuer].filter(Boolean).join(' \u00b7 ') : '';
    return {
      focus: step.id,
      counter: `Step ${i + 1} of ${plan.steps.length}`,
      title: labelOf(step.id),
      kind,
      lines: [
        { label: 'What it is', text: stepWhat(graph, step.id) },
        { label: 'Why', text: stepWhy(graph, step, goal) },
        {
          label: 'How long',
          text: `${stepDuration(step, lengthUnknown)} (${stepWhen(step, lengthUnknown)})`,
          short: true,
        },
        { label: 'Cost', text: stepCost(step, currency, plan.unknown.cost.includes(step.id)), short: true },
      ],
    };
  });
  return [overview, ...steps];
}
