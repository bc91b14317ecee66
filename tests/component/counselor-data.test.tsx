// The counselor tools' pure parts: step words, handout data assembly and compare rows, on the
// explorer fixture with hand-written plans so every expected string is exact.

import { describe, expect, it } from 'vitest';
import { buildCareerGraph } from '../../src/domain/career-graph';
import { planCareer } from '../../src/domain/planner';
import type { Plan, PlanResult, PlanStep } from '../../src/domain/planner/types';
import { differenceWords, presentPlan, stepWhy } from '../../src/present/plan-model';
import { compareRows } from '../../src/view/compare/compare-rows';
import { buildHandoutData, handoutDate } from '../../src/view/handout/handout-data';
import { handStep } from '../support/hand-plan';
import {
  viaBachelor as bachelorPlan,
  file,
  graph,
  MHSM,
  managerResult,
  viaMaster as masterPlan,
} from './support/counselor-plans';

const salary: Plan['salary'] = {
  from: {
    id: 'medical-records-technician',
    amount: 52000,
    figure: 'median',
    year: '2024',
    source: 'fixture',
  },
  to: { id: MHSM, amount: 145000, figure: 'median', year: '2024', source: 'fixture' },
  change: 93000,
};
const viaBachelor: Plan = { ...bachelorPlan, salary };
const viaMaster: Plan = { ...masterPlan, salary, optimal: false };
const result: PlanResult = managerResult([viaBachelor, viaMaster]);
const situation = {
  holds: ['high-school-diploma', 'medical-records-technician'],
  years: { 'medical-records-technician': 2 },
  region: 'NJ',
};
const date = new Date('2026-11-27T05:00:00Z');
/** Office Manager asks for 3 years as a Medical Coder. */
const threeYearsAsCoder: PlanStep['reasons'][number] = {
  for: 'office-manager',
  need: 'experience',
  path: '',
  part: { experience: 'medical-coder', years: 3 },
  years: 3,
};

describe('step words', () => {
  it('says why a step is needed, naming the group it is one of', () => {
    expect(stepWhy(graph, viaBachelor.steps[0] as PlanStep, MHSM)).toEqual([
      "Medical and Health Services Manager needs one of: Bachelor's in HIM, Master's in HIM.",
    ]);
    expect(stepWhy(graph, viaMaster.steps[0] as PlanStep, MHSM)).toEqual([
      "Needed for Master's degree in HIM.",
    ]);
    expect(stepWhy(graph, viaBachelor.steps[1] as PlanStep, MHSM)).toEqual(['This is the goal.']);
    expect(
      stepWhy(
        graph,
        handStep({
          id: 'medical-coder',
          start: 0,
          end: 2,
          cost: 0,
          reasons: [threeYearsAsCoder],
        }),
        'office-manager',
      ),
    ).toEqual(['Office Manager needs 3 yr as Medical Coder.']);
  });

  it('says how another plan differs', () => {
    expect(differenceWords(graph, viaBachelor, viaMaster)).toBe("adds Master's degree in HIM");
    expect(differenceWords(graph, viaMaster, viaBachelor)).toBe("skips Master's degree in HIM");
    expect(differenceWords(graph, viaBachelor, viaBachelor)).toBe('same steps in another order');
  });
});

