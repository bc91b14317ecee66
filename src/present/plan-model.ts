// One plan model: a planner plan turned into the facts people read (when, how long, cost, why,
// waits, unknowns, totals, salary change). Every rendering of a plan renders this, nothing else.

import type { CareerGraph } from '../domain/career-graph';
import type {
  ExperienceWait,
  Objective,
  Plan,
  PlanStep,
  StepReason,
  UnknownFact,
} from '../domain/planner/types';
import { isAnyOf } from '../domain/requirement';
import { describeMonths } from './format/duration';
import { KIND_NAMES, shortLabel } from './format/labels';
import { describeCost, formatMoney, formatMoneyChange } from './format/money';
import { describeRequirement } from './format/requirement-words';
import { describeSalary } from './format/salary';
import { OBJECTIVE_WORDS, PLAN_WORDS, plural, UNKNOWN_WORDS } from './plan-words';

export { planAt } from './plan-at';

/** A one-of group with more options than this is summarised by its count. */
export const MAX_LISTED_OPTIONS = 3;
/**
 * A one-of group whose words run longer than this is summarised by its count too: three options
 * that are themselves nested groups (the ODS routes) read as 300 characters of brackets.
 */
export const MAX_GROUP_CHARS = 140;

/** The planner's wait, with the words people read. */
export interface WaitModel extends ExperienceWait {
  roleLabel: string;
  /** Held role: true; a role the plan reaches: false. */
  held: boolean;
  text: string;
  /** "2 yr more as Medical records technician", for timelines. */
  short: string;
  /** "2 yr more", for a timeline bar too narrow for the role's name. */
  brief: string;
}

export interface StepModel {
  n: number;
  id: string;
  label: string;
  shortLabel: string;
  /** "Credential", "Role", … */
  kind: string;
  issuer?: string;
  /** What the node is: its summary, or its kind and issuer. */
  what: string;
  start: number;
  end: number;
  earliestStart: number;
  critical: boolean;
  /** "months 60–63", "month 63", "from month 60". */
  when: string;
  /** No source gives this step's length (counted as 0 months): its bar has no known end. */
  lengthUnknown: boolean;
  /**
   * It comes after a step of unknown length (stepsAfterUnknownLength): its months are the earliest
   * it can be ("at the earliest"), so its bar is drawn as movable, not as a date.
   */
  afterUnknown: boolean;
  /** "3 mo", "at once", "length not known". */
  duration: string;
  /** "then 2 yr in the role" when a later step needs years in this one. */
  inRole?: string;
  /** Months a later step needs in this role after it is reached (0 when none). */
  inRoleMonths: number;
  /** "$425", "fee not known", "no cost listed". */
  cost: string;
  /** One line: "3 mo · fee not known · months 60–63", or "reached at month 63". */
  facts: string;
  /** No time and no fee (a role once qualified): it is reached, not taken ("reached at month 63"). */
  reached: boolean;
  /** Why the step is in the plan, one sentence each; the goal says so. */
  why: string[];
  waits: WaitModel[];
  unknown: UnknownFact[];
  /** "Fee not known", "Eligibility not known — check with the issuer". */
  flags: string[];
  /**
   * The flags a step's own line does not already say: its duration and cost read "length not
   * known" and "fee not known", so lists that show them add only eligibility (not "Fee not known" twice).
   */
  unsaidFlags: string[];
  isGoal: boolean;
}

export interface PlanModel {
  goal: { id: string; label: string };
  objective: string;
  steps: StepModel[];
  /**
   * The years still to work in a role after the last step, before the goal opens: its own line in
   * every rendering, whether the role is held now or reached by the plan.
   */
  finalWait?: WaitModel;
  totals: { steps: string; months: string; cost: string; line: string };
  unknownCounts: Record<UnknownFact, number>;
  /** Things the person must know about the figures (cheapest among known fees, not proven best, …). */
  caveats: string[];
  /** The plan's assumptions: study pace, working while studying. */
  assumptions: string[];
  /** The same in one line, for large type (slides). */
  assumptionsBrief: string;
  salary: {
    line: string;
    /** The line without roles and sources, for large type (slides): "+$67,710 a year: from $50,250 a year (median, May 2024) to …". */
    brief: string;
    from?: string;
    to?: string;
    change?: string;
  };
  /** What the live region says when this plan is shown. */
  announcement: string;
}

export function labelIn(graph: CareerGraph): (id: string) => string {
  return (id) => (graph.hasNode(id) ? graph.getNodeAttribute(id, 'label') : id);
}

