// Which of an answer's plans is shown: apart from the plan model (plan-model.ts) so the store's
// derived answers (state/derive.ts) do not load the model, which only a shown plan needs.

/** The plan of an answer at `index`, clamped to the plans there are (the one place this is done). */
export function planAt<T>(plans: readonly T[], index: number): T | undefined {
  return plans[Math.max(0, Math.min(index, plans.length - 1))];
}
