// Random small career graphs for property tests: mostly lattice-shaped (requirements point at
// earlier nodes), sometimes with cycles; all-of, one-of, experience, regions, held roles.

import fc from 'fast-check';
import type { CareerGraphFile, Requirement, Situation } from '../../../src/domain/types';
import { fileOf, type Row } from './tables';

const IDS = 'abcdefghij'.split('');

function requirementArb(ids: string[], roles: string[]): fc.Arbitrary<Requirement> {
  const leaf = fc.constantFrom(...ids);
  const exp =
    roles.length > 0
      ? fc.record({ experience: fc.constantFrom(...roles), years: fc.integer({ min: 1, max: 3 }) })
      : leaf;
  const { node } = fc.letrec<{ node: Requirement }>((tie) => ({
    node: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      { arbitrary: leaf, weight: 2 },
      { arbitrary: exp, weight: 1 },
      { arbitrary: fc.record({ allOf: fc.array(tie('node'), { minLength: 1, maxLength: 3 }) }), weight: 1 },
      { arbitrary: fc.record({ anyOf: fc.array(tie('node'), { minLength: 2, maxLength: 3 }) }), weight: 3 },
    ),
  }));
  return node;
}

export interface Case {
  file: CareerGraphFile;
  situation: Situation;
  goal: string;
  alternatives: number;
  /** Count `prefers` as requirements. */
  includePreferred: boolean;
}

export const caseArb: fc.Arbitrary<Case> = fc
  .record({
    n: fc.oneof(fc.integer({ min: 1, max: 10 }), fc.integer({ min: 7, max: 10 })),
    roles: fc.array(fc.boolean(), { minLength: 10, maxLength: 10 }),
    // Mostly lattice-shaped (requirements point at earlier nodes); sometimes anything, cycles included.
    backward: fc.array(fc.boolean(), { minLength: 10, maxLength: 10 }),
  })
  .chain(({ n, roles, backward }) => {
    const ids = IDS.slice(0, n);
    const roleIds = ids.filter((_, i) => roles[i]);
    const row = (id: string, i: number): fc.Arbitrary<Row> => {
      const pool = backward[i] !== false && i > 0 ? ids.slice(0, i) : ids;
      const poolRoles = roleIds.filter((r) => pool.includes(r));
      return fc.record({
        id: fc.constant(id),
        kind: fc.constant(roleIds.includes(id) ? ('role' as const) : ('education' as const)),
        months: fc.integer({ min: 0, max: 12 }),
        cost: fc.integer({ min: 0, max: 4 }),
        requires: fc.option(requirementArb(pool, poolRoles), { nil: undefined, freq: i === 0 ? 1 : 6 }),
        prefers: fc.option(requirementArb(pool, poolRoles), { nil: undefined, freq: 4 }),
        regions: fc.option(fc.constantFrom(['NJ'], ['CA'], ['CA', 'NJ']), { nil: undefined, freq: 6 }),
      });
    };
    const early = ids.slice(0, Math.max(1, Math.ceil(n / 2)));
    return fc.record({
      rows: fc.tuple(...ids.map(row)),
      holds: fc.subarray(early, { maxLength: Math.min(2, early.length) }),
      years: fc.integer({ min: 0, max: 3 }),
      region: fc.constantFrom(undefined, 'NJ'),
      goal: fc.constantFrom(...ids.slice(Math.floor(n / 2))),
      alternatives: fc.integer({ min: 1, max: 4 }),
      includePreferred: fc.boolean(),
    });
  })
  .map(({ rows, holds, years, region, goal, alternatives, includePreferred }) => ({
    file: fileOf(rows),
    situation: {
      holds,
      years: Object.fromEntries(holds.filter((h) => roleOf(rows, h)).map((h) => [h, years])),
      ...(region !== undefined ? { region } : {}),
    },
    goal,
    alternatives,
    includePreferred,
  }));

function roleOf(rows: Row[], id: string): boolean {
  return rows.some((r) => r.id === id && r.kind === 'role');
}
