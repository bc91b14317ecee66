// goalLandmarks flags exactly the nodes of a set the goal cannot be derived without, on small sets
// (one machine word) and large ones (bit sets, looked at again only where an input changed).

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deepLattice } from '../../../scripts/bench/shapes';
import { seededRandom } from '../../../scripts/bench/synthetic';
import { justificationClosure } from '../../../src/domain/planner/candidate';
import { derivable, derivationOrder, knuth } from '../../../src/domain/planner/derivations';
import { goalLandmarks } from '../../../src/domain/planner/landmarks';
import type { Problem } from '../../../src/domain/planner/problem';
import { PROPERTY_SEED, propertyRuns } from '../../support/property-runs';
import { problemOf } from './problems';
import { caseArb } from './random-graphs';

/** Per position of the set's derivation order: 1 when the goal cannot be derived without it. */
function check(p: Problem, nodes: readonly number[]): void {
  const order = derivationOrder(p, nodes);
  if (!order.includes(p.goal)) return;
  const expected = order.map((v) => (derivable(p, order, v) ? 0 : 1));
  expect([...goalLandmarks(p, order)]).toEqual(expected);
  // Any order of the set's nodes gives the same flags (the fixpoint does not depend on it).
  const reversed = [...order].reverse();
  expect([...goalLandmarks(p, reversed)]).toEqual([...expected].reverse());
}

describe('goalLandmarks', () => {
  it('flags exactly the nodes the goal needs, on random graphs and random subsets', () => {
    fc.assert(
      fc.property(caseArb, fc.integer(), ({ file, situation, goal }, seed) => {
        const p = problemOf(file, situation, goal);
        if (p === null) return;
        const rnd = seededRandom(seed);
        const all = p.ids.map((_, i) => i);
        check(p, all);
        check(
          p,
          all.filter((v) => v === p.goal || rnd() < 0.7),
        );
      }),
      { numRuns: propertyRuns(1000), seed: PROPERTY_SEED },
    );
  });

  it('flags exactly the nodes the goal needs on deep lattices (sets of hundreds of nodes)', () => {
    let large = 0;
    for (let seed = 1; seed <= 4; seed++) {
      const p = problemOf(deepLattice(400, 8, seed), { holds: ['deep-root'] }, 'deep-goal');
      if (p === null) throw new Error('no problem');
      const closure = justificationClosure(p, knuth(p, 'max', p.months).via);
      const all = p.ids.map((_, i) => i);
      for (const nodes of [closure, all]) {
        if (nodes.length > 32) large++;
        check(p, nodes);
      }
    }
    expect(large).toBeGreaterThan(4);
  });
});
