// The words of the compare table that say what is known about a figure: a side with nothing to do
// says so instead of "at once" and "$0", and the better figure is named only between known figures.

export const COMPARE_WORDS = {
  /** Time and cost of a goal whose requirements are already met (a role that asks nothing more). */
  qualifyNow: 'nothing to do: you qualify now',
  /** Time and cost of a goal already held. */
  alreadyHave: 'nothing to do: you already have it',
  /** The better of two known figures. */
  better: { months: 'less', cost: 'less', count: 'fewer', salary: 'more' },
  /** Before another goal is chosen (no goal near the current one to suggest). */
  chooseGoal: 'Choose a goal to compare with',
} as const;
