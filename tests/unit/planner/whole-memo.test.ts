// buildWhole keeps the last problems it built per graph (whole-memo.ts): asked again, a question must
// get exactly the problem a fresh build gives, never one kept for another question or a node since changed.

import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import type { CareerGraph } from '../../../src/domain/career-graph';
import { buildCareerGraph } from '../../../src/domain/career-graph';
import { planCareer } from '../../../src/domain/planner';
import { setWayLimit, WAY_LIMIT } from '../../../src/domain/planner/compile';
import {
  ancestry,
  buildProblem,
  buildWhole,
  type Problem,
  questionOf,
} from '../../../src/domain/planner/problem';
import { handBack, WHOLE_MEMO_SIZE } from '../../../src/domain/planner/whole-memo';
import type { CareerGraphFile, CareerNode, Situation } from '../../../src/domain/types';
import { PROPERTY_SEED, propertyRuns } from '../../support/property-runs';
import { graphFile } from '../support/career-graphs';
import { caseArb } from './random-graphs';

const node = (
  id: string,
  kind: CareerNode['kind'],
  months: number,
  more: Partial<CareerNode> = {},
): CareerNode => ({
  id,
  kind,
  label: id,
  sources: ['s'],
  months,
  cost: 10 * months,
  ...more,
});

/** A new file each time: the graph keeps the file's node objects, and the tests edit them. */
const file = (): CareerGraphFile =>
  graphFile(
    [
      node('a', 'credential', 10),
      node('b', 'education', 6),
      node('r', 'role', 0),
      node('c', 'credential', 2, { regions: ['NJ'], requires: 'a' }),
      node('d', 'credential', 3, { requires: { anyOf: ['c', 'b'] } }),
      node('goal', 'role', 1, {
        requires: { anyOf: [{ allOf: [{ anyOf: ['a', 'b'] }, { experience: 'r', years: 2 }] }, 'c'] },
        prefers: 'b',
      }),
    ],
    { id: 'memo', title: 'memo', updated: '2026-12-01', sources: { s: { title: 's', published: '2026' } } },
  );

/** A problem's arrays and flags, without its working space. */
function arrays(p: Problem): Omit<Problem, 'scratch'> {
  const { scratch: _scratch, ...rest } = p;
  return rest;
}

/** The problem built from the graph now, through the route that keeps nothing between questions. */
function fresh(graph: CareerGraph, s: Situation, goal = 'goal', pref = false): Omit<Problem, 'scratch'> {
  const q = questionOf(s, pref);
  return arrays(buildProblem(graph, q, goal, ancestry(graph, q, goal)));
}

/** buildWhole on a new question, as planCareer asks it. */
const whole = (graph: CareerGraph, s: Situation, goal = 'goal', pref = false): Problem =>
  buildWhole(graph, questionOf(s, pref), goal);

afterEach(() => {
  setWayLimit(WAY_LIMIT);
});

