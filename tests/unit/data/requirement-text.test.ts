// The requirement text syntax: exact trees for each form and precedence, canonical printing, errors
// with their columns, the depth limit, and parse(print(r)) = r for random requirements.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  MAX_REQUIREMENT_TEXT_DEPTH,
  parseRequirementText,
  printRequirement,
} from '../../../src/data/requirement-text';
import type { Requirement } from '../../../src/domain/types';
import { PROPERTY_SEED, propertyRuns } from '../../support/property-runs';

const parsed = (text: string): Requirement => {
  const r = parseRequirementText(text);
  if (!r.ok) throw new Error(`did not parse: ${r.message}`);
  return r.requirement;
};
const failure = (text: string) => {
  const r = parseRequirementText(text);
  if (r.ok) throw new Error(`parsed: ${JSON.stringify(r.requirement)}`);
  return { message: r.message, column: r.column };
};
const exp = (experience: string, years: number) => ({ experience, years });

describe('parseRequirementText', () => {
  it('reads ids, one of, all of and experience', () => {
    expect(parsed('rhit')).toEqual('rhit');
    expect(parsed('bachelor-him or master-him')).toEqual({ anyOf: ['bachelor-him', 'master-him'] });
    expect(parsed('high-school-diploma and (3 yr medical-coder or 3 yr medical-biller)')).toEqual({
      allOf: ['high-school-diploma', { anyOf: [exp('medical-coder', 3), exp('medical-biller', 3)] }],
    });
    expect(parsed('1.5 yr medical-coder')).toEqual(exp('medical-coder', 1.5));
    expect(parsed('.5 years a')).toEqual(exp('a', 0.5));
    expect(parsed('2 YRS a')).toEqual(exp('a', 2));
    expect(parsed('1 year a')).toEqual(exp('a', 1));
  });

  it('binds and tighter than or, and keeps runs of one operator as one group', () => {
    expect(parsed('a or b and c or d')).toEqual({ anyOf: ['a', { allOf: ['b', 'c'] }, 'd'] });
    expect(parsed('a and b or c and d')).toEqual({ anyOf: [{ allOf: ['a', 'b'] }, { allOf: ['c', 'd'] }] });
    expect(parsed('a and b and c')).toEqual({ allOf: ['a', 'b', 'c'] });
    expect(parsed('(a and b) or c')).toEqual({ anyOf: [{ allOf: ['a', 'b'] }, 'c'] });
    expect(parsed('a and (b or c) and d')).toEqual({ allOf: ['a', { anyOf: ['b', 'c'] }, 'd'] });
  });

  it('keeps parenthesised runs of the same operator as nested groups; redundant parentheses add nothing', () => {
    expect(parsed('(a or b) or c')).toEqual({ anyOf: [{ anyOf: ['a', 'b'] }, 'c'] });
    expect(parsed('a and (b and c)')).toEqual({ allOf: ['a', { allOf: ['b', 'c'] }] });
    expect(parsed('((a or b))')).toEqual({ anyOf: ['a', 'b'] });
    expect(parsed('((a))')).toEqual('a');
  });

  it('reads the explicit group forms, with one member, several, or none', () => {
    expect(parsed('all of (a)')).toEqual({ allOf: ['a'] });
    expect(parsed('one of (2 yr a)')).toEqual({ anyOf: [exp('a', 2)] });
    expect(parsed('ALL OF (a, b or c)')).toEqual({ allOf: ['a', { anyOf: ['b', 'c'] }] });
    expect(parsed('one of (a and b)')).toEqual({ anyOf: [{ allOf: ['a', 'b'] }] });
    expect(parsed('all of ()')).toEqual({ allOf: [] });
  });

  it('accepts keywords as ids where they cannot be keywords, and any id in quotes', () => {
    expect(parsed('all or of')).toEqual({ anyOf: ['all', 'of'] });
    expect(parsed('3 and yr')).toEqual({ allOf: ['3', 'yr'] });
    expect(parsed('2 yr yr')).toEqual(exp('yr', 2));
    expect(parsed('"and" or "or"')).toEqual({ anyOf: ['and', 'or'] });
    expect(parsed('"Not Kebab"')).toEqual('Not Kebab');
  });

  it('says what was expected, after what, and at which column', () => {
    expect(failure('bachelor-him or')).toEqual({
      message: "expected a node id after 'or' at column 14, found the end of the text",
      column: 14,
    });
    expect(failure('a or )')).toEqual({
      message: "expected a node id after 'or' at column 3, found ')' at column 6",
      column: 6,
    });
    expect(failure('a b')).toEqual({
      message: "expected 'and', 'or' or the end after 'a' at column 1, found 'b' at column 3",
      column: 3,
    });
    expect(failure('(a or b')).toEqual({
      message: "expected ')' to close the '(' of column 1 after 'b' at column 7, found the end of the text",
      column: 7,
    });
    expect(failure('a)').message).toBe("')' at column 2 closes nothing");
    expect(failure('3 medical-coder')).toEqual({
      message:
        "expected 'yr' (as in '2 yr medical-coder') after '3' at column 1, found 'medical-coder' at column 3",
      column: 3,
    });
    expect(failure('a or and').message).toBe(
      "expected a node id after 'or' at column 3, found 'and' at column 6 (an id that is a keyword is written in quotes: \"and\")",
    );
    expect(failure('a and Medical-Coder')).toEqual({
      message:
        "'Medical-Coder' at column 7 is not a node id (expected kebab-case: lower-case letters and digits joined by hyphens, like medical-coder)",
      column: 7,
    });
    expect(failure('0 yr a')).toEqual({
      message: '0 years at column 1: years must be more than 0',
      column: 1,
    });
    expect(failure('2 yr')).toEqual({
      message: "expected a role id after 'yr' at column 3, found the end of the text",
      column: 3,
    });
    expect(failure('   ').message).toBe('the requirement is empty (expected a node id)');
    expect(failure('a or "b').message).toBe('the quote at column 6 is never closed');
    expect(failure('all of (a b)').column).toBe(11);
  });

  it('refuses nesting beyond the limit without deep recursion', () => {
    const nested = (levels: number) => `${'('.repeat(levels)}a${')'.repeat(levels)}`;
    expect(parsed(nested(MAX_REQUIREMENT_TEXT_DEPTH))).toBe('a');
    expect(failure(nested(MAX_REQUIREMENT_TEXT_DEPTH + 1))).toEqual({
      message: 'parentheses nest more than 32 deep at column 33',
      column: 33,
    });
    expect(failure(nested(100_000)).column).toBe(33);
    // 31 groups around a leaf are 32 levels: allowed; one more group is not.
    const groups = (n: number) => {
      let text = 'a';
      for (let i = 0; i < n; i++) text = i % 2 ? `(${text}) and b` : `(${text}) or b`;
      return text;
    };
    expect(parseRequirementText(groups(MAX_REQUIREMENT_TEXT_DEPTH - 1)).ok).toBe(true);
    expect(failure(groups(MAX_REQUIREMENT_TEXT_DEPTH)).message).toMatch(
      /^the requirement nests more than 32 levels deep at column \d+$/,
    );
  });
});

