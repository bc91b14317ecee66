// The compare table as data: plans as columns, one row each for steps, time, cost, number of steps,
// salary change, waits and caveats. The better figure is marked in words ("less"), never by colour
// alone, and only between figures known on every side: a side with fees or lengths not known, with
// nothing to do (qualified now, goal held) or with no plan is not a figure to beat. Every word
// comes from the plan model, so Compare says what the plan view says.

import type { CareerGraph } from '../../domain/career-graph';
import type { Objective, Plan } from '../../domain/planner/types';
import { COMPARE_WORDS } from '../../present/compare-words';
import { formatMoney } from '../../present/format/money';
import { labelIn, type PlanModel, presentPlan } from '../../present/plan-model';

export interface CompareColumn {
  /** "Best plan", "Plan 2", or the goal's name. */
  title: string;
  goal: string;
  /** The plan, or why there is none ("RHIA cannot be reached: …"). */
  plan: Plan | { none: string };
  /** Which plan of its answer this is (0 = best; caveats such as "cheapest among known fees" depend on it). */
  index?: number;
}

/** What the plans were asked with: the plan view presents its plan with the same. */
export interface CompareContext {
  by: Objective;
  /** What the person holds (a wait on one of these counts the years already worked). */
  holds: readonly string[];
}

export type CompareCell =
  | { kind: 'steps'; items: string[] }
  | { kind: 'list'; items: string[] }
  | { kind: 'text'; text: string; best?: boolean }
  | { kind: 'none'; text: string };

export interface CompareRow {
  key: 'goal' | 'steps' | 'months' | 'cost' | 'count' | 'salary' | 'waits' | 'caveats';
  label: string;
  cells: CompareCell[];
}

const isPlan = (p: Plan | { none: string }): p is Plan => 'steps' in p;

/**
 * Marks the cells holding the best value when every side has a known figure and they differ (ties,
 * a single side, or any side without a figure mark nothing: "less" than a guess is not a fact).
 */
function markBest(values: (number | undefined)[], better: 'lower' | 'higher'): boolean[] {
  const known = values.filter((v): v is number => v !== undefined);
  if (known.length < 2 || known.length < values.length || new Set(known).size === 1)
    return values.map(() => false);
  const best = better === 'lower' ? Math.min(...known) : Math.max(...known);
  return values.map((v) => v === best);
}

/**
 * Why a plan has no time or cost to compare, or undefined when it has: the goal is held (no steps),
 * or every step is a role open now (no time, no fee, nothing unknown, no years to wait).
 */
export function nothingToDo(plan: Plan): string | undefined {
  if (plan.steps.length === 0) return COMPARE_WORDS.alreadyHave;
  const open =
    plan.totals.months < 0.5 &&
    plan.totals.cost === 0 &&
    plan.unknown.cost.length === 0 &&
    plan.unknown.months.length === 0 &&
    plan.finalWait === undefined &&
    plan.steps.every((s) => s.waits.length === 0);
  return open ? COMPARE_WORDS.qualifyNow : undefined;
}

/** Years of experience still to work, as the plan view says them (each step's waits, then the last). */
export function waitLines(model: PlanModel): string[] {
  return [
    ...model.steps.flatMap((s) => s.waits.map((w) => w.text)),
    ...(model.finalWait ? [model.finalWait.text] : []),
  ];
}

/** What is not known or not certain: the plan's caveats, then each step's flags ("RHIT: Fee not known"). */
export function caveatLines(model: PlanModel): string[] {
  return [...model.caveats, ...model.steps.flatMap((s) => s.flags.map((f) => `${s.label}: ${f}`))];
}

