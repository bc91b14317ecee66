// The planner's public types: a person's question and the plans that answer it
// (spec: "A person's situation", "Plans").

import type { Pace, Requirement } from '../types';

export { PACES, type Pace } from '../types';

export const OBJECTIVES = ['months', 'cost', 'steps'] as const;
export type Objective = (typeof OBJECTIVES)[number];

export interface PlanOptions {
  /** What "best" means; default `months`. Ties: the other two objectives, then node ids. */
  by?: Objective;
  /** How many plans to return at most (best first); default 1. */
  alternatives?: number;
  /** Count each node's `prefers` as part of its requirement. Default false. */
  includePreferred?: boolean;
  /**
   * Search nodes the branch and bound may expand (default 20,000 × effort). Given, the work the
   * whole search may do (seeds included, each step counted as it is done) is capped in proportion
   * (WORK_PER_SEARCH_NODE elementary steps each); by default the work is scaled to the problem
   * (defaultWork: a fixed number of steps per node and condition, with a floor), so the time grows
   * with the graph as a shortest-path computation's does. Past either, the best plans found are
   * returned with `optimal: false`.
   */
  searchBudget?: number;
  /** How many times the default budget the search may spend (default 1; ignored with searchBudget). */
  effort?: number;
}

/** Which part of which requirement a step satisfies, so the app can say "because RHIA needs one of …". */
export interface StepReason {
  /** The node whose requirement this step helps to meet. */
  for: string;
  /** How the step is needed there. */
  need: 'allOf' | 'anyOf' | 'experience';
  /** Path of the part inside that node's requirement, e.g. `anyOf[0]`; '' for the whole requirement. */
  path: string;
  /** The requirement part the step satisfies (the `anyOf` group it is one of, the experience leaf, …). */
  part: Requirement;
  /** Years, for experience needs. */
  years?: number;
  /** The part comes from the node's `prefers` (only when preferences are included). */
  preferred?: boolean;
}

/** The planner's step before it is scheduled: obtained as soon as its requirement is met. */
export interface RawPlanStep {
  id: string;
  /** Month the step starts, counted from now. */
  start: number;
  /** Month it is obtained: start + the node's months. */
  end: number;
  cost: number;
  /**
   * Every requirement part the step satisfies, each for the later step (or the goal) that needs
   * it; the goal has none.
   */
  reasons: StepReason[];
}

/** What no source gives about a step: its fee, its length, or who may obtain it. */
export const UNKNOWN_FACTS = ['cost', 'months', 'eligibility'] as const;
export type UnknownFact = (typeof UNKNOWN_FACTS)[number];

/** Years a step waits for in a role: `needs 4 yr as Medical records technician: you have 2 yr, 2 yr more`. */
export interface ExperienceWait {
  /** The role whose years are needed. */
  role: string;
  /** Years the requirement asks for. */
  years: number;
  /** Years held at the start of the plan (0 for a role the plan itself reaches). */
  have: number;
  /** Months still to work in the role, counted from `from`. */
  remaining: number;
  /** Month the counting starts: 0 for a role held now, else the month the plan reaches the role. */
  from: number;
  /** Month the years are complete: from + remaining. */
  until: number;
  /** The wait alone decides when the step can start at the earliest. */
  binding: boolean;
}

/** One leaf of a step's requirement that the plan uses: one edge of the graph, drawn with the plan. */
export interface RequirementUse {
  /** The node that meets the leaf: a step of the plan or something held. */
  id: string;
  /** Path of the leaf in the requirement (`allOf[1].anyOf[0]`), '' for the root. */
  path: string;
  /** Years, for an experience leaf. */
  years?: number;
  /** The leaf is in the node's `prefers` (only when preferences count). */
  preferred?: true;
  held: boolean;
}

