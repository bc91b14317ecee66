// Plain words for a plan step: why it is there ("For RHIA: one of: …") and its facts.

import type { PlanStep, StepReason } from '../../domain/planner/types';
import { shortLabel } from '../format/labels';
import { describeRequirement, type LabelOf } from '../format/requirement-words';

export function reasonWords(reason: StepReason, stepId: string, labelOf: LabelOf): string {
  const target = labelOf(reason.for);
  if (typeof reason.part === 'string' && reason.part === stepId) return `Needed for ${target}`;
  // Members by their short names: a one-of over five degrees stays one readable line.
  return `For ${target}: ${describeRequirement(reason.part, (id) => shortLabel(labelOf(id)))}`;
}

export function stepReasons(step: PlanStep, labelOf: LabelOf): string[] {
  return step.reasons.map((r) => reasonWords(r, step.id, labelOf));
}
