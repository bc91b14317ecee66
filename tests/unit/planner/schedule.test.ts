// The schedule of a plan: steps come when they are needed, experience waits are stated, the last
// wait before the goal is its own item, part-time study doubles program lengths, unknowns are flagged.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildCareerGraph } from '../../../src/domain/career-graph';
import { nextSteps, OBJECTIVES, type Plan, planCareer, withinReach } from '../../../src/domain/planner';
import type { CareerGraphFile, Situation } from '../../../src/domain/types';
import { PROPERTY_SEED, propertyRuns } from '../../support/property-runs';
import { builtinGraph } from '../support/career-graphs';
import { scheduleProblems } from './lateness';
import { World } from './oracle';
import { caseArb } from './random-graphs';
import { planProblems } from './simulate';

const { file, graph } = builtinGraph('health-information');
const DIPLOMA: Situation = { holds: ['high-school-diploma'] };

function plansFor(situation: Situation, goal: string, by: (typeof OBJECTIVES)[number] = 'months'): Plan[] {
  const result = planCareer(graph, situation, goal, { by, alternatives: 3 });
  if (result.kind !== 'plan') throw new Error(`no plan to ${goal}: ${result.reason}`);
  return result.plans;
}

const stepOf = (plan: Plan, id: string) => {
  const step = plan.steps.find((s) => s.id === id);
  if (step === undefined) throw new Error(`no step ${id}`);
  return step;
};