describe('buildHandoutData', () => {
  it('assembles every part of the page', () => {
    const out = buildHandoutData({ graph, situation, result, index: 0, date });
    expect(out.kind).toBe('handout');
    if (out.kind !== 'handout') return;
    expect(out.data).toEqual({
      title: 'Career plan: Medical and Health Services Manager',
      goal: { id: MHSM, label: 'Medical and Health Services Manager' },
      situation: ['High school diploma', 'Medical Records Technician, 2 yr', 'Region: NJ'],
      objective: 'fastest plan',
      steps: [
        {
          n: 1,
          id: 'bachelor-him',
          label: "Bachelor's degree in HIM",
          kind: 'Education',
          when: 'months 0\u201348',
          duration: '4 yr',
          cost: '$40,000',
          why: "Medical and Health Services Manager needs one of: Bachelor's in HIM, Master's in HIM.",
          notes: [],
        },
        {
          n: 2,
          id: MHSM,
          label: 'Medical and Health Services Manager',
          kind: 'Role',
          when: 'months 48\u201351',
          duration: '3 mo',
          cost: 'no cost listed',
          why: 'This is the goal.',
          notes: [],
        },
      ],
      totals: { months: '4 yr 3 mo', cost: '$40,000', steps: '2' },
      salary:
        '+$93,000 a year: from Medical Records Technician: $52,000 a year (median, 2024, Made-up figures for tests) to Medical and Health Services Manager: $145,000 a year (median, 2024, Made-up figures for tests)',
      alternatives: ["Plan 2: 3 steps, 6 yr 3 mo, $70,000 \u2014 adds Master's degree in HIM"],
      sources: [{ key: 'fixture', title: 'Made-up figures for tests', published: '2024' }],
      dataset: 'Explorer fixture: a small health-information lattice (updated 2026-11-27)',
      date: '27 November 2026',
      caveats: [],
      assumptions: [
        'Study full time: programs take their usual length.',
        'Work and study run side by side: years in a role keep counting while you study or prepare for an exam.',
      ],
    });
  });

  it('prints the chosen alternative, names the best as an alternative, and flags a non-optimal plan', () => {
    const out = buildHandoutData({ graph, situation, result, index: 1, date });
    if (out.kind !== 'handout') throw new Error(out.reason);
    expect(out.data.objective).toBe('plan 2 of 2 (plan 1 is the fastest)');
    expect(out.data.steps.map((s) => s.n)).toEqual([1, 2, 3]);
    expect(out.data.alternatives).toEqual([
      "Best plan: 2 steps, 4 yr 3 mo, $40,000 \u2014 skips Master's degree in HIM",
    ]);
    expect(out.data.caveats).toEqual([
      'The search stopped early: this is the best plan found, not proven the best.',
    ]);
  });

  it('says the goal is already held instead of asking for a goal', () => {
    expect(
      buildHandoutData({
        graph,
        situation: { holds: ['high-school-diploma', MHSM] },
        result: null,
        index: 0,
        date,
        goal: MHSM,
      }),
    ).toEqual({
      kind: 'nothing-to-print',
      reason:
        'You already hold Medical and Health Services Manager, so there are no steps to print. To print a plan, choose another goal in \u201cYour situation and goal\u201d.',
    });
  });

  it('says why there is nothing to print', () => {
    expect(buildHandoutData({ graph, situation, result: null, index: 0, date })).toEqual({
      kind: 'nothing-to-print',
      reason:
        'No plan to print yet. Choose a goal in \u201cYour situation and goal\u201d (or try the example there); the handout then prints the plan to it.',
    });
    const unreachable: PlanResult = {
      kind: 'unreachable',
      goal: 'cancer-registrar-license',
      by: 'months',
      reason: 'offered only in CA',
      blockers: [],
    };
    expect(buildHandoutData({ graph, situation, result: unreachable, index: 0, date })).toEqual({
      kind: 'nothing-to-print',
      reason: 'There is no plan to print: offered only in CA',
    });
  });

  it('an empty situation says so', () => {
    const out = buildHandoutData({ graph, situation: { holds: [] }, result, index: 0, date });
    expect(out.kind === 'handout' && out.data.situation).toEqual(['Nothing yet: starting from scratch']);
  });

  it('formats the date in UTC', () => {
    expect(handoutDate(new Date('2026-01-01T00:30:00Z'))).toBe('1 January 2026');
  });
});

