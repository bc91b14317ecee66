// The per-graph index (node ranks in id order, ways over ranks) must follow the graph when nodes
// are added or dropped after a plan, and each graph object keeps its own.

import { describe, expect, it } from 'vitest';
import type { CareerGraph } from '../../../src/domain/career-graph';
import { buildCareerGraph } from '../../../src/domain/career-graph';
import { planCareer } from '../../../src/domain/planner';
import { graphIndex } from '../../../src/domain/planner/graph-index';
import { ancestry, buildProblem, questionOf } from '../../../src/domain/planner/problem';
import type { CareerGraphFile, CareerNode, Requirement } from '../../../src/domain/types';

const node = (id: string, months: number, requires?: Requirement): CareerNode => ({
  id,
  kind: 'credential',
  label: id,
  sources: ['s'],
  months,
  ...(requires === undefined ? {} : { requires }),
});

/** A new file each time: the graph keeps the file's node objects, and the tests edit them. */
const file = (): CareerGraphFile => ({
  format: 1,
  id: 'index',
  title: 'index',
  updated: '2026-12-01',
  currency: 'USD',
  sources: { s: { title: 's', published: '2026' } },
  nodes: [node('a', 10), node('b', 5), node('goal', 1, { anyOf: ['a', 'b'] })],
});

const steps = (graph: CareerGraph): string[] => {
  const r = planCareer(graph, { holds: [] }, 'goal', { alternatives: 2 });
  return r.kind === 'plan' ? r.plans.flatMap((p) => [p.steps.map((s) => s.id).join(' ')]) : [];
};

/** Adds `id` to the graph as a node the way buildCareerGraph makes it. */
const addNode = (graph: CareerGraph, n: CareerNode) => graph.addNode(n.id, { ...n });

describe('graph index', () => {
  it('follows a node added after a plan (and named by a requirement set then)', () => {
    const graph = buildCareerGraph(file());
    expect(steps(graph)).toEqual(['b goal', 'a goal']);
    addNode(graph, node('0c', 1));
    graph.setNodeAttribute('goal', 'requires', { anyOf: ['a', 'b', '0c'] });
    expect(steps(graph)).toEqual(['0c goal', 'b goal']);
    expect(graphIndex(graph).ids).toEqual(['0c', 'a', 'b', 'goal']);
  });

  it('follows a node dropped and another added (the same number of nodes)', () => {
    const graph = buildCareerGraph(file());
    expect(steps(graph)).toEqual(['b goal', 'a goal']);
    graph.dropNode('b');
    addNode(graph, node('z', 2));
    graph.setNodeAttribute('goal', 'requires', { anyOf: ['a', 'z'] });
    expect(steps(graph)).toEqual(['z goal', 'a goal']);
    expect(graphIndex(graph).ids).toEqual(['a', 'goal', 'z']);
  });

  it('follows a node dropped and added again under the same id with other figures', () => {
    const graph = buildCareerGraph(file());
    expect(steps(graph)).toEqual(['b goal', 'a goal']);
    graph.dropNode('a');
    addNode(graph, node('a', 1));
    expect(steps(graph)).toEqual(['a goal', 'b goal']);
  });

  it('keeps the graphs apart: nodes changed in a copy do not change the original', () => {
    const graph = buildCareerGraph(file());
    expect(steps(graph)).toEqual(['b goal', 'a goal']);
    const copy = graph.copy();
    copy.dropNode('b');
    addNode(copy, node('c', 1));
    copy.setNodeAttribute('goal', 'requires', { anyOf: ['a', 'c'] });
    expect([steps(copy), steps(graph)]).toEqual([
      ['c goal', 'a goal'],
      ['b goal', 'a goal'],
    ]);
    expect(graphIndex(graph).ids).toEqual(['a', 'b', 'goal']);
  });
});

// The index keeps every node's compiled ways in one pool: a graph edited node by node must not
// grow it without end, and a plan built while the pool starts again (entries made again in the
// middle of a build) must read each node's ways from the pool they were put in.
/** A ladder of `length` rungs, each reached from either of the two rungs below it (one of them with experience). */
function ladder(length: number): CareerGraphFile {
  const nodes = [node('r0', 1), node('r1', 2, 'r0')];
  for (let i = 2; i < length; i++) {
    nodes.push(node(`r${i}`, 1 + (i % 3), { anyOf: [`r${i - 1}`, { experience: `r${i - 2}`, years: 1 }] }));
  }
  return {
    format: 1,
    id: 'ladder',
    title: 'ladder',
    updated: '2026-12-01',
    currency: 'USD',
    sources: { s: { title: 's', published: '2026' } },
    nodes,
  };
}

const summary = (graph: ReturnType<typeof buildCareerGraph>, goal: string): string[] => {
  const r = planCareer(graph, { holds: ['r0'] }, goal, { alternatives: 2 });
  return r.kind === 'plan'
    ? r.plans.map((p) => `${p.totals.months}: ${p.steps.map((s) => s.id).join(' ')}`)
    : [];
};

describe('way pool', () => {
  it('stays bounded while one requirement is set again and again', () => {
    const graph = buildCareerGraph(ladder(6));
    const goal = 'r5';
    const expected = summary(graph, goal);
    for (let i = 0; i < 3000; i++) {
      graph.setNodeAttribute(goal, 'requires', { anyOf: ['r4', { experience: 'r3', years: 1 }] });
      if (i % 500 === 0) expect(summary(graph, goal)).toEqual(expected);
      else summary(graph, goal);
    }
    // Two conditions per compile: 6,000 without starting again.
    expect(graphIndex(graph).pool.conds).toBeLessThan(2500);
    expect(summary(graph, goal)).toEqual(expected);
  });

  it('plans right when the pool starts again in the middle of a build', () => {
    const file = ladder(1500);
    const graph = buildCareerGraph(file);
    const goal = 'r1499';
    const expected = summary(buildCareerGraph(ladder(1500)), goal);
    expect(summary(graph, goal)).toEqual(expected);
    const before = graphIndex(graph).pool;
    // Every requirement replaced by an equal new object: the next build makes each entry again,
    // and past half the pool's conditions it starts a new pool, part way through the ladder.
    graph.forEachNode((id, attributes) => {
      if (attributes.requires !== undefined) {
        graph.setNodeAttribute(id, 'requires', structuredClone(attributes.requires));
      }
    });
    expect(summary(graph, goal)).toEqual(expected);
    expect(graphIndex(graph).pool).not.toBe(before);
  });

  it('builds a problem right when the pool starts again while it reads the nodes', () => {
    const goal = 'r1499';
    const q = questionOf({ holds: ['r0'] }, false);
    const fresh = buildCareerGraph(ladder(1500));
    const expected = buildProblem(fresh, q, goal, ancestry(fresh, q, goal));
    const graph = buildCareerGraph(ladder(1500));
    const ids = ancestry(graph, questionOf({ holds: ['r0'] }, false), goal);
    graph.forEachNode((id, attributes) => {
      if (attributes.requires !== undefined) {
        graph.setNodeAttribute(id, 'requires', structuredClone(attributes.requires));
      }
    });
    // buildProblem reads every node's entry (each made again) before it reads their ways.
    const p = buildProblem(graph, questionOf({ holds: ['r0'] }, false), goal, ids);
    expect([...p.wayStart]).toEqual([...expected.wayStart]);
    expect([...p.condStart]).toEqual([...expected.condStart]);
    expect([...p.condNode]).toEqual([...expected.condNode]);
    expect([...p.condDelay]).toEqual([...expected.condDelay]);
  });
});
