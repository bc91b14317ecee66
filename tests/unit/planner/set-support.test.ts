// SetSupport gives minimise the very derivation goalSupport would give for the same members (not
// just some derivation): which nodes minimise tests, and so the work it counts, depend on it, and
// the search's answers under a budget depend on that work.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deepLattice } from '../../../scripts/bench/shapes';
import { seededRandom } from '../../../scripts/bench/synthetic';
import { justificationClosure } from '../../../src/domain/planner/candidate';
import { goalSupport, knuth } from '../../../src/domain/planner/derivations';
import type { Problem } from '../../../src/domain/planner/problem';
import { newMarks, SetSupport } from '../../../src/domain/planner/set-support';
import { PROPERTY_SEED, propertyRuns } from '../../support/property-runs';
import { problemOf, shuffled } from './problems';
import { caseArb } from './random-graphs';

/** The nodes goalSupport marks (sorted), or null when the goal is not derivable. */
function reference(p: Problem, members: number[], without: number): number[] | null {
  const into = new Uint8Array(p.ids.length);
  if (!goalSupport(p, members, without, into, new Int32Array(p.ids.length))) return null;
  return members.filter((v) => into[v] === 1).sort((a, b) => a - b);
}

/**
 * Drops nodes from `nodes` in `order` (each one whose test, or whose absence from the current
 * derivation, allows it), checking every derivation against goalSupport on the kept members.
 */
function check(p: Problem, nodes: number[], order: number[]): number {
  const set = new SetSupport(p, nodes);
  let checked = 0;
  try {
    const marks = newMarks(p.ids.length);
    for (const x of [-1, ...order]) {
      if (x === p.goal) continue;
      const kept = nodes.filter((v) => set.has(v));
      const expected = reference(p, kept, x);
      const got = set.goalSupport(x, marks);
      expect(got).toBe(expected !== null);
      expect([...marks.list.subarray(0, marks.size)].sort((a, b) => a - b)).toEqual(expected ?? []);
      expect(p.ids.map((_, v) => v).filter((v) => marks.flags[v] === 1)).toEqual(expected ?? []);
      checked++;
      if (x >= 0 && got) set.drop(x);
    }
  } finally {
    set.release();
  }
  return checked;
}

describe('SetSupport', () => {
  it('marks exactly goalSupport’s derivation as nodes are dropped, on random graphs', () => {
    fc.assert(
      fc.property(caseArb, fc.integer(), ({ file, situation, goal }, seed) => {
        const p = problemOf(file, situation, goal);
        if (p === null) return;
        const rnd = seededRandom(seed);
        // Members in a shuffled order: goalSupport's derivation depends on it.
        const members = shuffled(
          p.ids.map((_, i) => i),
          rnd,
        );
        check(p, members, shuffled(members, rnd));
      }),
      { numRuns: propertyRuns(1000), seed: PROPERTY_SEED },
    );
  });

  it('marks exactly goalSupport’s derivation on deep lattices, closures and whole ancestries', () => {
    let checked = 0;
    for (let seed = 1; seed <= 4; seed++) {
      const p = problemOf(deepLattice(240, 8, seed), { holds: ['deep-root'] }, 'deep-goal');
      if (p === null) throw new Error('no problem');
      const closure = justificationClosure(p, knuth(p, 'max', p.months).via);
      const rnd = seededRandom(seed);
      for (const nodes of [closure, p.ids.map((_, i) => i)]) checked += check(p, nodes, shuffled(nodes, rnd));
    }
    expect(checked).toBeGreaterThan(100);
  });

  it('lets one set of a problem hold its arrays at a time', () => {
    const p = problemOf(deepLattice(60, 4, 1), { holds: ['deep-root'] }, 'deep-goal');
    if (p === null) throw new Error('no problem');
    const first = new SetSupport(p, [p.goal]);
    expect(() => new SetSupport(p, [p.goal])).toThrow();
    first.release();
    new SetSupport(p, [p.goal]).release();
  });
});
