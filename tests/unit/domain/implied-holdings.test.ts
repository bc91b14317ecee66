// Implied holdings: holding a node implies what every way of obtaining it needs (all-of: each
// child's; one-of: only what all options share; experience of a role: the role and its needs).
// Exact answers on small tables, cycles, a chain far deeper than any call stack, and the app's graph.

import { describe, expect, it } from 'vitest';
import { impliedHoldings, necessaryFor } from '../../../src/domain/implied-holdings';
import type { Requirement } from '../../../src/domain/types';
import { builtinGraph, graphOfRequirements as graphOf } from '../support/career-graphs';

describe('necessaryFor', () => {
  it('all-of needs every child and what each child needs', () => {
    const g = graphOf({ d: null, a: 'd', b: null, top: { allOf: ['a', 'b'] } });
    expect(necessaryFor(g, 'top')).toEqual(['d', 'a', 'b']);
  });

  it('one-of needs only what every option needs (the intersection)', () => {
    const g = graphOf({
      diploma: null,
      cert: 'diploma',
      assoc: { allOf: ['diploma', 'extra'] },
      extra: null,
      coder: { anyOf: ['cert', 'assoc'] },
    });
    // Neither cert nor assoc is needed (either will do), nor extra (only assoc needs it).
    expect(necessaryFor(g, 'coder')).toEqual(['diploma']);
  });

  it('a one-of with an option needing nothing implies nothing', () => {
    const g = graphOf({ diploma: null, cert: 'diploma', free: null, x: { anyOf: ['cert', 'free'] } });
    expect(necessaryFor(g, 'x')).toEqual([]);
  });

  it('experience of a role needs the role and what the role needs', () => {
    const g = graphOf({
      diploma: null,
      tech: 'diploma',
      manager: { allOf: [{ experience: 'tech', years: 2 }] },
    });
    expect(necessaryFor(g, 'manager')).toEqual(['diploma', 'tech']);
  });

  it('nested groups: a one-of of all-ofs keeps what they share', () => {
    const g = graphOf({
      a: null,
      b: null,
      c: null,
      x: { anyOf: [{ allOf: ['a', 'b'] }, { allOf: ['a', 'c'] }] },
    });
    expect(necessaryFor(g, 'x')).toEqual(['a']);
  });

  it('a node with no requirement, or not in the graph, implies nothing', () => {
    const g = graphOf({ a: null });
    expect(necessaryFor(g, 'a')).toEqual([]);
    expect(necessaryFor(g, 'missing')).toEqual([]);
  });

  it('stops at a cycle and still answers (a two-node loop and a self loop)', () => {
    const g = graphOf({ base: null, a: { allOf: ['b', 'base'] }, b: 'a', s: { allOf: ['s', 'base'] } });
    expect(necessaryFor(g, 'a')).toEqual(['base', 'b']);
    expect(necessaryFor(g, 'b')).toEqual(['base', 'a']);
    expect(necessaryFor(g, 's')).toEqual(['base']);
  });

  it('walks a 20,000-node chain without deepening the call stack', () => {
    const table: Record<string, Requirement | null> = { n0: null };
    for (let i = 1; i < 20_000; i++) table[`n${i}`] = `n${i - 1}`;
    const g = graphOf(table);
    const needed = necessaryFor(g, 'n19999');
    expect(needed).toHaveLength(19_999);
    expect(needed[0]).toBe('n0');
    expect(needed[19_998]).toBe('n19998');
  });
});

describe('impliedHoldings', () => {
  it('credits each implied node once, to the first held node needing it, and skips what is held', () => {
    const g = graphOf({
      diploma: null,
      tech: 'diploma',
      coder: { allOf: ['diploma', 'cert'] },
      cert: null,
    });
    expect(impliedHoldings(g, ['coder', 'tech'])).toEqual([
      { id: 'diploma', because: 'coder' },
      { id: 'cert', because: 'coder' },
    ]);
    expect(impliedHoldings(g, ['tech', 'coder', 'cert'])).toEqual([{ id: 'diploma', because: 'tech' }]);
    expect(impliedHoldings(g, ['diploma'])).toEqual([]);
    // The same question twice gets the same answer.
    expect(impliedHoldings(g, ['coder', 'tech'])).toEqual(impliedHoldings(g, ['coder', 'tech']));
  });

  it('a working health information technician has the diploma (the built-in graph)', () => {
    const { graph } = builtinGraph('health-information');
    const implied = impliedHoldings(graph, ['health-information-technician']);
    expect(implied).toEqual([{ id: 'high-school-diploma', because: 'health-information-technician' }]);
  });
});
