// The shared wording of plans: every phrase the plan panel, text view, handout, slides, compare
// table, announcer and CLI say about a plan comes from here, so one change shows everywhere.

import type { Objective, Pace, UnknownFact } from '../domain/planner/types';
import { formatMonths, formatYears } from './format/duration';
import { PLAN_STATUS_WORDS } from './plan-status-words';

/** The objectives a plan can be ranked by, in the order the app offers them. */
export { OBJECTIVES } from '../domain/planner/types';

export const OBJECTIVE_WORDS: Record<Objective, string> = {
  months: 'fastest',
  cost: 'cheapest',
  steps: 'fewest steps',
};

/** "1 step", "3 steps". */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** What no source gives, said on the step that lacks it. */
export const UNKNOWN_WORDS: Record<UnknownFact, string> = {
  cost: 'Fee not known',
  months: 'Length not known',
  eligibility: 'Eligibility not known — check with the issuer',
};

/** The same, counted over a plan: "2 fees not known". */
export function unknownCountWords(fact: UnknownFact, n: number): string {
  const nouns: Record<UnknownFact, [string, string]> = {
    cost: ['fee', 'fees'],
    months: ['length', 'lengths'],
    eligibility: ['eligibility rule', 'eligibility rules'],
  };
  const [one, many] = nouns[fact];
  return `${plural(n, one, many)} not known`;
}

/** "2 more years", "1 more year", "1 yr 6 mo more". */
export function moreTime(months: number): string {
  const m = Math.round(months);
  return m > 0 && m % 12 === 0 ? plural(m / 12, 'more year', 'more years') : `${formatMonths(m)} more`;
}

/** The name of the plan at `index` of an answer, the same in the tabs, compare, handout and CLI. */
export function planName(index: number): string {
  return index === 0 ? 'Best plan' : `Plan ${index + 1}`;
}

/** Said after months that follow a step of unknown length (counted as 0 months). */
export const AT_THE_EARLIEST = ' at the earliest';

/** What a goal that is not a role is, in a sentence ("RHIA is a credential"). */
const GOAL_KIND_WORDS = { education: 'a program', credential: 'a credential', license: 'a license' } as const;

export const PLAN_WORDS = {
  ...PLAN_STATUS_WORDS,
  goalReason: 'This is the goal.',
  noReason: 'Part of the plan.',
  neededFor: (target: string) => `Needed for ${target}`,
  needsYearsAs: (target: string, years: number, role: string) =>
    `${target} needs ${formatYears(years)} as ${role}`,
  needsOneOf: (target: string, group: string) => `${target} needs ${group}`,
  /** A target whose requirement has several routes, as the subject of a group inside one of them. */
  byThisRoute: (target: string) => `${target}, by the route this plan takes,`,
  needsOneOfMany: (target: string, options: number) =>
    `${target} needs one of ${options} options; this is one of them`,
  /**
   * "months 60–63", "month 63", "from month 60" (length not known); after a step whose length no
   * source gives (counted as 0), the months are the earliest: "months 60–63 at the earliest".
   */
  when: (start: number, end: number, lengthUnknown: boolean, afterUnknown = false) => {
    const a = Math.round(start);
    const b = Math.round(end);
    const months = lengthUnknown ? `from month ${a}` : a === b ? `month ${a}` : `months ${a}\u2013${b}`;
    return afterUnknown ? `${months}${AT_THE_EARLIEST}` : months;
  },
  reachedAt: (month: number, afterUnknown = false) =>
    `reached at month ${Math.round(month)}${afterUnknown ? AT_THE_EARLIEST : ''}`,
  noCostListed: 'no cost listed',
  thenInRole: (years: number) => `then ${formatYears(years)} in the role`,
  /** A wait for more years in a role held now. */
  heldWait: (years: number, role: string, have: number, remaining: number) =>
    have > 0
      ? `Needs ${formatYears(years)} as ${role}: you have ${formatYears(have)}, ${formatMonths(remaining)} more`
      : `Needs ${formatYears(years)} as ${role}: ${formatMonths(remaining)} more`,
  /** A wait for years in a role the plan reaches. */
  planWait: (years: number, role: string, from: number, until: number, afterUnknown = false) =>
    `Needs ${formatYears(years)} as ${role}, counted from month ${Math.round(from)} (until month ${Math.round(until)}${afterUnknown ? AT_THE_EARLIEST : ''})`,
  /** The wait after the last step, its own line: when other steps come first, it says the months. */
  finalWait: (
    role: string,
    more: number,
    from: number,
    until: number,
    goal: string,
    first: boolean,
    afterUnknown = false,
  ) =>
    first
      ? `Keep working as ${role} for ${moreTime(more)}; then ${goal} opens`
      : `Then keep working as ${role} for ${moreTime(more)} (months ${Math.round(from)}\u2013${Math.round(until)}${afterUnknown ? AT_THE_EARLIEST : ''}); then ${goal} opens`,
  waitShort: (remaining: number, role: string) => `${formatMonths(remaining)} more as ${role}`,
  /** The same without the role, where the row already says it or space is short: "2 yr more". */
  waitBrief: (remaining: number) => `${formatMonths(remaining)} more`,
  pace: (pace: Pace) =>
    pace === 'part-time'
      ? 'Study part time: programs take twice their full-time length.'
      : 'Study full time: programs take their usual length.',
  /** Both assumptions in one line, for large type (slides). */
  assumptionsBrief: (pace: Pace) =>
    `${pace === 'part-time' ? 'Part-time study (programs take twice as long)' : 'Full-time study'}; work and study run side by side.`,
  sideBySide:
    'Work and study run side by side: years in a role keep counting while you study or prepare for an exam.',
  notOptimal: 'The search stopped early: this is the best plan found, not proven the best.',
  eligibilityCaveat: (labels: string) =>
    `Eligibility not known for ${labels}: check with the issuer before counting on this plan.`,
  cheapestCaveat: (unknownFees: number) =>
    `Cheapest among known fees: ${unknownFees === 1 ? '1 fee is' : `${unknownFees} fees are`} not known.`,
  announcePlan: (totals: string, objective: string) => `Plan updated: ${totals} (${objective})`,
  announceNoPlan: (reason: string) => (reason.startsWith('No plan') ? reason : `No plan: ${reason}`),
  /** "+$73,241 a year" from the signed, formatted amount. */
  salaryChange: (signedAmount: string) => `${signedAmount} a year`,
  noSalaryToCompare: 'no current salary to compare with',
  noGoalSalary: 'No salary figure for the goal in the data.',
  /** A goal that is not a job has no salary of its own: say so rather than "no figure". */
  goalNotARole: (label: string, kind: 'education' | 'credential' | 'license') =>
    `${label} is ${GOAL_KIND_WORDS[kind]}, not a job: the data gives salaries for roles.`,
} as const;
