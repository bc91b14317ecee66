// The summed completion bounds (disjoint-completion.ts) must be true lower bounds: on small random
// graphs, some with hidden choice nodes (the way limit at 1–4), for any set and open nodes, never
// above the least weight outside the set of any brute-forced set holding it whose every node can
// be obtained from the set itself (what every plan under a search branch is).

import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { buildCareerGraph } from '../../../src/domain/career-graph';
import { setWayLimit, WAY_LIMIT } from '../../../src/domain/planner/compile';
import { derivationOrder } from '../../../src/domain/planner/derivations';
import {
  disjointCompletionBound,
  levelTerms,
  oneLevelDisjoint,
  ownTermsOf,
} from '../../../src/domain/planner/disjoint-completion';
import { buildWhole, questionOf } from '../../../src/domain/planner/problem';
import { PROPERTY_SEED, propertyRuns } from '../../support/property-runs';
import { caseArb } from './random-graphs';

afterEach(() => {
  setWayLimit(WAY_LIMIT);
});

describe('disjointCompletionBound and oneLevelDisjoint', () => {
  it('never exceed the cheapest self-derivable completion of the set (brute force)', () => {
    fc.assert(
      fc.property(
        caseArb,
        fc.integer({ min: 1, max: 5 }),
        fc.array(fc.integer({ min: 0, max: 2 }), { minLength: 16, maxLength: 16 }),
        (c, limit, roles) => {
          setWayLimit(limit);
          const graph = buildCareerGraph(c.file);
          const p = buildWhole(graph, questionOf(c.situation, c.includePreferred), c.goal);
          const n = p.ids.length;
          if (n === 0 || n > 14) return;
          // Each node in the set (1), in the set and open (2), or outside it (0).
          const inSet = new Uint8Array(n);
          const open: number[] = [];
          const outside: number[] = [];
          for (let v = 0; v < n; v++) {
            if ((roles[v] ?? 0) > 0) inSet[v] = 1;
            else outside.push(v);
            if (roles[v] === 2) open.push(v);
          }
          const set = [...Array(n).keys()].filter((v) => inSet[v] === 1);
          for (const weight of [p.cost, new Float64Array(n).fill(1)]) {
            let least = Number.POSITIVE_INFINITY;
            for (let mask = 0; mask < 1 << outside.length; mask++) {
              const members = [...set];
              let w = 0;
              outside.forEach((v, i) => {
                if ((mask >> i) & 1) {
                  members.push(v);
                  w += weight[v] ?? 0;
                }
              });
              if (w < least && derivationOrder(p, members).length === members.length) least = w;
            }
            const bound = disjointCompletionBound(p, inSet, open, weight).bound;
            expect(bound).toBeLessThanOrEqual(least);
            const capped = disjointCompletionBound(p, inSet, open, weight, least / 2).bound;
            expect(capped).toBeLessThanOrEqual(least);
            const owner = new Int32Array(n).fill(-1);
            expect(oneLevelDisjoint(p, inSet, open, weight, owner).bound).toBeLessThanOrEqual(least);
            expect([...owner].every((x) => x === -1)).toBe(true);
          }
        },
      ),
      { numRuns: propertyRuns(1000), seed: PROPERTY_SEED },
    );
  }, 300_000);

  it('ownTermsOf gives levelTerms own terms for two weights in one sweep, its owner array left as it was', () => {
    fc.assert(
      fc.property(
        caseArb,
        fc.integer({ min: 1, max: 5 }),
        fc.array(fc.integer({ min: 0, max: 2 }), { minLength: 16, maxLength: 16 }),
        (c, limit, roles) => {
          setWayLimit(limit);
          const graph = buildCareerGraph(c.file);
          const p = buildWhole(graph, questionOf(c.situation, c.includePreferred), c.goal);
          const n = p.ids.length;
          if (n === 0) return;
          const inSet = new Uint8Array(n);
          const open: number[] = [];
          for (let v = 0; v < n; v++) {
            if ((roles[v % 16] ?? 0) > 0) inSet[v] = 1;
            if (roles[v % 16] === 2) open.push(v);
          }
          const ones = new Float64Array(n).fill(1);
          const owner = new Int32Array(n).fill(-1);
          const both = ownTermsOf(p, inSet, open, p.cost, ones, owner);
          expect(owner.every((x) => x === -1)).toBe(true);
          const cost = levelTerms(p, inSet, open, p.cost, owner);
          const steps = levelTerms(p, inSet, open, ones, owner);
          expect([...both.a]).toEqual([...cost.own]);
          expect([...both.b]).toEqual([...steps.own]);
          expect(both.looked).toBe(cost.looked + steps.looked);
        },
      ),
      { numRuns: propertyRuns(1000, 100), seed: PROPERTY_SEED },
    );
  });
});
