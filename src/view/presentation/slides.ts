// Presentation slides from a plan: an overview, then one slide per step with its caption
// (what it is, why it is needed, how long, what it costs). Pure, so the order and words are tested.

import type { CareerGraph } from '../../domain/career-graph';
import type { Objective, Plan } from '../../domain/planner/types';
import type { Situation } from '../../domain/types';
import { labelIn, presentPlan } from '../../present/plan-model';
import { UNKNOWN_WORDS } from '../../present/plan-words';
import { heldWords } from '../../present/situation-words';

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

export function buildSlides(
  graph: CareerGraph,
  goal: string,
  plan: Plan,
  situation: Situation,
  by: Objective = 'months',
  index = 0,
): Slide[] {
  const labelOf = labelIn(graph);
  const model = presentPlan(graph, plan, { goal, by, index, holds: situation.holds });
  const held = heldWords(situation, labelOf);
  const overview: Slide = {
    focus: null,
    counter: 'Overview',
    title: `Path to ${model.goal.label}`,
    kind: model.totals.steps,
    lines: [
      { label: 'Starting from', text: held.length ? held.join('; ') : 'nothing yet' },
      // The whole line with its sources ran past the caption at 1280×800; sources are on the handout.
      { label: 'Salary', text: model.salary.brief },
      { label: 'Takes', text: model.totals.months, short: true },
      { label: 'Costs', text: model.totals.cost, short: true },
      ...(model.finalWait ? [{ label: 'Waits', text: model.finalWait.text }] : []),
      // One line: the two full sentences pushed the overview past its caption at 1280×800.
      { label: 'Assumes', text: model.assumptionsBrief },
    ],
  };
  const steps = model.steps.map(
    (step): Slide => ({
      focus: step.id,
      counter: `Step ${step.n} of ${model.steps.length}`,
      title: step.label,
      kind: [step.kind, step.issuer].filter(Boolean).join(' \u00b7 '),
      lines: [
        { label: 'What it is', text: step.what },
        { label: 'Why', text: step.why.join(' ') },
        ...step.waits.map((w) => ({ label: 'Waits', text: w.text })),
        // The goal's slide says the wait after the last step too (it is what happens just before),
        // unless its own wait line already says it (a role held now: "you have 2 yr, 2 yr more").
        ...(step.isGoal && model.finalWait && !step.waits.some((w) => w.role === model.finalWait?.role)
          ? [{ label: 'Waits', text: model.finalWait.text }]
          : []),
        {
          label: 'How long',
          // A role reached once qualified takes no time of its own: "reached at month 27", not "at once (month 27)".
          text: step.reached
            ? [step.facts, step.inRole].filter(Boolean).join(', ')
            : `${step.inRole ? `${step.duration}, ${step.inRole}` : step.duration} (${step.when})`,
          short: true,
        },
        { label: 'Cost', text: step.cost, short: true },
        // An unknown fee or length is already said on the Cost and How long lines; eligibility is not.
        ...step.unknown
          .filter((f) => f === 'eligibility')
          .map((f) => ({ label: 'Not known', text: UNKNOWN_WORDS[f] })),
      ],
    }),
  );
  return [overview, ...steps];
}
