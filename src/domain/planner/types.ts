// The planner's public types: a person's question and the plans that answer it
// (spec: "A person's situation", "Plans").

import type { Requirement } from '../types';

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
   * Search nodes the branch and bound may expand (default 20,000); the work it may do is capped in
   * proportion (WORK_PER_SEARCH_NODE elementary steps each), which bounds the time on large graphs.
   * Past either, the best plans found are returned with `optimal: false`.
   */
  searchBudget?: number;
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

export interface PlanStep {
  id: string;
  /** Month the step starts (its requirements are met), counted from now. */
  start: number;
  /** Month it is obtained: start + the node's months. */
  end: number;
  cost: number;
  /** Why the step is in the plan; the goal has none. */
  reasons: StepReason[];
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

export interface Plan {
  /** In order: by start, then end, then prerequisites before what needs them, then id. */
  steps: PlanStep[];
  totals: PlanTotals;
  salary: SalaryChange;
  /** False when the search budget ran out before optimality was proven. */
  optimal: boolean;
  /**
   * Steps whose fee (`costKnown: false`) or length (`monthsKnown: false`) no source gives: they
   * count as 0 in totals and ranking, so totals are lower bounds and the app must say so.
   */
  unknown: { cost: string[]; months: string[] };
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
}

export interface ReachOptions {
  /** Count each node's `prefers` as part of its requirement. Default false. */
  includePreferred?: boolean;
  /** Search budget for each plan (see PlanOptions.searchBudget). */
  searchBudget?: number;
}
