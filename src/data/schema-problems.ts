// Turns the runtime schema's issues into problems that say what is wrong and what is expected.
// Recursive only through requirement unions, which are at most MAX_REQUIREMENT_DEPTH deep here.

import { EXPECTED } from './format-schema';
import { describeValue, formatJsonPath, type PathSegment, valueAt } from './json-path';
import type { Problem } from './problem';
import type { z } from './zod';

type Issue = z.core.$ZodIssue;

const REQUIREMENT_BRANCH = { allOf: 1, anyOf: 2, experience: 3 } as const;

function article(type: string): string {
  return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}

function bound(issue: Extract<Issue, { code: 'too_small' | 'too_big' }>): string {
  const limit = issue.code === 'too_small' ? issue.minimum : issue.maximum;
  if (issue.origin === 'array') {
    const items = `${limit} item${Number(limit) === 1 ? '' : 's'}`;
    return issue.code === 'too_small' ? `at least ${items}` : `at most ${items}`;
  }
  if (issue.origin === 'string') return 'a non-empty text';
  const op = issue.code === 'too_small' ? (issue.inclusive ? '≥' : '>') : issue.inclusive ? '≤' : '<';
  return `a number ${op} ${limit}`;
}

function problemFor(raw: unknown, issue: Issue, base: readonly PathSegment[]): Problem[] {
  const path = [...base, ...(issue.path as PathSegment[])];
  const value = valueAt(raw, path);
  const at = formatJsonPath(path);
  switch (issue.code) {
    case 'invalid_type':
      return [
        {
          path: at,
          message: value === undefined ? 'is missing' : `is ${describeValue(value)}`,
          expected:
            typeof value === 'number' && !Number.isFinite(value)
              ? 'a number within the limits in graph-data/README.md'
              : issue.expected === 'int'
                ? 'a whole number'
                : article(issue.expected),
        },
      ];
    case 'invalid_value':
      return [
        {
          path: at,
          message: `is ${describeValue(value)}`,
          expected:
            issue.values.length === 1
              ? JSON.stringify(issue.values[0])
              : `one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`,
        },
      ];
    case 'invalid_format':
    case 'custom':
      return [
        { path: at, message: `${describeValue(value)} is not in the right form`, expected: issue.message },
      ];
    case 'too_small':
    case 'too_big':
      return [{ path: at, message: `is ${describeValue(value)}`, expected: bound(issue) }];
    case 'unrecognized_keys':
      return issue.keys.map((key) => ({
        path: formatJsonPath([...path, key]),
        message: 'is not a field of the format (a typo?)',
        expected: 'only the fields listed in graph-data/README.md',
      }));
    case 'invalid_key':
      return [{ path: at, message: 'has a key that is not allowed', expected: EXPECTED.region }];
    case 'invalid_union': {
      if (issue.message === EXPECTED.year)
        return [{ path: at, message: `is ${describeValue(value)}`, expected: EXPECTED.year }];
      // Requirements are the only union: follow the branch the object's shape names, if exactly one.
      const keys =
        value !== null && typeof value === 'object' && !Array.isArray(value)
          ? Object.keys(value).filter((k): k is keyof typeof REQUIREMENT_BRANCH =>
              Object.hasOwn(REQUIREMENT_BRANCH, k),
            )
          : [];
      const branch = keys.length === 1 && keys[0] ? issue.errors[REQUIREMENT_BRANCH[keys[0]]] : undefined;
      if (branch) return branch.flatMap((inner) => problemFor(raw, inner, path));
      return [
        {
          path: at,
          message:
            keys.length > 1
              ? `mixes ${keys.join(' and ')} in one object`
              : `is ${describeValue(value)}, not a requirement`,
          expected: EXPECTED.requirement,
        },
      ];
    }
    default:
      return [{ path: at, message: issue.message, expected: 'the form described in graph-data/README.md' }];
  }
}

/** Problems for the issues of a schema that checked the value at `base` inside `raw`. */
export function schemaProblems(
  raw: unknown,
  issues: readonly Issue[],
  base: readonly PathSegment[] = [],
): Problem[] {
  return issues.flatMap((issue) => problemFor(raw, issue, base));
}