describe('buildWhole asked again', () => {
  it('gives the same question the arrays it built before, with working arrays of its own', () => {
    const graph = buildCareerGraph(file());
    const first = whole(graph, { holds: ['r'], years: { r: 1 } });
    const again = whole(graph, { holds: ['r'], years: { r: 1 } });
    expect(again.months).toBe(first.months);
    expect(again.condNode).toBe(first.condNode);
    expect(again.scratch).not.toBe(first.scratch);
    expect(again.scratch.got).not.toBe(first.scratch.got);
    const third = whole(graph, { holds: ['r'], years: { r: 1 } });
    expect(third.scratch).not.toBe(again.scratch);
    for (const p of [again, third]) {
      expect(p.scratch.got.length).toBe(p.ids.length);
      expect(p.scratch.remaining.length).toBe(p.wayOwner.length);
    }
    expect(arrays(again)).toEqual(fresh(graph, { holds: ['r'], years: { r: 1 } }));
  });

  it('tells apart every part of the question: held, years, region, pace, preferences, goal, way limit', () => {
    const graph = buildCareerGraph(file());
    const base: Situation = { holds: ['r'], years: { r: 1 } };
    const variants: { s: Situation; goal?: string; pref?: boolean; limit?: number }[] = [
      { s: { holds: ['r', 'a'], years: { r: 1 } } },
      { s: { holds: ['r'], years: { r: 3 } } },
      { s: { ...base, region: 'NY' } },
      { s: { ...base, pace: 'part-time' } },
      { s: base, pref: true },
      { s: base, goal: 'd' },
      { s: base, limit: 1 },
    ];
    for (const v of variants) {
      const before = arrays(whole(graph, base));
      setWayLimit(v.limit ?? WAY_LIMIT);
      const got = arrays(whole(graph, v.s, v.goal, v.pref));
      // Each variant builds another problem than the base question: a kept one would be wrong.
      expect(got).not.toEqual(before);
      expect(got).toEqual(fresh(graph, v.s, v.goal, v.pref));
      setWayLimit(WAY_LIMIT);
    }
  });

  it('follows nodes changed through the graph after the build', () => {
    const graph = buildCareerGraph(file());
    const s: Situation = { holds: ['r'], years: { r: 1 }, region: 'NJ' };
    const edits: ((g: CareerGraph) => void)[] = [
      (g) => g.setNodeAttribute('a', 'cost', 999),
      (g) => g.mergeNodeAttributes('b', { months: 1 }),
      (g) => g.setNodeAttribute('goal', 'requires', { anyOf: ['b', 'c'] }),
      (g) => g.replaceNodeAttributes('b', { ...g.getNodeAttributes('b'), months: 40 }),
      (g) => g.setNodeAttribute('b', 'regions', ['NY']),
    ];
    for (const edit of edits) {
      const before = arrays(whole(graph, s));
      edit(graph);
      const after = arrays(whole(graph, s));
      expect(after).not.toEqual(before);
      expect(after).toEqual(fresh(graph, s));
    }
  });

  it('follows a preference changed after the build, with preferences counted', () => {
    const graph = buildCareerGraph(file());
    const s: Situation = { holds: ['r'], years: { r: 1 } };
    const before = arrays(whole(graph, s, 'goal', true));
    graph.setNodeAttribute('goal', 'prefers', 'a');
    const after = arrays(whole(graph, s, 'goal', true));
    expect(after).not.toEqual(before);
    expect(after).toEqual(fresh(graph, s, 'goal', true));
  });

  it('follows node data edited in place after the build (figures, kind, regions)', () => {
    const graph = buildCareerGraph(file());
    const partTime: Situation = { holds: [], pace: 'part-time', region: 'NJ' };
    const edits: ((g: CareerGraph) => void)[] = [
      (g) => {
        g.getNodeAttributes('a').months = 1;
      },
      (g) => {
        g.getNodeAttributes('a').cost = 1;
      },
      (g) => {
        g.getNodeAttributes('a').kind = 'education';
      },
      (g) => {
        g.getNodeAttributes('c').regions?.splice(0, 1, 'NY');
      },
      (g) => {
        g.getNodeAttributes('c').regions?.push('NJ');
      },
    ];
    for (const edit of edits) {
      const before = arrays(whole(graph, partTime));
      edit(graph);
      const after = arrays(whole(graph, partTime));
      expect(after).not.toEqual(before);
      expect(after).toEqual(fresh(graph, partTime));
    }
  });

  it('follows a node left out for its region that an earlier goal of the same question met first', () => {
    const graph = buildCareerGraph(file());
    const ny: Situation = { holds: [], region: 'NY' };
    const q = questionOf(ny, false);
    // `d` meets `c` (NJ only) first; the goal's walk then finds it already marked.
    buildWhole(graph, q, 'd');
    const before = arrays(buildWhole(graph, q, 'goal'));
    expect(before.ids).not.toContain('c');
    graph.getNodeAttributes('c').regions?.push('NY');
    const after = arrays(whole(graph, ny));
    expect(after.ids).toContain('c');
    expect(after).toEqual(fresh(graph, ny));
  });

  it('follows nodes dropped and added again, and keeps graphs (copies) apart', () => {
    const graph = buildCareerGraph(file());
    const s: Situation = { holds: [] };
    const before = arrays(whole(graph, s));
    const copy = graph.copy();
    copy.setNodeAttribute('a', 'months', 2);
    expect(arrays(whole(copy, s))).toEqual(fresh(copy, s));
    expect(arrays(whole(graph, s))).toEqual(before);
    graph.dropNode('a');
    graph.addNode('a', node('a', 'credential', 4));
    const after = arrays(whole(graph, s));
    expect(after).not.toEqual(before);
    expect(after).toEqual(fresh(graph, s));
  });

  it('still answers right after more questions than it keeps', () => {
    const graph = buildCareerGraph(file());
    const asked: Situation[] = Array.from({ length: WHOLE_MEMO_SIZE + 2 }, (_, i) => ({
      holds: ['r'],
      years: { r: i },
    }));
    for (const s of asked) whole(graph, s);
    for (const s of [...asked].reverse()) expect(arrays(whole(graph, s))).toEqual(fresh(graph, s));
  });

  it('lends the working arrays a finished question handed back to the next asking, never to two at once', () => {
    const graph = buildCareerGraph(file());
    const s: Situation = { holds: ['r'], years: { r: 1 } };
    whole(graph, s);
    const again = whole(graph, s);
    handBack(again);
    const third = whole(graph, s);
    expect(third.scratch).toBe(again.scratch);
    // Not handed back (still in use, or its question ended in an error): the next gets new ones.
    const fourth = whole(graph, s);
    expect(fourth.scratch).not.toBe(third.scratch);
    // A problem that is not a kept one (or another question's) lends nothing.
    handBack(
      buildProblem(graph, questionOf(s, false), 'goal', ancestry(graph, questionOf(s, false), 'goal')),
    );
    expect(whole(graph, s).scratch).not.toBe(fourth.scratch);
  });
});

describe('planCareer asked in turn on one graph', () => {
  it('answers each question as on a graph never asked before (working arrays lent from question to question)', () => {
    const asked = [
      ['months', 1],
      ['cost', 3],
      ['steps', 2],
      ['months', 3],
      ['cost', 1],
    ] as const;
    fc.assert(
      fc.property(caseArb, (c) => {
        const graph = buildCareerGraph(c.file);
        for (const [by, alternatives] of asked) {
          const options = { by, alternatives, includePreferred: c.includePreferred };
          const once = planCareer(buildCareerGraph(c.file), c.situation, c.goal, options);
          expect(planCareer(graph, c.situation, c.goal, options)).toEqual(once);
        }
      }),
      { numRuns: propertyRuns(300, 60), seed: PROPERTY_SEED },
    );
  }, 300_000);
});
