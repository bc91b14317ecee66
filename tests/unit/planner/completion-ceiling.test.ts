// The ceiling the branch and bound reads before the cost and steps completion bound: it must never
// be below that bound (else a cut would be missed and a search node kept that the bound would cut;
// the plans would still be right, but the search would no longer be the one it was meant to be).

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildCareerGraph } from '../../../src/domain/career-graph';
import { chainValues, completionBound, completionCeiling } from '../../../src/domain/planner/derivations';
import { buildWhole, questionOf } from '../../../src/domain/planner/problem';
import { PROPERTY_SEED, propertyRuns } from '../../support/property-runs';
import { caseArb } from './random-graphs';

describe('completionCeiling', () => {
  it('is at least completionBound, with and without a cap, for any set and open nodes', () => {
    fc.assert(
      fc.property(
        caseArb,
        fc.array(fc.integer({ min: 0, max: 2 }), { minLength: 10, maxLength: 10 }),
        fc.integer({ min: 0, max: 20 }),
        (c, roles, cap) => {
          const graph = buildCareerGraph(c.file);
          const p = buildWhole(graph, questionOf(c.situation, c.includePreferred), c.goal);
          const n = p.ids.length;
          if (n === 0) return;
          // Each node in the set (1), open (2) or neither (0).
          const inSet = new Uint8Array(n);
          const open: number[] = [];
          for (let v = 0; v < n; v++) {
            if (roles[v] === 1) inSet[v] = 1;
            else if (roles[v] === 2) open.push(v);
          }
          for (const weight of [p.cost, new Float64Array(n).fill(1)]) {
            const { ceiling } = completionCeiling(p, inSet, open, chainValues(p, weight));
            expect(ceiling).toBeGreaterThanOrEqual(completionBound(p, inSet, open, weight));
            expect(ceiling).toBeGreaterThanOrEqual(completionBound(p, inSet, open, weight, cap));
          }
        },
      ),
      { numRuns: propertyRuns(2000), seed: PROPERTY_SEED },
    );
  });
});