function reasonWords(step: string, reason: StepReason, labelOf: (id: string) => string): string {
  const target = labelOf(reason.for);
  if (reason.need === 'experience') return PLAN_WORDS.needsYearsAs(target, reason.years ?? 0, labelOf(step));
  if (reason.need === 'anyOf') {
    // A group inside one of the target's alternatives (the ODS's route A2: one of 4 degrees) is
    // not what the target itself needs: it is what the route this plan takes needs.
    const subject = reason.path.includes('anyOf[') ? PLAN_WORDS.byThisRoute(target) : target;
    const options = isAnyOf(reason.part) ? reason.part.anyOf.length : 1;
    // Long groups would fill a page; the alternatives list the other options.
    if (options > MAX_LISTED_OPTIONS) return PLAN_WORDS.needsOneOfMany(subject, options);
    const group = describeRequirement(reason.part, (id) => shortLabel(labelOf(id)));
    if (options > 1 && (group?.length ?? 0) > MAX_GROUP_CHARS)
      return PLAN_WORDS.needsOneOfMany(subject, options);
    return group && options > 1 ? PLAN_WORDS.needsOneOf(subject, group) : PLAN_WORDS.neededFor(target);
  }
  return PLAN_WORDS.neededFor(target);
}

const sentence = (s: string): string =>
  `${s.charAt(0).toUpperCase()}${s.slice(1)}${s.endsWith('.') ? '' : '.'}`;

/** Why the step is in the plan, one sentence per distinct reason. */
export function stepWhy(graph: CareerGraph, step: Pick<PlanStep, 'id' | 'reasons'>, goal: string): string[] {
  if (step.id === goal) return [PLAN_WORDS.goalReason];
  const labelOf = labelIn(graph);
  const parts = [...new Set(step.reasons.map((r) => sentence(reasonWords(step.id, r, labelOf))))];
  return parts.length ? parts : [PLAN_WORDS.noReason];
}

/** What the node is: its summary, or its kind and issuer. */
export function stepWhat(graph: CareerGraph, id: string): string {
  if (!graph.hasNode(id)) return id;
  const node = graph.getNodeAttributes(id);
  if (node.summary) return node.summary;
  const kind = KIND_NAMES[node.kind];
  return node.issuer ? `${kind}, issued by ${node.issuer}.` : `${kind}.`;
}

const sameWait = (a: ExperienceWait, b: ExperienceWait | undefined): boolean =>
  b !== undefined && a.role === b.role && a.until === b.until;

/**
 * The steps whose months come after a step of unknown length: the planner counts that length as 0,
 * so their months are the earliest they can be, not a date (a step needs what it uses done first).
 */
export function stepsAfterUnknownLength(plan: Pick<Plan, 'steps'>): Set<string> {
  const byId = new Map(plan.steps.map((s) => [s.id, s]));
  const late = new Map<string, boolean>();
  const isLate = (id: string): boolean => {
    const known = late.get(id);
    if (known !== undefined) return known;
    late.set(id, false); // a plan has no cycles; this only guards against looping on bad input
    const step = byId.get(id);
    const after = (step?.uses ?? []).some((u) => {
      const before = u.held ? undefined : byId.get(u.id);
      return before !== undefined && (before.unknown.includes('months') || isLate(before.id));
    });
    late.set(id, after);
    return after;
  };
  return new Set(plan.steps.filter((s) => isLate(s.id)).map((s) => s.id));
}

function waitModel(
  w: ExperienceWait,
  labelOf: (id: string) => string,
  held: boolean,
  afterUnknown = false,
): WaitModel {
  const roleLabel = labelOf(w.role);
  return {
    ...w,
    roleLabel,
    held,
    text: held
      ? PLAN_WORDS.heldWait(w.years, roleLabel, w.have, w.remaining)
      : PLAN_WORDS.planWait(w.years, roleLabel, w.from, w.until, afterUnknown),
    short: PLAN_WORDS.waitShort(w.remaining, roleLabel),
    brief: PLAN_WORDS.waitBrief(w.remaining),
  };
}

