// The pass without one node made from the pass with it (knuthWithout) against the whole pass run
// without that node (knuth's `without`): the same values for every node left out, every mode and
// weight; its ways give those values and never lead round in a cycle.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deepLattice } from '../../../scripts/bench/shapes';
import { stepWeights } from '../../../src/domain/planner/candidate';
import { type Fixpoint, knuth, SUM_CEILING } from '../../../src/domain/planner/derivations';
import type { Problem } from '../../../src/domain/planner/problem';
import { knuthWithout } from '../../../src/domain/planner/without-pass';
import { PROPERTY_SEED, propertyRuns } from '../../support/property-runs';
import { problemOf } from './problems';
import { caseArb } from './random-graphs';

/** Each finite value is its way's: the node's weight plus its conditions' values combined. */
function waysGiveValues(p: Problem, mode: 'max' | 'sum', weight: ArrayLike<number>, fix: Fixpoint): void {
  for (let v = 0; v < p.ids.length; v++) {
    const value = fix.value[v] ?? Number.NaN;
    const g = fix.via[v] ?? -1;
    if (!Number.isFinite(value)) {
      expect(g).toBe(-1);
      continue;
    }
    expect(p.wayOwner[g]).toBe(v);
    let a = mode === 'max' ? (p.wayBase[g] ?? 0) : 0;
    for (let c = p.condStart[g] ?? 0; c < (p.condStart[g + 1] ?? 0); c++) {
      const u = fix.value[p.condNode[c] ?? 0] ?? Number.NaN;
      a = mode === 'max' ? Math.max(a, u + (p.condDelay[c] ?? 0)) : Math.min(SUM_CEILING, a + u);
    }
    expect((weight[v] ?? 0) + a).toBe(value);
  }
}

/** Following the ways from any node never comes back to it. */
function acyclic(p: Problem, fix: Fixpoint): boolean {
  const state = new Uint8Array(p.ids.length); // 0 new, 1 on the path, 2 done
  for (let root = 0; root < p.ids.length; root++) {
    const stack: [number, number][] = [[root, 0]];
    while (stack.length > 0) {
      const top = stack[stack.length - 1] as [number, number];
      const [v, i] = top;
      const g = fix.via[v] ?? -1;
      if (i === 0) {
        if (state[v] === 2) {
          stack.pop();
          continue;
        }
        state[v] = 1;
      }
      const c = (p.condStart[g] ?? 0) + i;
      if (g < 0 || c >= (p.condStart[g + 1] ?? 0)) {
        state[v] = 2;
        stack.pop();
        continue;
      }
      top[1] = i + 1;
      const u = p.condNode[c] ?? 0;
      if (state[u] === 1) return false;
      if (state[u] === 0) stack.push([u, 0]);
    }
  }
  return true;
}

function agreesWithWholePass(p: Problem): void {
  const passes: ['max' | 'sum', ArrayLike<number>][] = [
    ['max', p.months],
    ['sum', p.cost],
    ['sum', stepWeights(p)],
  ];
  for (const [mode, weight] of passes) {
    const base = knuth(p, mode, weight);
    const before = { value: [...base.value], via: [...base.via] };
    for (let x = 0; x < p.ids.length; x++) {
      knuthWithout(p, mode, weight, base, x, (fix) => {
        expect([...fix.value]).toEqual([...knuth(p, mode, weight, null, x).value]);
        waysGiveValues(p, mode, weight, fix);
        expect(acyclic(p, fix)).toBe(true);
      });
      // The pass is made in base's arrays and put back once read.
      expect({ value: [...base.value], via: [...base.via] }).toEqual(before);
    }
  }
}

describe('knuthWithout against the whole pass without the node', () => {
  it('gives the same values on random graphs, cycles and experience included', () => {
    fc.assert(
      fc.property(caseArb, ({ file, situation, goal }) => {
        const p = problemOf(file, situation, goal);
        if (p !== null) agreesWithWholePass(p);
      }),
      { numRuns: propertyRuns(1_000, 100), seed: PROPERTY_SEED },
    );
  }, 300_000);

  it('gives the same values on a deep lattice of 120 nodes', () => {
    const p = problemOf(deepLattice(120, 6, 7), { holds: ['deep-root'] }, 'deep-goal');
    if (p === null) throw new Error('expected a problem');
    agreesWithWholePass(p);
  });
});
