// planCareer on small tables of nodes: exact plans, semantics of the requirement forms, ties,
// the unreachable case and bad ids.

import { describe, expect, it } from 'vitest';
import { planCareer, UnknownNodeError } from '../../../src/domain/planner';
import type { PlanResult } from '../../../src/domain/planner/types';
import { graphOf, type Row } from './tables';

const HIM: Row[] = [
  { id: 'hs' },
  { id: 'assoc', months: 24, cost: 8000, requires: 'hs' },
  { id: 'bach', months: 48, cost: 40000, requires: 'hs' },
  { id: 'cert', months: 6, cost: 2000, requires: 'hs' },
  { id: 'coder', kind: 'role', months: 2, requires: { anyOf: ['cert', 'assoc'] }, median: 48000 },
  {
    id: 'rhia',
    kind: 'credential',
    months: 3,
    cost: 300,
    requires: { anyOf: ['bach', { allOf: ['assoc', { experience: 'coder', years: 2 }] }] },
  },
  {
    id: 'mgr',
    kind: 'role',
    months: 3,
    requires: { allOf: ['rhia', { experience: 'coder', years: 3 }] },
    median: 110000,
  },
];
const him = graphOf(HIM);

/**
 * Each plan as `id start-end` steps and totals, for exact comparison. Steps off the critical path
 * come as late as they can without delaying the goal (cert 7-13 just before coder 13-15).
 */
function outline(result: PlanResult): string[] {
  if (result.kind !== 'plan') return [`unreachable: ${result.reason}`];
  return result.plans.map(
    (p) =>
      `${p.steps.map((s) => `${s.id} ${s.start}-${s.end}`).join(', ')} | ${p.totals.months} mo, $${p.totals.cost}, ${p.totals.steps} steps`,
  );
}