describe('compareRows', () => {
  it('puts plans in columns and marks the better figure in words', () => {
    const rows = compareRows(graph, [
      { title: 'Best plan', goal: MHSM, plan: viaBachelor },
      { title: 'Plan 2', goal: MHSM, plan: viaMaster },
    ]);
    expect(rows).toEqual([
      {
        key: 'goal',
        label: 'Goal',
        cells: [
          { kind: 'text', text: 'Medical and Health Services Manager' },
          { kind: 'text', text: 'Medical and Health Services Manager' },
        ],
      },
      {
        key: 'steps',
        label: 'Steps',
        cells: [
          { kind: 'steps', items: ["Bachelor's degree in HIM", 'Medical and Health Services Manager'] },
          {
            kind: 'steps',
            items: [
              "Bachelor's degree in HIM",
              "Master's degree in HIM",
              'Medical and Health Services Manager',
            ],
          },
        ],
      },
      {
        key: 'months',
        label: 'Time',
        cells: [
          { kind: 'text', text: '4 yr 3 mo', best: true },
          { kind: 'text', text: '6 yr 3 mo' },
        ],
      },
      {
        key: 'cost',
        label: 'Cost',
        cells: [
          { kind: 'text', text: '$40,000', best: true },
          { kind: 'text', text: '$70,000' },
        ],
      },
      {
        key: 'count',
        label: 'Number of steps',
        cells: [
          { kind: 'text', text: '2', best: true },
          { kind: 'text', text: '3' },
        ],
      },
      {
        key: 'salary',
        label: 'Salary change',
        cells: [
          { kind: 'text', text: '+$93,000 a year' },
          { kind: 'text', text: '+$93,000 a year' },
        ],
      },
      {
        key: 'waits',
        label: 'Waits',
        cells: [
          { kind: 'none', text: 'no years to wait' },
          { kind: 'none', text: 'no years to wait' },
        ],
      },
      {
        key: 'caveats',
        label: 'Caveats',
        cells: [
          { kind: 'none', text: 'nothing flagged' },
          {
            kind: 'list',
            items: ['The search stopped early: this is the best plan found, not proven the best.'],
          },
        ],
      },
    ]);
  });

  it('shows why a column has no plan and an unknown salary change', () => {
    const noSalary: Plan = { ...viaBachelor, salary: {} };
    const rows = compareRows(graph, [
      { title: 'This goal', goal: MHSM, plan: noSalary },
      { title: 'Other goal', goal: 'cancer-registrar-license', plan: { none: 'Offered only in CA.' } },
    ]);
    expect(rows.find((r) => r.key === 'steps')?.cells[1]).toEqual({
      kind: 'none',
      text: 'Offered only in CA.',
    });
    expect(rows.find((r) => r.key === 'salary')?.cells).toEqual([
      { kind: 'none', text: 'not known' },
      { kind: 'none', text: 'Offered only in CA.' },
    ]);
    expect(rows.find((r) => r.key === 'months')?.cells[0]).toEqual({ kind: 'text', text: '4 yr 3 mo' });
  });

  it('gives the goal’s salary when only the change is unknown', () => {
    const goalOnly: Plan = {
      ...viaBachelor,
      salary: { to: { id: MHSM, amount: 145000, figure: 'median', year: '2024', source: 'fixture' } },
    };
    const rows = compareRows(graph, [{ title: 'This goal', goal: MHSM, plan: goalOnly }]);
    expect(rows.find((r) => r.key === 'salary')?.cells).toEqual([
      {
        kind: 'none',
        text: 'not known: $145,000 a year as Medical and Health Services Manager, no current salary to compare',
      },
    ]);
  });
});

describe('step words on longer plans', () => {
  it('summarises a long one-of group by its count and adds the years a role must be held', () => {
    const big = buildCareerGraph({
      ...file,
      nodes: file.nodes.map((n) =>
        n.id === 'medical-coder' ? { ...n, requires: { anyOf: ['cca', 'cpc', 'rhit', 'rhia'] } } : n,
      ),
    });
    const step: PlanStep = handStep({
      id: 'cca',
      start: 0,
      end: 6,
      cost: 1500,
      reasons: [
        { for: 'medical-coder', need: 'anyOf', path: '', part: { anyOf: ['cca', 'cpc', 'rhit', 'rhia'] } },
      ],
    });
    expect(stepWhy(big, step, 'office-manager')).toEqual([
      'Medical Coder needs one of 4 options; this is one of them.',
    ]);
    const result = planCareer(big, { holds: ['high-school-diploma'] }, 'office-manager');
    if (result.kind !== 'plan' || result.plans[0] === undefined) throw new Error('no plan');
    const model = presentPlan(big, result.plans[0], {
      goal: 'office-manager',
      by: 'months',
      index: 0,
      holds: ['high-school-diploma'],
    });
    const coder = model.steps.find((s) => s.id === 'medical-coder');
    expect(coder?.inRole).toBe('then 3 yr in the role');
    expect(model.steps[0]?.inRole).toBeUndefined();
  });
});