function stepModel(
  graph: CareerGraph,
  plan: Plan,
  step: PlanStep,
  i: number,
  goal: string,
  heldNow: ReadonlySet<string>,
  late: ReadonlySet<string>,
): StepModel {
  const currency = graph.getAttribute('currency');
  const labelOf = labelIn(graph);
  const node = graph.hasNode(step.id) ? graph.getNodeAttributes(step.id) : undefined;
  const feeUnknown = step.unknown.includes('cost');
  const lengthUnknown = step.unknown.includes('months');
  const months = step.end - step.start;
  const duration = describeMonths(months, lengthUnknown ? 1 : 0);
  const cost = feeUnknown
    ? describeCost(step.cost, 1, currency)
    : step.cost > 0
      ? formatMoney(step.cost, currency)
      : PLAN_WORDS.noCostListed;
  const afterUnknown = late.has(step.id);
  const when = PLAN_WORDS.when(step.start, step.end, lengthUnknown, afterUnknown);
  // A step with no time and no fee (a role once qualified) is simply reached at a month.
  const instant = months < 0.5 && step.cost === 0 && !feeUnknown && !lengthUnknown;
  const facts = instant
    ? PLAN_WORDS.reachedAt(step.end, afterUnknown)
    : `${duration} \u00b7 ${describeCost(step.cost, feeUnknown ? 1 : 0, currency)} \u00b7 ${when}`;
  const inRoleYears = Math.max(
    0,
    ...plan.steps.flatMap((s) => s.waits.filter((w) => w.role === step.id).map((w) => w.years)),
  );
  return {
    n: i + 1,
    id: step.id,
    label: labelOf(step.id),
    shortLabel: shortLabel(labelOf(step.id)),
    kind: node ? KIND_NAMES[node.kind] : '',
    ...(node?.issuer ? { issuer: node.issuer } : {}),
    what: stepWhat(graph, step.id),
    start: step.start,
    end: step.end,
    earliestStart: step.earliestStart,
    critical: step.critical,
    when,
    lengthUnknown,
    afterUnknown,
    duration,
    ...(inRoleYears > 0 ? { inRole: PLAN_WORDS.thenInRole(inRoleYears) } : {}),
    inRoleMonths: 12 * inRoleYears,
    cost,
    facts,
    reached: instant,
    why: stepWhy(graph, step, goal),
    // The wait after the last step is its own item (PlanModel.finalWait). In a role the plan
    // reaches, a step before says the need, so it is not repeated here; in a role held now, the
    // goal's own line is the only place that says the years needed and held.
    waits: step.waits
      .filter((w) => !(step.id === goal && !heldNow.has(w.role) && sameWait(w, plan.finalWait)))
      .map((w) => waitModel(w, labelOf, heldNow.has(w.role), lateRole(plan, late, w.role))),
    unknown: step.unknown,
    flags: step.unknown.map((f) => UNKNOWN_WORDS[f]),
    unsaidFlags: step.unknown.filter((f) => f === 'eligibility').map((f) => UNKNOWN_WORDS[f]),
    isGoal: step.id === goal,
  };
}

/** A wait's months are the earliest when the role it counts in is reached after an unknown length. */
function lateRole(plan: Plan, late: ReadonlySet<string>, role: string): boolean {
  const step = plan.steps.find((s) => s.id === role);
  return step !== undefined && (late.has(role) || step.unknown.includes('months'));
}

/** The salary change in words; says what is unknown rather than inventing it. */
function salaryModel(graph: CareerGraph, plan: Plan, goal: string): PlanModel['salary'] {
  const currency = graph.getAttribute('currency');
  const sources = graph.getAttribute('sources');
  const labelOf = labelIn(graph);
  const { from, to, change } = plan.salary;
  const figure = (f: NonNullable<typeof from>) => `${labelOf(f.id)}: ${describeSalary(f, currency, sources)}`;
  const kind = graph.hasNode(goal) ? graph.getNodeAttribute(goal, 'kind') : 'role';
  const none =
    kind === 'role' ? PLAN_WORDS.noGoalSalary : PLAN_WORDS.goalNotARole(shortLabel(labelOf(goal)), kind);
  const model: PlanModel['salary'] = { line: none, brief: none };
  if (from) model.from = figure(from);
  if (to) model.to = figure(to);
  if (change !== undefined) model.change = PLAN_WORDS.salaryChange(formatMoneyChange(change, currency));
  if (to && from && change !== undefined) {
    model.line = `${model.change}: from ${model.from} to ${model.to}`;
    model.brief = `${model.change}: from ${describeSalary(from, currency)} to ${describeSalary(to, currency)}`;
  } else if (to) {
    model.line = `${model.to}; ${PLAN_WORDS.noSalaryToCompare}`;
    model.brief = `${labelOf(to.id)}: ${describeSalary(to, currency)}; ${PLAN_WORDS.noSalaryToCompare}`;
  }
  return model;
}

/** The plan's length in words, honest about lengths no source gives: "4 yr 2 mo + 1 length not known". */
export function planMonthsWords(plan: Plan): string {
  return describeMonths(plan.totals.months, plan.unknown.months.length);
}

/**
 * The figure plans are ranked by, for a plan's tab: its length, its cost or its steps, so a list
 * ranked by cost shows costs ("$8,535 + fee not known"), not lengths that may all be the same.
 */
