// requirementWays on the shapes it takes shortcuts for (a one-of of ids and experience, an all-of
// starting from its first part, merges over distinct ids): the exact ways, in order, with reasons.

import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import {
  flatWays,
  type RawCond,
  type RawWay,
  requirementWays,
  setWayLimit,
  WAY_LIMIT,
} from '../../../src/domain/planner/compile';
import type { Requirement } from '../../../src/domain/types';
import { PROPERTY_SEED, propertyRuns } from '../../support/property-runs';

/** Each way as its conditions `id` or `id:years` (choices as `#n`). */
const short = (ways: RawWay[]): string[][] =>
  ways.map((w) =>
    w.conds.map((c) => (c.choice !== undefined ? `#${c.choice}` : c.years > 0 ? `${c.id}:${c.years}` : c.id)),
  );

describe('requirementWays shapes', () => {
  it('a one-of of ids and experience: one way each, in order, ids giving the one-of as their reason', () => {
    const r: Requirement = { anyOf: ['a', { experience: 'r', years: 2 }, 'b'] };
    const { ways, choices } = requirementWays(r);
    expect(short(ways)).toEqual([['a'], ['r:2'], ['b']]);
    expect(choices).toEqual([]);
    expect(ways[0]?.conds[0]?.reason).toEqual({ need: 'anyOf', path: '', part: r });
    expect(ways[2]?.conds[0]?.reason).toEqual({ need: 'anyOf', path: '', part: r });
    expect(ways[1]?.conds[0]?.reason).toEqual({
      need: 'experience',
      path: 'anyOf[1]',
      part: { experience: 'r', years: 2 },
      years: 2,
    });
  });

  it('a one-of whose later part has several ways keeps every way in order; the same id twice keeps the fewest years', () => {
    const r: Requirement = {
      anyOf: [
        'a',
        { experience: 'r', years: 3 },
        { allOf: ['b', { anyOf: ['c', 'd'] }] },
        { experience: 'r', years: 1 },
      ],
    };
    expect(short(requirementWays(r).ways)).toEqual([['a'], ['b', 'c'], ['b', 'd'], ['r:1']]);
  });

  it('an all-of multiplies its parts in order; a shared id keeps the longer experience and dominated ways go', () => {
    const r: Requirement = {
      allOf: [{ anyOf: ['a', 'b'] }, { anyOf: ['c', { experience: 'r', years: 1 }] }],
    };
    expect(short(requirementWays(r).ways)).toEqual([
      ['a', 'c'],
      ['a', 'r:1'],
      ['b', 'c'],
      ['b', 'r:1'],
    ]);
    const shared: Requirement = {
      allOf: [{ experience: 'r', years: 1 }, { anyOf: [{ experience: 'r', years: 2 }, 'a'] }],
    };
    expect(short(requirementWays(shared).ways)).toEqual([['r:2'], ['r:1', 'a']]);
    expect(short(requirementWays({ allOf: ['a'] }).ways)).toEqual([['a']]);
    expect(requirementWays({ allOf: ['a'] }).ways[0]?.conds[0]?.reason).toEqual({
      need: 'allOf',
      path: 'allOf[0]',
      part: 'a',
    });
  });

  it('preferences count as an all-of with the requirement, their reasons marked preferred', () => {
    const { ways } = requirementWays({ anyOf: ['a', 'b'] }, { experience: 'r', years: 2 });
    expect(short(ways)).toEqual([
      ['a', 'r:2'],
      ['b', 'r:2'],
    ]);
    expect(ways[0]?.conds[1]?.reason).toEqual({
      need: 'experience',
      path: '',
      part: { experience: 'r', years: 2 },
      years: 2,
      preferred: true,
    });
    expect(requirementWays(undefined, 'p').ways[0]?.conds[0]?.reason).toEqual({
      need: 'allOf',
      path: '',
      part: 'p',
      preferred: true,
    });
  });

  it('reasons made on demand name each leaf at its full path, however deep, preferred ones marked', () => {
    const inner: Requirement = { allOf: ['c', { experience: 't', years: 3 }] };
    const choice: Requirement = { anyOf: ['b', { experience: 's', years: 2 }, inner] };
    const r: Requirement = { allOf: ['a', { experience: 'r', years: 1 }, choice] };
    const reasons = new Map<string, unknown>();
    for (const way of requirementWays(r, { allOf: ['p'] }).ways)
      for (const c of way.conds) reasons.set(c.id, c.reason);
    expect(Object.fromEntries(reasons)).toEqual({
      a: { need: 'allOf', path: 'allOf[0]', part: 'a' },
      r: { need: 'experience', path: 'allOf[1]', part: { experience: 'r', years: 1 }, years: 1 },
      b: { need: 'anyOf', path: 'allOf[2]', part: choice },
      s: { need: 'experience', path: 'allOf[2].anyOf[1]', part: { experience: 's', years: 2 }, years: 2 },
      c: { need: 'allOf', path: 'allOf[2].anyOf[2].allOf[0]', part: 'c' },
      t: {
        need: 'experience',
        path: 'allOf[2].anyOf[2].allOf[1]',
        part: { experience: 't', years: 3 },
        years: 3,
      },
      p: { need: 'allOf', path: 'allOf[0]', part: 'p', preferred: true },
    });
  });
});