export function compareRows(
  graph: CareerGraph,
  columns: readonly CompareColumn[],
  context: CompareContext = { by: 'months', holds: [] },
): CompareRow[] {
  const currency = graph.getAttribute('currency');
  const labelOf = labelIn(graph);
  const plans = columns.map((c) => (isPlan(c.plan) ? c.plan : null));
  // Every word about a plan comes from the shared plan model.
  const models = new Map<Plan, PlanModel>();
  columns.forEach((c) => {
    if (isPlan(c.plan))
      models.set(
        c.plan,
        presentPlan(graph, c.plan, {
          goal: c.goal,
          by: context.by,
          index: c.index ?? 0,
          holds: context.holds,
        }),
      );
  });
  const modelOf = (p: Plan): PlanModel => models.get(p) as PlanModel;
  const none = (i: number): CompareCell => {
    const p = columns[i]?.plan;
    return { kind: 'none', text: p && !isPlan(p) ? p.none : 'no plan' };
  };
  const figureRow = (
    key: CompareRow['key'],
    label: string,
    value: (p: Plan) => number | undefined,
    words: (n: number, p: Plan) => string,
    better: 'lower' | 'higher',
    unknownWords?: (p: Plan) => string,
    /** False when part of the figure is not known ("$8,100 + fee not known"): shown, never marked. */
    complete: (p: Plan) => boolean = () => true,
    /** Time and cost say "nothing to do" for a goal open now or held, not "at once" and "$0". */
    saysNothing = false,
  ): CompareRow => {
    const nothing = (p: Plan | null) => (p && saysNothing ? nothingToDo(p) : undefined);
    const values = plans.map((p) => (p && complete(p) && !nothing(p) ? value(p) : undefined));
    const best = markBest(values, better);
    return {
      key,
      label,
      cells: plans.map((p, i): CompareCell => {
        if (!p) return none(i);
        const says = nothing(p);
        if (says) return { kind: 'none', text: says };
        const v = value(p);
        if (v === undefined) return { kind: 'none', text: unknownWords ? unknownWords(p) : 'not known' };
        return best[i]
          ? { kind: 'text', text: words(v, p), best: true }
          : { kind: 'text', text: words(v, p) };
      }),
    };
  };
  const listRow = (
    key: CompareRow['key'],
    label: string,
    lines: (m: PlanModel) => string[],
    empty: string,
  ): CompareRow => ({
    key,
    label,
    cells: plans.map((p, i): CompareCell => {
      if (!p) return none(i);
      const items = lines(modelOf(p));
      return items.length ? { kind: 'list', items } : { kind: 'none', text: empty };
    }),
  });
  return [
    {
      key: 'goal',
      label: 'Goal',
      cells: columns.map((c): CompareCell => ({ kind: 'text', text: labelOf(c.goal) })),
    },
    {
      key: 'steps',
      label: 'Steps',
      cells: plans.map(
        (p, i): CompareCell => (p ? { kind: 'steps', items: modelOf(p).steps.map((s) => s.label) } : none(i)),
      ),
    },
    figureRow(
      'months',
      'Time',
      (p) => p.totals.months,
      (_n, p) => modelOf(p).totals.months,
      'lower',
      undefined,
      (p) => p.unknown.months.length === 0,
      true,
    ),
    figureRow(
      'cost',
      'Cost',
      (p) => p.totals.cost,
      (_n, p) => modelOf(p).totals.cost,
      'lower',
      undefined,
      (p) => p.unknown.cost.length === 0,
      true,
    ),
    figureRow('count', 'Number of steps', (p) => p.totals.steps, String, 'lower'),
    figureRow(
      'salary',
      'Salary change',
      (p) => p.salary.change,
      (_n, p) => modelOf(p).salary.change ?? '',
      'higher',
      // The goal's pay can be known when there is no current pay to compare it with.
      (p) =>
        p.salary.to
          ? `not known: ${formatMoney(p.salary.to.amount, currency)} a year as ${labelOf(p.salary.to.id)}, no current salary to compare`
          : 'not known',
    ),
    listRow('waits', 'Waits', (m) => waitLines(m), 'no years to wait'),
    listRow('caveats', 'Caveats', (m) => caveatLines(m), 'nothing flagged'),
  ];
}
