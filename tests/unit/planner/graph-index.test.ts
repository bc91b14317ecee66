// The per-graph index (node ranks in id order, ways over ranks) must follow the graph when nodes
// are added or dropped after a plan, and each graph object keeps its own.

import { describe, expect, it } from 'vitest';
import type { CareerGraph } from '../../../src/domain/career-graph';
import { buildCareerGraph } from '../../../src/domain/career-graph';
import { planCareer } from '../../../src/domain/planner';
import { graphIndex } from '../../../src/domain/planner/graph-index';
import type { CareerGraphFile, CareerNode } from '../../../src/domain/types';

const node = (id: string, months: number, requires?: CareerNode['requires']): CareerNode => ({
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