describe('planCareer', () => {
  it('finds the fastest plan, and the next best with a different set of nodes', () => {
    expect(outline(planCareer(him, { holds: ['hs'] }, 'mgr', { by: 'months', alternatives: 3 }))).toEqual([
      'bach 0-48, cert 7-13, coder 13-15, rhia 48-51, mgr 51-54 | 54 mo, $42300, 5 steps',
      'assoc 0-24, coder 24-26, rhia 59-62, mgr 62-65 | 65 mo, $8300, 4 steps',
    ]);
  });

  it('ranks by cost and by steps', () => {
    const cheapest = outline(planCareer(him, { holds: ['hs'] }, 'mgr', { by: 'cost' }));
    expect(cheapest).toEqual(['assoc 0-24, coder 24-26, rhia 59-62, mgr 62-65 | 65 mo, $8300, 4 steps']);
    expect(outline(planCareer(him, { holds: ['hs'] }, 'mgr', { by: 'steps' }))).toEqual(cheapest);
  });

  it('counts years already spent in a held role', () => {
    const situation = { holds: ['hs', 'coder', 'assoc'], years: { coder: 2 } };
    expect(outline(planCareer(him, situation, 'mgr'))).toEqual([
      'rhia 9-12, mgr 12-15 | 15 mo, $300, 2 steps',
    ]);
    expect(outline(planCareer(him, { ...situation, years: { coder: 5 } }, 'mgr'))).toEqual([
      'rhia 0-3, mgr 3-6 | 6 mo, $300, 2 steps',
    ]);
  });

  it('says which part of which requirement each step satisfies', () => {
    const result = planCareer(him, { holds: ['hs'] }, 'mgr', { by: 'cost' });
    if (result.kind !== 'plan') throw new Error('expected a plan');
    const reasons = Object.fromEntries(result.plans[0]?.steps.map((s) => [s.id, s.reasons]) ?? []);
    expect(reasons.assoc).toEqual([
      { for: 'coder', need: 'anyOf', path: '', part: { anyOf: ['cert', 'assoc'] } },
      { for: 'rhia', need: 'allOf', path: 'anyOf[1].allOf[0]', part: 'assoc' },
    ]);
    expect(reasons.coder).toEqual([
      { for: 'mgr', need: 'experience', path: 'allOf[1]', part: { experience: 'coder', years: 3 }, years: 3 },
      {
        for: 'rhia',
        need: 'experience',
        path: 'anyOf[1].allOf[1]',
        part: { experience: 'coder', years: 2 },
        years: 2,
      },
    ]);
    expect(reasons.mgr).toEqual([]);
  });

  it('reports the salary change from the best-paid held role to the goal', () => {
    const result = planCareer(him, { holds: ['hs', 'coder', 'assoc'], years: { coder: 3 } }, 'mgr');
    if (result.kind !== 'plan') throw new Error('expected a plan');
    expect(result.plans[0]?.salary).toEqual({
      from: { id: 'coder', amount: 48000, figure: 'median', year: '2024', source: 'test' },
      to: { id: 'mgr', amount: 110000, figure: 'median', year: '2024', source: 'test' },
      change: 62000,
    });
    const noRole = planCareer(him, { holds: ['hs'] }, 'rhia');
    expect(noRole.kind === 'plan' && noRole.plans[0]?.salary).toEqual({});
  });

  it('answers a goal already held with one plan of no steps', () => {
    expect(outline(planCareer(him, { holds: ['hs', 'bach'] }, 'bach', { alternatives: 3 }))).toEqual([
      ' | 0 mo, $0, 0 steps',
    ]);
  });

  it('breaks ties by the other objectives, then by node ids', () => {
    const g = graphOf([
      { id: 'x2', months: 6, cost: 100 },
      { id: 'x1', months: 6, cost: 100 },
      { id: 'slow', months: 7, cost: 100 },
      { id: 'pricey', months: 6, cost: 150 },
      { id: 'goal', requires: { anyOf: ['x2', 'slow', 'pricey', 'x1'] } },
    ]);
    const ids = (r: PlanResult) => (r.kind === 'plan' ? r.plans.map((p) => p.steps[0]?.id) : []);
    expect(ids(planCareer(g, { holds: [] }, 'goal', { by: 'months', alternatives: 4 }))).toEqual([
      'x1',
      'x2',
      'pricey',
      'slow',
    ]);
    expect(ids(planCareer(g, { holds: [] }, 'goal', { by: 'cost', alternatives: 4 }))).toEqual([
      'x1',
      'x2',
      'slow',
      'pricey',
    ]);
  });

  it('keeps only plans without removable steps, even when an extra step would be faster', () => {
    // C would let A start at month 1, but the plan already needs B, which also opens A.
    const g = graphOf([
      { id: 'b', months: 10 },
      { id: 'c', months: 1 },
      { id: 'a', months: 10, requires: { anyOf: ['b', 'c'] } },
      { id: 'goal', requires: { allOf: ['a', 'b'] } },
    ]);
    expect(outline(planCareer(g, { holds: [] }, 'goal', { alternatives: 2 }))).toEqual([
      'b 0-10, a 10-20, goal 20-20 | 20 mo, $0, 3 steps',
    ]);
  });

  it('never lets a node justify itself through a one-of cycle', () => {
    const rows: Row[] = [
      { id: 'x', regions: ['CA'] },
      { id: 'a', requires: { anyOf: ['b', 'x'] } },
      { id: 'b', requires: { anyOf: ['a'] } },
    ];
    const g = graphOf(rows);
    expect(outline(planCareer(g, { holds: [] }, 'b'))).toEqual(['x 0-0, a 0-0, b 0-0 | 0 mo, $0, 3 steps']);
    const result = planCareer(g, { holds: [], region: 'NJ' }, 'b');
    expect(result.kind).toBe('unreachable');
    if (result.kind !== 'unreachable') return;
    expect(result.blockers).toEqual([
      {
        node: 'b',
        why: 'cycle',
        detail: 'requirement cycle: B needs A needs B, and nothing outside the cycle opens it',
      },
      { node: 'x', why: 'region', detail: 'X is offered only in: CA (you chose NJ)' },
    ]);
    expect(result.reason).toBe(
      'No plan reaches B. B needs one of (A), which cannot be met: requirement cycle: B needs A needs B, and nothing outside the cycle opens it; X is offered only in: CA (you chose NJ).',
    );
  });

  it('leaves out nodes limited to another region, and names them when they block the goal', () => {
    const g = graphOf([
      { id: 'course', months: 4, cost: 500 },
      { id: 'license', kind: 'license', months: 2, cost: 200, regions: ['CA'], requires: 'course' },
      { id: 'registrar', kind: 'role', requires: { allOf: ['course', 'license'] } },
    ]);
    expect(outline(planCareer(g, { holds: [], region: 'CA' }, 'registrar'))).toEqual([
      'course 0-4, license 4-6, registrar 6-6 | 6 mo, $700, 3 steps',
    ]);
    expect(outline(planCareer(g, { holds: [] }, 'registrar'))).toHaveLength(1);
    const result = planCareer(g, { holds: [], region: 'NJ' }, 'registrar');
    expect(result).toEqual({
      kind: 'unreachable',
      goal: 'registrar',
      by: 'months',
      reason:
        'No plan reaches REGISTRAR. REGISTRAR needs LICENSE, which cannot be met: LICENSE is offered only in: CA (you chose NJ).',
      blockers: [{ node: 'license', why: 'region', detail: 'LICENSE is offered only in: CA (you chose NJ)' }],
    });
    const direct = planCareer(g, { holds: [], region: 'NJ' }, 'license');
    expect(direct.kind === 'unreachable' && direct.blockers.map((b) => b.why)).toEqual(['region']);
  });

  it('counts preferences as requirements only when asked', () => {
    const g = graphOf([
      { id: 'rhit', months: 3, cost: 300 },
      { id: 'tech', kind: 'role', months: 1, prefers: 'rhit' },
    ]);
    expect(outline(planCareer(g, { holds: [] }, 'tech'))).toEqual(['tech 0-1 | 1 mo, $0, 1 steps']);
    const withPrefs = planCareer(g, { holds: [] }, 'tech', { includePreferred: true });
    expect(outline(withPrefs)).toEqual(['rhit 0-3, tech 3-4 | 4 mo, $300, 2 steps']);
    expect(withPrefs.kind === 'plan' && withPrefs.plans[0]?.steps[0]?.reasons).toEqual([
      { for: 'tech', need: 'allOf', path: '', part: 'rhit', preferred: true },
    ]);
  });

  it('returns valid plans marked not optimal when the search budget runs out', () => {
    const rows: Row[] = [{ id: 'goal', requires: { allOf: ['p0', 'p1', 'p2', 'p3'] } }];
    for (let i = 0; i < 4; i++) {
      rows.push({ id: `p${i}`, requires: { anyOf: [`q${i}a`, `q${i}b`] } });
      rows.push({ id: `q${i}a`, months: 1 + i, cost: 10 });
      rows.push({ id: `q${i}b`, months: 2 + i, cost: 5 });
    }
    const g = graphOf(rows);
    const limited = planCareer(g, { holds: [] }, 'goal', { by: 'cost', searchBudget: 1 });
    expect(limited.kind === 'plan' && limited.plans.map((p) => [p.optimal, p.totals.steps])).toEqual([
      [false, 9],
    ]);
    const full = planCareer(g, { holds: [] }, 'goal', { by: 'cost' });
    expect(full.kind === 'plan' && full.plans.map((p) => [p.optimal, p.totals])).toEqual([
      [true, { months: 5, cost: 20, steps: 9 }],
    ]);
  });

  it('plans with the current requirements after the graph changes', () => {
    const g = graphOf(HIM);
    const before = planCareer(g, { holds: ['hs'] }, 'coder');
    g.mergeNodeAttributes('coder', { requires: 'assoc' });
    const after = planCareer(g, { holds: ['hs'] }, 'coder');
    expect([outline(before), outline(after)]).toEqual([
      ['cert 0-6, coder 6-8 | 8 mo, $2000, 2 steps'],
      ['assoc 0-24, coder 24-26 | 26 mo, $8000, 2 steps'],
    ]);
    g.updateEachNodeAttributes((id, attr) => (id === 'coder' ? { ...attr, requires: 'bach' } : attr));
    expect(outline(planCareer(g, { holds: ['hs'] }, 'coder'))).toEqual([
      'bach 0-48, coder 48-50 | 50 mo, $40000, 2 steps',
    ]);
  });

  it('names unknown ids and rejects bad options', () => {
    expect(() => planCareer(him, { holds: ['hs'] }, 'rhai')).toThrow(new UnknownNodeError('rhai', 'goal'));
    expect(() => planCareer(him, { holds: ['hs', 'hsd'] }, 'rhia')).toThrow(/holds: "hsd" is not a node id/);
    expect(() => planCareer(him, { holds: [], years: { codr: 1 } }, 'rhia')).toThrow(UnknownNodeError);
    try {
      planCareer(him, { holds: [] }, 'nope');
    } catch (e) {
      expect(e instanceof UnknownNodeError && [e.id, e.where]).toEqual(['nope', 'goal']);
    }
    expect(() => planCareer(him, { holds: [] }, 'rhia', { alternatives: 0 })).toThrow(RangeError);
    // @ts-expect-error: an objective the planner does not know
    expect(() => planCareer(him, { holds: [] }, 'rhia', { by: 'salary' })).toThrow(RangeError);
  });
});

describe('figures no source gives', () => {
  it('lists the steps whose fee or length is not known, in step order', () => {
    const file = graphOf([
      { id: 'hs' },
      { id: 'course', requires: 'hs', cost: 100 },
      { id: 'exam', kind: 'credential', requires: 'course', months: 2 },
    ]);
    file.mergeNodeAttributes('course', { monthsKnown: false });
    file.mergeNodeAttributes('exam', { costKnown: false });
    const result = planCareer(file, { holds: ['hs'] }, 'exam');
    expect(result.kind).toBe('plan');
    if (result.kind === 'plan') {
      expect(result.plans[0]?.unknown).toEqual({ cost: ['exam'], months: ['course'], eligibility: [] });
      expect(result.plans[0]?.totals).toEqual({ months: 2, cost: 100, steps: 2 });
    }
  });

  it('a goal already held has no unknown figures', () => {
    const result = planCareer(him, { holds: ['hs'] }, 'hs');
    expect(result.kind === 'plan' && result.plans[0]?.unknown).toEqual({
      cost: [],
      months: [],
      eligibility: [],
    });
  });
});