/**
 * What flatWays writes, as the node's own ways and each choice node's ways, each a list of
 * conditions (null: nothing, the shape is not a flat one).
 */
function flat(r: Requirement): { ways: RawCond[][]; choices: RawCond[][][] } | null {
  const written: RawCond[][] = [];
  const made = flatWays(r, (c) => {
    if (c === null) written.push([]);
    else written.at(-1)?.push(c);
  });
  if (made === null) return null;
  const choices: RawCond[][][] = [];
  let at = made.own;
  for (const count of made.choiceWays) {
    choices.push(written.slice(at, at + count));
    at += count;
  }
  expect(at).toBe(written.length);
  return { ways: written.slice(0, made.own), choices };
}

/** A condition as what the planner reads of it: id, years, choice and its reason. */
const readOf = (c: RawCond) => ({ id: c.id, years: c.years, choice: c.choice, reason: c.reason });

const leafArb: fc.Arbitrary<Requirement> = fc.oneof(
  fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f'),
  fc.record({ experience: fc.constantFrom('r', 's', 'a'), years: fc.constantFrom(1, 2, 0.5) }),
);
const { req: reqArb } = fc.letrec<{ req: Requirement }>((tie) => ({
  req: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    leafArb,
    fc.record({ anyOf: fc.array(tie('req'), { minLength: 0, maxLength: 4 }) }),
    fc.record({ allOf: fc.array(tie('req'), { minLength: 0, maxLength: 4 }) }),
  ),
}));

/** Flat shapes mostly (ids from a larger pool, so that most name each id once), to test flatWays where it writes. */
const flatLeafArb: fc.Arbitrary<Requirement> = fc.oneof(
  fc.constantFrom(...'abcdefghijkl'),
  fc.record({ experience: fc.constantFrom('r', 's', 't', 'u'), years: fc.constantFrom(1, 2, 0.5) }),
);
const flatPartArb = fc.oneof(
  flatLeafArb,
  fc.record({ anyOf: fc.array(flatLeafArb, { minLength: 1, maxLength: 4 }) }),
);
const flatArb: fc.Arbitrary<Requirement> = fc.oneof(
  flatPartArb,
  fc.record({ allOf: fc.array(flatPartArb, { minLength: 1, maxLength: 4 }) }),
);

describe('flatWays: requirementWays straight to the pool for flat shapes', () => {
  afterEach(() => {
    setWayLimit(WAY_LIMIT);
  });

  it('writes exactly the ways requirementWays gives (conditions, years, reasons, order) whenever it writes', () => {
    fc.assert(
      fc.property(
        fc.oneof(reqArb, flatArb),
        fc.oneof(fc.constant(WAY_LIMIT), fc.integer({ min: 1, max: 6 })),
        (r, limit) => {
          // Small limits too, so that all-ofs past the limit make choice nodes.
          setWayLimit(limit);
          const written = flat(r);
          if (written === null) return;
          const { ways, choices } = requirementWays(r);
          expect(written.ways.map((w) => w.map(readOf))).toEqual(ways.map((w) => w.conds.map(readOf)));
          expect(written.choices.map((c) => c.map((w) => w.map(readOf)))).toEqual(
            choices.map((c) => c.map((w) => w.conds.map(readOf))),
          );
        },
      ),
      { numRuns: propertyRuns(3000, 300), seed: PROPERTY_SEED },
    );
  });

  it('takes the common shapes and leaves the rest (a repeated id, nesting, an empty group) to requirementWays', () => {
    expect(flat('a')?.ways).toHaveLength(1);
    expect(flat({ experience: 'r', years: 2 })?.ways).toHaveLength(1);
    expect(flat({ anyOf: ['a', { experience: 'r', years: 2 }, 'b'] })?.ways).toHaveLength(3);
    const product: Requirement = {
      allOf: [{ anyOf: ['a', 'b'] }, 'c', { anyOf: ['d', { experience: 'r', years: 1 }] }],
    };
    expect(flat(product)?.ways).toHaveLength(4);
    // Past the way limit: one way over two choice nodes of two ways each, as requirementWays gives.
    setWayLimit(3);
    expect(flat(product)?.ways.map((w) => w.map((c) => c.choice ?? c.id))).toEqual([[0, 'c', 1]]);
    expect(flat(product)?.choices.map((c) => c.length)).toEqual([2, 2]);
    expect(flat({ anyOf: ['a', 'a'] })).toBeNull();
    expect(flat({ allOf: [{ anyOf: ['a', 'b'] }, 'a'] })).toBeNull();
    expect(flat({ anyOf: ['a', { allOf: ['b', 'c'] }] })).toBeNull();
    expect(flat({ anyOf: [] })).toBeNull();
    expect(flat({ allOf: [] })).toBeNull();
  });
});