/** A step scheduled: when it is needed, why, what it waits for, what is not known. */
export interface PlanStep extends RawPlanStep {
  /** Month the step could start at the earliest; `start` is as late as it can be without delaying the goal. */
  earliestStart: number;
  /** On the critical path: starting it any later would delay the goal. */
  critical: boolean;
  /** The experience years the step waits for (only those with time left to wait). */
  waits: ExperienceWait[];
  /** The requirement leaves the plan uses to meet this step's requirement, one per part. */
  uses: RequirementUse[];
  /** What no source gives about this step. */
  unknown: UnknownFact[];
}

export interface PlanTotals {
  months: number;
  cost: number;
  steps: number;
}

export interface SalaryFigure {
  id: string;
  amount: number;
  /** Which figure of the node's salary was used. */
  figure: 'median' | 'mean';
  year: string;
  source: string;
}

export interface SalaryChange {
  /** Best-paid role held now, where its salary is known. */
  from?: SalaryFigure;
  /** The goal's salary, where the goal is a role with a known salary. */
  to?: SalaryFigure;
  /** to − from, when both are known. */
  change?: number;
}

/** The planner's plan before it is scheduled (see schedule.ts). */
export interface RawPlan {
  steps: RawPlanStep[];
  totals: PlanTotals;
  salary: SalaryChange;
  optimal: boolean;
  unknown: { cost: string[]; months: string[] };
}

export interface Plan {
  /**
   * In order: by start, then end, then prerequisites before what needs them, then id. Steps off
   * the critical path start as late as they can without delaying the goal (an exam just before the
   * role that needs it), never before their own requirements are met.
   */
  steps: PlanStep[];
  totals: PlanTotals;
  salary: SalaryChange;
  /**
   * False when the search budget ran out before optimality was proven (a requirement with more
   * combinations than WAY_LIMIT is never cut: it gets a hidden choice node per one-of group, compile.ts).
   */
  optimal: boolean;
  /**
   * Steps whose fee (`costKnown: false`) or length (`monthsKnown: false`) no source gives: they
   * count as 0 in totals and ranking, so totals are lower bounds and the app must say so. Steps
   * whose eligibility no source gives (`requiresKnown: false`) are listed under `eligibility`.
   */
  unknown: { cost: string[]; months: string[]; eligibility: string[] };
  /**
   * After the last step, the years still to work in a role before the goal opens ("keep working
   * as Coding auditor for 2 yr"); undefined when the goal follows the last step at once.
   */
  finalWait?: ExperienceWait;
  /** The study pace the plan assumes; work and study run side by side. */
  pace: Pace;
}

export type PlanResult =
  | { kind: 'plan'; goal: string; by: Objective; plans: Plan[] }
  | { kind: 'unreachable'; goal: string; by: Objective; reason: string; blockers: Blocker[] };

/** What stands in the way when no plan exists. */
export interface Blocker {
  /** The node whose requirement cannot be met. */
  node: string;
  why: 'region' | 'cycle' | 'unobtainable';
  /** Plain words: "Cancer registrar license is offered only in: CA (you chose NJ)". */
  detail: string;
}

/** A question named an id that is not in the graph. */
export class UnknownNodeError extends Error {
  override readonly name = 'UnknownNodeError';
  constructor(
    readonly id: string,
    /** Where the id was used: `goal`, `holds`, `years`. */
    readonly where: string,
  ) {
    super(`planner: ${where}: "${id}" is not a node id`);
  }
}

/** Something a person can obtain, with what its best plan (by months) takes. */
export interface ReachItem {
  id: string;
  months: number;
  cost: number;
  steps: number;
  /**
   * Set when no source gives who may obtain the node or a step of its plan (`requiresKnown:
   * false`): it is then never offered as open, only as "eligibility not known".
   */
  eligibilityUnknown?: true;
}

export interface ReachOptions {
  /** Count each node's `prefers` as part of its requirement. Default false. */
  includePreferred?: boolean;
  /** Search budget for each plan (see PlanOptions.searchBudget). */
  searchBudget?: number;
}