describe('schedule on the built-in data', () => {
  it('from a high-school diploma, every plan to every goal is valid and each step comes just when needed', () => {
    const world = new World(file, DIPLOMA);
    let checked = 0;
    for (const goal of file.nodes.map((n) => n.id)) {
      if (goal === 'high-school-diploma') continue;
      for (const by of OBJECTIVES) {
        const result = planCareer(graph, DIPLOMA, goal, { by, alternatives: 3 });
        if (result.kind !== 'plan') continue;
        for (const plan of result.plans) {
          expect(planProblems(world, goal, plan), `${goal} by ${by}`).toEqual([]);
          expect(scheduleProblems(world, goal, plan), `${goal} by ${by}`).toEqual([]);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(100);
  });

  it('technician (2 yr) to manager: the 4-year technician wait is stated with 2 years to go', () => {
    const [plan] = plansFor(
      {
        holds: ['high-school-diploma', 'medical-records-technician'],
        years: { 'medical-records-technician': 2 },
      },
      'medical-and-health-services-manager',
    );
    const manager = stepOf(plan as Plan, 'medical-and-health-services-manager');
    expect(manager.waits).toEqual([
      {
        role: 'medical-records-technician',
        years: 4,
        have: 2,
        remaining: 24,
        from: 0,
        until: 24,
        binding: false,
      },
    ]);
    expect(plan?.pace).toBe('full-time');
  });

  it('technician with no years: the 4-year wait and the 4-year degree run side by side', () => {
    const [plan] = plansFor(
      { holds: ['high-school-diploma', 'medical-records-technician'], years: {} },
      'medical-and-health-services-manager',
    );
    const manager = stepOf(plan as Plan, 'medical-and-health-services-manager');
    expect(manager.waits.map((w) => [w.role, w.remaining, w.until])).toEqual([
      ['medical-records-technician', 48, 48],
    ]);
    expect(plan?.totals.months).toBe(48);
  });

  it('compliance officer, cheapest: the CPMA is taken just before the auditor role that needs it', () => {
    const [plan] = plansFor(DIPLOMA, 'compliance-officer', 'cost');
    if (plan === undefined) throw new Error('no plan');
    const cpma = stepOf(plan, 'cpma');
    const auditor = stepOf(plan, 'coding-auditor');
    expect(cpma.end).toBe(auditor.start);
    expect(cpma.earliestStart).toBe(0);
    expect(cpma.start).toBeGreaterThan(cpma.earliestStart);
    expect(cpma.critical).toBe(false);
    expect(auditor.critical).toBe(true);
    // The senior coder waits 3 years as a medical coder; the auditor 2 as a senior coder.
    expect(stepOf(plan, 'senior-coder').waits).toMatchObject([
      { role: 'medical-coder', years: 3, have: 0, remaining: 36, binding: true },
    ]);
    // After the last step, 2 years as an auditor before the goal opens: its own item.
    expect(plan.finalWait).toMatchObject({ role: 'coding-auditor', years: 2, remaining: 24, binding: true });
    expect(plan.finalWait?.until).toBe(plan.totals.months);
    expect(plan.finalWait?.from).toBe(auditor.end);
  });

  it('states no final wait when the goal follows its last step at once', () => {
    const [plan] = plansFor(DIPLOMA, 'rhia');
    expect(plan?.finalWait).toBeUndefined();
  });

  it('flags what no source gives: fee, length and eligibility', () => {
    for (const plan of plansFor(DIPLOMA, 'compliance-officer', 'cost')) {
      for (const step of plan.steps) {
        const node = graph.getNodeAttributes(step.id);
        expect(step.unknown.includes('cost')).toBe(node.costKnown === false);
        expect(step.unknown.includes('months')).toBe(node.monthsKnown === false);
        expect(step.unknown.includes('eligibility')).toBe(node.requiresKnown === false);
      }
      expect(plan.unknown.eligibility).toEqual(
        plan.steps.filter((s) => s.unknown.includes('eligibility')).map((s) => s.id),
      );
    }
    const [cpmaPlan] = plansFor(DIPLOMA, 'cpma');
    expect(cpmaPlan?.unknown.eligibility).toEqual(['cpma']);
  });
});

describe('study pace', () => {
  const partTime: Situation = { ...DIPLOMA, pace: 'part-time' };
  /** The same data with every program twice as long: what part time means. */
  const doubled: CareerGraphFile = {
    ...file,
    nodes: file.nodes.map((n) => (n.kind === 'education' && n.months ? { ...n, months: n.months * 2 } : n)),
  };

  it('part time doubles programs, not exams or roles, and the totals follow', () => {
    const [full] = plansFor(DIPLOMA, 'rhia');
    const [part] = plansFor(partTime, 'rhia');
    if (full === undefined || part === undefined) throw new Error('no plan');
    expect(part.pace).toBe('part-time');
    expect(part.totals.months).toBeGreaterThan(full.totals.months);
    for (const step of part.steps) {
      const node = graph.getNodeAttributes(step.id);
      const months = node.months ?? 0;
      expect(step.end - step.start).toBe(node.kind === 'education' ? 2 * months : months);
    }
  });

  it('part-time plans are the plans of the data with doubled programs, scheduled the same way', () => {
    const world = new World(doubled, partTime);
    const twin = buildCareerGraph(doubled);
    for (const goal of [
      'rhia',
      'medical-and-health-services-manager',
      'coding-auditor',
      'cancer-registrar',
    ]) {
      const part = planCareer(graph, partTime, goal, { alternatives: 2 });
      const same = planCareer(twin, DIPLOMA, goal, { alternatives: 2 });
      if (part.kind !== 'plan' || same.kind !== 'plan') throw new Error(`no plan to ${goal}`);
      expect(part.plans.map((p) => [p.steps, p.totals])).toEqual(same.plans.map((p) => [p.steps, p.totals]));
      for (const plan of part.plans) expect(scheduleProblems(world, goal, plan)).toEqual([]);
    }
  });

  it('next steps list programs at their part-time length', () => {
    const result = planCareer(graph, partTime, 'associate-him');
    expect(result.kind === 'plan' && result.plans[0]?.totals.months).toBe(
      2 * (graph.getNodeAttributes('associate-him').months ?? 0),
    );
  });
});

describe('eligibility not known', () => {
  it('next steps and within-reach flag what no source says who may obtain, never offer it as open', () => {
    const next = nextSteps(graph, { holds: [] });
    const cdip = next.find((i) => i.id === 'cdip');
    expect(cdip?.eligibilityUnknown).toBe(true);
    for (const item of next) {
      expect(item.eligibilityUnknown === true).toBe(graph.getNodeAttributes(item.id).requiresKnown === false);
    }
    const reach = withinReach(graph, DIPLOMA, 120);
    expect(reach.find((i) => i.id === 'cpma')?.eligibilityUnknown).toBe(true);
    // The coding auditor's plan goes through the CPMA, so it is not fully open either.
    expect(reach.find((i) => i.id === 'coding-auditor')?.eligibilityUnknown).toBe(true);
    expect(reach.find((i) => i.id === 'rhit')?.eligibilityUnknown).toBeUndefined();
  });
});

describe('study pace against the oracle (random graphs)', () => {
  it('part time plans are the plans of the graph with doubled programs, each scheduled just in time', () => {
    fc.assert(
      fc.property(caseArb, ({ file: f, situation, goal, alternatives, includePreferred }) => {
        const doubledFile: CareerGraphFile = {
          ...f,
          nodes: f.nodes.map((n) => (n.kind === 'education' ? { ...n, months: 2 * (n.months ?? 0) } : n)),
        };
        const part = planCareer(buildCareerGraph(f), { ...situation, pace: 'part-time' }, goal, {
          alternatives,
          includePreferred,
        });
        const twin = planCareer(buildCareerGraph(doubledFile), situation, goal, {
          alternatives,
          includePreferred,
        });
        expect(part.kind).toBe(twin.kind);
        if (part.kind !== 'plan' || twin.kind !== 'plan') return;
        expect(part.plans.map((p) => [p.steps, p.totals])).toEqual(
          twin.plans.map((p) => [p.steps, p.totals]),
        );
        const world = new World(doubledFile, situation, includePreferred);
        for (const plan of part.plans) expect(scheduleProblems(world, goal, plan)).toEqual([]);
      }),
      { numRuns: propertyRuns(1000), seed: PROPERTY_SEED },
    );
  }, 120_000);
});

describe('steps that could meet each other’s requirements', () => {
  // a prefers one of b or f; b requires a; j prefers b. With preferences counted, a needs f (b
  // needs a first), yet a, b and f all end at month 0: the schedule read a's preference as met by
  // b, and b's requirement by a, so it listed b before a and pushed f past the goal.
  const node = (id: string, extra: Partial<CareerGraphFile['nodes'][number]> = {}) => ({
    id,
    kind: 'role' as const,
    label: id.toUpperCase(),
    sources: ['test'],
    months: 0,
    cost: 0,
    ...extra,
  });
  const file: CareerGraphFile = {
    format: 1,
    id: 'support-cycle',
    title: 'Support cycle',
    updated: '2026-11-27',
    currency: 'USD',
    sources: { test: { title: 'Test', published: '2024' } },
    nodes: [
      node('a', { prefers: { anyOf: ['b', 'f'] } }),
      node('b', { requires: 'a' }),
      node('f'),
      node('j', { months: 1, prefers: 'b' }),
    ],
  } as CareerGraphFile;

  it('orders each step after what it uses and keeps every step before the goal', () => {
    const result = planCareer(buildCareerGraph(file), { holds: [] }, 'j', { includePreferred: true });
    if (result.kind !== 'plan') throw new Error('expected a plan');
    const plan = result.plans[0] as Plan;
    expect(plan.steps.map((s) => [s.id, s.start, s.end])).toEqual([
      ['f', 0, 0],
      ['a', 0, 0],
      ['b', 0, 0],
      ['j', 0, 1],
    ]);
    expect(plan.steps.find((s) => s.id === 'a')?.uses.map((u) => u.id)).toEqual(['f']);
    const world = new World(file, { holds: [] }, true);
    expect(planProblems(world, 'j', plan)).toEqual([]);
    expect(scheduleProblems(world, 'j', plan)).toEqual([]);
  });
});
