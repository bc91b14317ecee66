// What the planner reuses instead of reading the graph again: a problem cut down to its
// obtainable nodes (restrictProblem) must be the very problem built from the graph on those
// nodes, and requirements compiled once per graph must follow the graph when it changes.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deepLattice } from '../../../scripts/bench/shapes';
import type { CareerGraph } from '../../../src/domain/career-graph';
import { buildCareerGraph } from '../../../src/domain/career-graph';
import { planCareer } from '../../../src/domain/planner';
import { knuth } from '../../../src/domain/planner/derivations';
import {
  ancestry,
  buildProblem,
  type Problem,
  type Question,
  questionOf,
  reachesCap,
  restrictProblem,
} from '../../../src/domain/planner/problem';
import type { CareerGraphFile, Situation } from '../../../src/domain/types';
import { PROPERTY_SEED, propertyRuns } from '../../support/property-runs';
import { caseArb } from './random-graphs';

/** A problem's arrays and flags, without its working space. */
function arrays(p: Problem): Omit<Problem, 'scratch'> {
  const { scratch: _scratch, ...rest } = p;
  return rest;
}

/** The problem over every ancestor, and the same cut to a subset through both routes. */
function bothWays(graph: CareerGraph, q: Question, goal: string, keepOf: (whole: Problem) => number[]) {
  const whole = buildProblem(graph, q, goal, ancestry(graph, q, goal));
  const keep = keepOf(whole);
  const cut = restrictProblem(whole, keep);
  const built = buildProblem(
    graph,
    q,
    goal,
    keep.map((v) => whole.ids[v] ?? ''),
  );
  return { whole, cut, built };
}

describe('restrictProblem', () => {
  it('gives the problem buildProblem gives on the kept nodes, on random small graphs', () => {
    fc.assert(
      fc.property(caseArb, fc.array(fc.boolean(), { minLength: 10, maxLength: 10 }), (c, drop) => {
        const graph = buildCareerGraph(c.file);
        const q = questionOf(c.situation, c.includePreferred);
        if (ancestry(graph, q, c.goal).length === 0) return;
        // Keep the goal and any subset of the rest (ways through a dropped node must go).
        const { whole, cut, built } = bothWays(graph, q, c.goal, (w) =>
          w.ids.flatMap((_, i) => (i === w.goal || !drop[i % 10] ? [i] : [])),
        );
        expect(reachesCap(whole)).toBe(false);
        expect(arrays(cut)).toEqual(arrays(built));
      }),
      { numRuns: propertyRuns(1000), seed: PROPERTY_SEED },
    );
  });

  it('gives the same problem on a deep lattice cut to its obtainable nodes', () => {
    const file = deepLattice(600, 12, 5);
    // Make part of the lattice unobtainable: some first-layer nodes need a node nobody can get.
    file.nodes.push({
      id: 'never',
      kind: 'credential',
      label: 'never',
      sources: ['synthetic'],
      requires: 'never2',
    });
    file.nodes.push({
      id: 'never2',
      kind: 'credential',
      label: 'never2',
      sources: ['synthetic'],
      requires: 'never',
    });
    for (const n of file.nodes.filter((x) => x.id.startsWith('l0-')).slice(0, 6)) n.requires = 'never';
    const graph = buildCareerGraph(file);
    const q = questionOf({ holds: ['deep-root'] }, false);
    const { whole, cut, built } = bothWays(graph, q, 'deep-goal', (w) => {
      const free = knuth(w, 'max', w.months).value;
      return w.ids.flatMap((_, i) => (Number.isFinite(free[i] ?? Number.POSITIVE_INFINITY) ? [i] : []));
    });
    expect(cut.ids.length).toBeLessThan(whole.ids.length);
    expect(arrays(cut)).toEqual(arrays(built));
  });

  it('is not used when a figure reached its cap (a smaller problem caps higher)', () => {
    const file: CareerGraphFile = {
      format: 1,
      id: 'huge',
      title: 'huge',
      updated: '2026-12-01',
      currency: 'USD',
      sources: { s: { title: 's', published: '2026' } },
      nodes: [
        { id: 'a', kind: 'credential', label: 'a', sources: ['s'], months: 1e308 },
        { id: 'b', kind: 'credential', label: 'b', sources: ['s'], requires: 'a' },
      ],
    };
    const graph = buildCareerGraph(file);
    const q = questionOf({ holds: [] }, false);
    expect(reachesCap(buildProblem(graph, q, 'b', ancestry(graph, q, 'b')))).toBe(true);
  });
});

describe('requirements compiled once per graph', () => {
  const situation: Situation = { holds: [] };
  const file = (prefers: boolean): CareerGraphFile => ({
    format: 1,
    id: 'memo',
    title: 'memo',
    updated: '2026-12-01',
    currency: 'USD',
    sources: { s: { title: 's', published: '2026' } },
    nodes: [
      { id: 'a', kind: 'credential', label: 'a', sources: ['s'], months: 10 },
      { id: 'b', kind: 'credential', label: 'b', sources: ['s'], months: 1 },
      {
        id: 'goal',
        kind: 'role',
        label: 'goal',
        sources: ['s'],
        months: 1,
        requires: { anyOf: ['a', 'b'] },
        ...(prefers ? { prefers: 'a' } : {}),
      },
    ],
  });
  const steps = (graph: CareerGraph, includePreferred: boolean): string[] => {
    const r = planCareer(graph, situation, 'goal', { includePreferred });
    return r.kind === 'plan' ? (r.plans[0]?.steps.map((s) => s.id) ?? []) : [];
  };

  const uses = (graph: CareerGraph) => {
    const r = planCareer(graph, situation, 'goal');
    return r.kind === 'plan' ? r.plans[0]?.steps.find((s) => s.id === 'goal')?.uses : undefined;
  };

  it('follows a preference set, replaced or removed after a plan, with and without preferences', () => {
    const graph = buildCareerGraph(file(false));
    expect([steps(graph, false), steps(graph, true)]).toEqual([
      ['b', 'goal'],
      ['b', 'goal'],
    ]);
    graph.setNodeAttribute('goal', 'prefers', 'a');
    expect([steps(graph, false), steps(graph, true)]).toEqual([
      ['b', 'goal'],
      ['a', 'goal'],
    ]);
    graph.setNodeAttribute('goal', 'requires', { anyOf: ['b', 'a'] });
    graph.removeNodeAttribute('goal', 'prefers');
    expect([steps(graph, false), steps(graph, true)]).toEqual([
      ['b', 'goal'],
      ['b', 'goal'],
    ]);
    // The schedule reads the new requirement too: the use names the option's new place.
    expect(uses(graph)).toEqual([{ id: 'b', path: 'anyOf[0]', held: false }]);
    graph.setNodeAttribute('goal', 'requires', { anyOf: ['a', 'b'] });
    expect(uses(graph)).toEqual([{ id: 'b', path: 'anyOf[1]', held: false }]);
  });

  it('keeps the graphs apart: a copy changed does not change the plans of the original', () => {
    const graph = buildCareerGraph(file(true));
    expect(steps(graph, true)).toEqual(['a', 'goal']);
    const copy = graph.copy();
    copy.setNodeAttribute('goal', 'prefers', 'b');
    expect([steps(copy, true), steps(graph, true)]).toEqual([
      ['b', 'goal'],
      ['a', 'goal'],
    ]);
  });
});
