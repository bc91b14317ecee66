// minimise skips the derivability test of a node it can tell is a landmark (every way of a known
// landmark met inside the set asks for it): these check that the skip never keeps a node the goal
// can do without, against the plain one-test-per-node loop, on random small graphs and on deep
// lattices where most of the set is redundant.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deepLattice } from '../../../scripts/bench/shapes';
import { seededRandom } from '../../../scripts/bench/synthetic';
import { justificationClosure, minimise } from '../../../src/domain/planner/candidate';
import { derivable, knuth } from '../../../src/domain/planner/derivations';
import type { Problem } from '../../../src/domain/planner/problem';
import { Work } from '../../../src/domain/planner/work';
import { PROPERTY_SEED, propertyRuns } from '../../support/property-runs';
import { problemOf, shuffled } from './problems';
import { caseArb } from './random-graphs';

/** The definition: in the given order, drop each node while the goal can still be derived without it. */
function reference(p: Problem, nodes: number[], order: number[]): number[] {
  let kept = [...nodes];
  for (const x of order) {
    if (x === p.goal) continue;
    const without = kept.filter((v) => v !== x);
    if (derivable(p, without)) kept = without;
  }
  return kept.sort((a, b) => a - b);
}

function check(p: Problem, nodes: number[], order: number[]): void {
  const rank = new Map(order.map((v, i) => [v, i]));
  const got = minimise(p, nodes, (a, b) => (rank.get(a) ?? 0) - (rank.get(b) ?? 0), new Work(Infinity));
  expect(got.minimal).toBe(true);
  const sorted = [...got.nodes].sort((a, b) => a - b);
  expect(sorted).toEqual(reference(p, nodes, order));
  // Minimal: the goal follows from the set, and from no set with one node fewer.
  expect(derivable(p, sorted)).toBe(true);
  for (const x of sorted) expect(derivable(p, sorted, x)).toBe(false);
}

describe('minimise with landmark skips', () => {
  it('keeps exactly what the one-test-per-node loop keeps, on random small graphs', () => {
    fc.assert(
      fc.property(caseArb, fc.integer(), ({ file, situation, goal }, seed) => {
        const p = problemOf(file, situation, goal);
        if (p === null) return;
        const all = p.ids.map((_, i) => i);
        if (!derivable(p, all)) return;
        check(p, all, shuffled(all, seededRandom(seed)));
      }),
      { numRuns: propertyRuns(2000), seed: PROPERTY_SEED },
    );
  });

  it('keeps exactly what the one-test-per-node loop keeps, on deep lattices (closures and whole ancestries)', () => {
    for (let seed = 1; seed <= 6; seed++) {
      const file = deepLattice(240, 8, seed);
      const p = problemOf(file, { holds: ['deep-root'] }, 'deep-goal');
      if (p === null) throw new Error('no problem');
      const rnd = seededRandom(seed);
      const closure = justificationClosure(p, knuth(p, 'max', p.months).via);
      const all = p.ids.map((_, i) => i);
      for (const nodes of [closure, all]) {
        check(p, nodes, shuffled(nodes, rnd));
        check(
          p,
          nodes,
          [...nodes].sort((a, b) => (p.months[b] ?? 0) - (p.months[a] ?? 0) || a - b),
        );
      }
    }
  });

  it('finds the landmarks again after a few nodes test as needed: same set, less work', () => {
    // A 577-node months closure of which 330 stay: one derivability test per needed node counted
    // 355,643 steps; finding every landmark again after each 8 needed nodes skips most of those tests.
    const p = problemOf(deepLattice(4000, 60, 3), { holds: ['deep-root'] }, 'deep-goal');
    if (p === null) throw new Error('no problem');
    const closure = justificationClosure(p, knuth(p, 'max', p.months).via);
    const order = [...closure].sort((a, b) => (p.months[b] ?? 0) - (p.months[a] ?? 0) || a - b);
    const rank = new Map(order.map((v, i) => [v, i]));
    const work = new Work(Infinity);
    const got = minimise(p, closure, (a, b) => (rank.get(a) ?? 0) - (rank.get(b) ?? 0), work);
    expect([...got.nodes].sort((a, b) => a - b)).toEqual(reference(p, closure, order));
    expect(got.nodes.length).toBe(330);
    expect(work.done()).toBeLessThan(250_000);
  });
});