describe('printRequirement', () => {
  it('prints the canonical text', () => {
    expect(printRequirement({ anyOf: ['a', { allOf: ['b', 'c'] }, exp('d', 1.5)] })).toBe(
      'a or (b and c) or 1.5 yr d',
    );
    expect(printRequirement({ allOf: [{ allOf: ['a', 'b'] }, { anyOf: ['c'] }] })).toBe(
      '(a and b) and one of (c)',
    );
    expect(printRequirement({ anyOf: ['and', 'x y'] })).toBe('"and" or "x y"');
    expect(printRequirement({ allOf: [] })).toBe('all of ()');
  });

  it('print(parse(text)) is canonical: printing again changes nothing', () => {
    for (const text of ['a  or b AND c', '((a)) and (b)', 'all of (a, b)', '1.50 YEARS x or y']) {
      const once = printRequirement(parsed(text));
      expect(printRequirement(parsed(once))).toBe(once);
    }
    expect(printRequirement(parsed('all of (a, b)'))).toBe('a and b');
    expect(printRequirement(parsed('1.50 YEARS x'))).toBe('1.5 yr x');
  });

  it('refuses a tree deeper than the limit', () => {
    let r: Requirement = 'a';
    for (let i = 1; i < MAX_REQUIREMENT_TEXT_DEPTH; i++) r = { allOf: [r] };
    expect(parsed(printRequirement(r))).toEqual(r);
    expect(() => printRequirement({ anyOf: [r] })).toThrow(RangeError);
  });

  it('parse(print(r)) = r for every requirement up to the depth limit', () => {
    const ids = fc.oneof(
      fc.constantFrom('a', 'b-2', '3', 'and', 'or', 'all', 'one', 'of', 'yr', 'years', 'x y', 'Up'),
      fc.stringMatching(/^[a-z0-9]{1,4}(-[a-z0-9]{1,3}){0,2}$/),
    );
    const years = fc.oneof(
      fc.constantFrom(0.5, 1, 1.5, 3, 1e-7, 1e21, 0.1 + 0.2),
      fc.double({ min: Number.MIN_VALUE, max: 80, noNaN: true }),
    );
    const { requirement } = fc.letrec<{ requirement: Requirement }>((tie) => ({
      requirement: fc.oneof(
        { depthSize: 'small', maxDepth: 8 },
        ids,
        fc.record({ experience: ids, years }),
        fc.record({ allOf: fc.array(tie('requirement'), { minLength: 1, maxLength: 4 }) }),
        fc.record({ anyOf: fc.array(tie('requirement'), { minLength: 1, maxLength: 4 }) }),
      ),
    }));
    fc.assert(
      fc.property(requirement, (r) => {
        expect(parseRequirementText(printRequirement(r))).toEqual({ ok: true, requirement: r });
      }),
      { numRuns: propertyRuns(2000), seed: PROPERTY_SEED },
    );
  });
});
