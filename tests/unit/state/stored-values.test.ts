// The start-up checks of stored values (stored-values.ts, no zod) accept and refuse exactly what the
// view state's zod schemas do, with the same message, over a table of JSON values and fuzzed ones.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { OBJECTIVES } from '../../../src/domain/planner/types';
import { PACES } from '../../../src/domain/types';
import { type Check, isNumberWithin, isOneOf, isText, isTextOrNull } from '../../../src/state/stored-values';
import { MAX_YEARS } from '../../../src/state/view-state';
import {
  goalSchema,
  holdSchema,
  objectiveSchema,
  paceSchema,
  regionSchema,
  yearsValueSchema,
} from '../../../src/state/view-state-schema';
import { PROPERTY_SEED, propertyRuns } from '../../support/property-runs';

type Schema = {
  safeParse(v: unknown): { success: boolean; data?: unknown; error?: { issues: { message: string }[] } };
};

/** What zod says about `v`: the value, or the first issue's message. */
function zodSays(schema: Schema, v: unknown) {
  const r = schema.safeParse(v);
  return r.success ? { ok: true, value: r.data } : { ok: false, why: r.error?.issues[0]?.message };
}

const PAIRS: [string, Check<unknown>, Schema][] = [
  ['held item', isText, holdSchema],
  ['region', isText, regionSchema],
  ['goal', isTextOrNull, goalSchema],
  ['years', isNumberWithin(0, MAX_YEARS), yearsValueSchema],
  ['objective', isOneOf(OBJECTIVES), objectiveSchema],
  ['pace', isOneOf(PACES), paceSchema],
];

const VALUES: unknown[] = [
  'rhia',
  '',
  'months',
  'part-time',
  'full-time',
  'steps',
  0,
  -2,
  2.5,
  80,
  80.5,
  99,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  true,
  null,
  [],
  ['rhia'],
  {},
  { a: 1 },
];

describe('stored values are checked as the zod schemas would', () => {
  for (const [name, check, schema] of PAIRS) {
    it(`${name}: the same verdict and message for each value in the table`, () => {
      for (const v of VALUES) expect(check(v), JSON.stringify(v)).toEqual(zodSays(schema, v));
    });

    it(`${name}: the same verdict and message for any JSON value`, () => {
      fc.assert(
        fc.property(fc.jsonValue(), (v) => {
          expect(check(v)).toEqual(zodSays(schema, v));
        }),
        { seed: PROPERTY_SEED, numRuns: propertyRuns(200) },
      );
    });
  }
});
