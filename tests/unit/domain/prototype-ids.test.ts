// A node with the valid id `constructor`: graphology's adjacency must treat it as a key like any
// other (its plain-object adjacency once found `Object` there, threw, and wrote onto `Object`).

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildCareerGraph } from '../../../src/domain/career-graph';
import { planCareer } from '../../../src/domain/planner';
import type { CareerGraphFile } from '../../../src/domain/types';

const file = JSON.parse(readFileSync('tests/fixtures/prototype-keys.json', 'utf8')) as CareerGraphFile;

describe('node id "constructor"', () => {
  it('has its edges, and iterating them neither throws nor touches Object', () => {
    const graph = buildCareerGraph(file);
    const out: string[] = [];
    graph.forEachOutEdge('to-string', (_k, _a, _s, target) => {
      out.push(target);
    });
    expect(out).toEqual(['constructor']);
    expect(graph.inNeighbors('constructor').sort()).toEqual(['high-school-diploma', 'to-string']);
    expect(Object.hasOwn(Object, 'previous')).toBe(false);
    expect(graph.hasEdge('to-string', 'constructor')).toBe(true);
    expect(graph.hasEdge('constructor', 'to-string')).toBe(false);
    expect(graph.hasEdge('high-school-diploma', 'constructor')).toBe(true);
  });

  it('plans to it', () => {
    const graph = buildCareerGraph(file);
    const r = planCareer(
      graph,
      { holds: ['high-school-diploma', 'to-string'], years: { 'to-string': 2 } },
      'constructor',
    );
    expect(r.kind).toBe('plan');
    if (r.kind === 'plan') expect(r.plans[0]?.steps.map((s) => s.id)).toEqual(['constructor']);
  });
});