export function planMeasureWords(plan: Plan, by: Objective, currency: string): string {
  if (by === 'cost') return describeCost(plan.totals.cost, plan.unknown.cost.length, currency);
  if (by === 'steps') return plural(plan.totals.steps, 'step');
  return planMonthsWords(plan);
}

/** "3 steps, 4 yr 2 mo, $46,440" (with "+ 1 fee not known" and the like where sources are silent). */
export function totalsLine(plan: Plan, currency: string): string {
  const { steps, cost } = plan.totals;
  return `${plural(steps, 'step')}, ${planMonthsWords(plan)}, ${describeCost(cost, plan.unknown.cost.length, currency)}`;
}

export interface PresentOptions {
  goal: string;
  by: Objective;
  /** Which plan of the answer this is (0 = best). */
  index: number;
  /** What the person holds now (a wait on one of these counts years already worked). */
  holds: readonly string[];
}

export function presentPlan(graph: CareerGraph, plan: Plan, options: PresentOptions): PlanModel {
  const currency = graph.getAttribute('currency');
  const labelOf = labelIn(graph);
  const held = new Set(options.holds);
  const late = stepsAfterUnknownLength(plan);
  const steps = plan.steps.map((s, i) => stepModel(graph, plan, s, i, options.goal, held, late));
  const unknownCounts = {
    cost: plan.unknown.cost.length,
    months: plan.unknown.months.length,
    eligibility: plan.unknown.eligibility.length,
  };
  const caveats: string[] = [];
  if (options.by === 'cost' && options.index === 0 && unknownCounts.cost > 0)
    caveats.push(PLAN_WORDS.cheapestCaveat(unknownCounts.cost));
  if (unknownCounts.eligibility > 0)
    caveats.push(PLAN_WORDS.eligibilityCaveat(plan.unknown.eligibility.map(labelOf).join(', ')));
  if (!plan.optimal) caveats.push(PLAN_WORDS.notOptimal);
  const objective = OBJECTIVE_WORDS[options.by];
  const line = totalsLine(plan, currency);
  const goalLabel = labelOf(options.goal);
  const last = plan.finalWait;
  // The wait after the last step runs from the end of the last other step (0 when the goal is the only step).
  const lastEnd = Math.max(0, ...plan.steps.filter((s) => s.id !== options.goal).map((s) => s.end));
  return {
    goal: { id: options.goal, label: goalLabel },
    objective,
    steps,
    ...(last !== undefined
      ? {
          finalWait: {
            ...waitModel(last, labelOf, held.has(last.role), lateRole(plan, late, last.role)),
            text: PLAN_WORDS.finalWait(
              labelOf(last.role),
              last.until - lastEnd,
              lastEnd,
              last.until,
              goalLabel,
              plan.steps.length === 1,
              late.has(options.goal),
            ),
          },
        }
      : {}),
    totals: {
      steps: plural(plan.totals.steps, 'step'),
      months: planMonthsWords(plan),
      cost: describeCost(plan.totals.cost, unknownCounts.cost, currency),
      line,
    },
    unknownCounts,
    caveats,
    assumptions: [PLAN_WORDS.pace(plan.pace), PLAN_WORDS.sideBySide],
    assumptionsBrief: PLAN_WORDS.assumptionsBrief(plan.pace),
    salary: salaryModel(graph, plan, options.goal),
    announcement: PLAN_WORDS.announcePlan(line, objective),
  };
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

/** The plan answer as the app holds it, as far as announcing it goes. */
export type AnnouncedPlan =
  | { kind: 'plan'; plan: Plan; index: number; result: { goal: string; by: Objective } }
  | { kind: 'unreachable'; result: { reason: string } }
  | { kind: 'already-held'; goal: string }
  | { kind: 'error'; message: string }
  | { kind: 'no-goal' | 'no-data' | 'planning' };

/** What the live region says about the plan shown: its totals, or why there is none; '' for no goal. */
export function planAnnouncement(graph: CareerGraph, view: AnnouncedPlan, holds: readonly string[]): string {
  switch (view.kind) {
    case 'plan':
      return presentPlan(graph, view.plan, {
        goal: view.result.goal,
        by: view.result.by,
        index: view.index,
        holds,
      }).announcement;
    case 'unreachable':
      return PLAN_WORDS.announceNoPlan(view.result.reason);
    case 'already-held':
      return PLAN_WORDS.announceNoPlan(`you already have ${labelIn(graph)(view.goal)}`);
    case 'error':
      return PLAN_WORDS.announceNoPlan(view.message);
    default:
      return '';
  }
}
