// `npm run plan` arguments with numbers and codes (issue 12): bad --years and --region values and
// years on a non-role are errors naming the accepted form; data reaches the terminal escaped.

import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeForTerminal, parseRegion, parseYears } from '../../../scripts/cli-args';
import { runPlan } from '../../../scripts/plan';
import { PROPERTY_SEED, propertyRuns } from '../../support/property-runs';

const FIXTURE = 'tests/fixtures/planner-cli.json';
const HOSTILE = (() => {
  const file = JSON.parse(readFileSync(FIXTURE, 'utf8'));
  for (const node of file.nodes) {
    if (node.id === 'rhia') node.label = 'RHIA\u001b[2J\u001b]0;pwned\u0007 \u009b31m\u202eevil';
  }
  return JSON.stringify(file);
})();

function run(...argv: string[]): { code: number; out: string; err: string } {
  const out: string[] = [];
  const err: string[] = [];
  const code = runPlan(argv, {
    out: (l) => out.push(l),
    err: (l) => err.push(l),
    readFile: (path) => (path === 'hostile.json' ? HOSTILE : readFileSync(path, 'utf8')),
  });
  return { code, out: out.join('\n'), err: err.join('\n') };
}
const plan = (...argv: string[]) => run('--data', FIXTURE, '--goal', 'him-manager', ...argv);
const YEARS_FORM = 'role=years, with years a decimal number from 0 to 80, like medical-coder=2.5';

describe('--years', () => {
  it.each([
    ['medical-coder=2', { 'medical-coder': 2 }],
    ['medical-coder=2.5, medical-biller=.5', { 'medical-coder': 2.5, 'medical-biller': 0.5 }],
    ['medical-coder=0', { 'medical-coder': 0 }],
    ['medical-coder=80', { 'medical-coder': 80 }],
  ])('accepts %s', (text, years) => {
    const parsed = parseYears(text);
    expect(parsed.ok && { ...parsed.value }).toEqual(years);
  });

  it.each(['0x10', 'Infinity', '1000', '80.01', '-1', '1e1', '', 'NaN', '2=3', '2 years', '0b1', '١'])(
    'medical-coder=%s is an error naming the accepted form, exit 1',
    (n) => {
      const r = plan('--years', `medical-coder=${n}`);
      expect(r.code).toBe(1);
      expect(r.out).toBe('');
      expect(r.err.split('\n')[0]).toBe(
        `plan: --years: "medical-coder=${n.trim()}" has no valid number of years (expected ${YEARS_FORM})`,
      );
    },
  );

  it('an entry without a role id, or a role given twice, is an error', () => {
    expect(parseYears('=2')).toEqual({
      ok: false,
      message: `--years: "=2" does not start with a role id (expected ${YEARS_FORM})`,
    });
    expect(parseYears('__proto__=2')).toEqual({
      ok: false,
      message: `--years: "__proto__=2" does not start with a role id (expected ${YEARS_FORM})`,
    });
    expect(parseYears('medical-coder=1,medical-coder=2')).toEqual({
      ok: false,
      message: '--years: "medical-coder" is given twice (expected each role once)',
    });
  });

  it('"constructor" is an id like any other: unknown here, never Object', () => {
    const parsed = parseYears('constructor=2');
    expect(parsed.ok && Object.getPrototypeOf(parsed.value)).toBe(null);
    const r = plan('--years', 'constructor=2');
    expect(r.code).toBe(1);
    expect(r.err).toContain('unknown id "constructor"');
  });

  it.each([
    ['rhia', 'a credential'],
    ['bachelor-him', 'an education'],
    ['state-license', 'a license'],
  ])('years on %s (not a role) are an error', (id, kind) => {
    const r = plan('--years', `${id}=2`);
    expect(r).toEqual({
      code: 1,
      out: '',
      err: `plan: --years: "${id}" is ${kind}, not a role (expected years only for roles: experience is time in a job)`,
    });
  });

  it('years on a role still plan', () => {
    const r = plan('--years', 'medical-coder=3');
    expect(r.code).toBe(0);
    expect(r.out).toContain('Holding: MEDICAL-CODER [medical-coder] (3 yr)');
  });
});

describe('--region', () => {
  it.each(['NJ', 'US-NJ', 'CA'])('accepts %s', (region) => {
    expect(parseRegion(region)).toEqual({ ok: true, value: region });
  });

  it.each(['<script>', 'new jersey', 'nj', 'N', 'US-NJ-X', 'NJ\u001b[2J'])(
    '%j is an error naming the accepted form',
    (region) => {
      const r = plan('--region', region);
      expect(r.code).toBe(1);
      expect(r.out).toBe('');
      expect(r.err.split('\n')[0]).toBe(
        `plan: --region: "${escapeForTerminal(region)}" is not a region code (expected a region code in capitals, like "NJ" or "US-NJ")`,
      );
      expect(r.err).not.toContain('\u001b');
    },
  );
});

describe('text from data on the terminal', () => {
  it('escapes control characters, C1 controls and bidi overrides', () => {
    expect(escapeForTerminal('a\u001b[31mb\u009bc\u202ed\u0007\ud800e😀\tf')).toBe(
      'a\\u001b[31mb\\u009bc\\u202ed\\u0007\\ud800e😀\tf',
    );
  });

  it('a label with escape sequences prints as visible text, in text and JSON output', () => {
    const text = run('--data', 'hostile.json', '--goal', 'rhia', '--holds', 'bachelor-him');
    expect(text.code).toBe(0);
    expect(text.out).toContain('Goal: RHIA\\u001b[2J\\u001b]0;pwned\\u0007 \\u009b31m\\u202eevil [rhia]');
    expect(escapeForTerminal(text.out)).toBe(text.out); // nothing left to escape

    const json = run('--data', 'hostile.json', '--goal', 'rhia', '--holds', 'bachelor-him', '--json');
    expect(json.code).toBe(0);
    expect(escapeForTerminal(json.out)).toBe(json.out);
    // The escapes are JSON escapes: a program reading the output gets the label back intact.
    const doc = JSON.parse(json.out);
    expect(doc.plans[0].steps.at(-1).label).toBe('RHIA\u001b[2J\u001b]0;pwned\u0007 \u009b31m\u202eevil');
  });
});

describe('fuzzed arguments', () => {
  const IDS = [
    'him-manager',
    'rhia',
    'medical-coder',
    'state-license',
    'constructor',
    '__proto__',
    'toString',
  ];
  const value = fc.oneof(
    fc.string({ unit: 'binary', maxLength: 30 }),
    fc.constantFrom(...IDS),
    fc
      .tuple(fc.constantFrom(...IDS), fc.constantFrom('0x10', 'Infinity', '1e3', '2', '-1', '80', '', '='))
      .map(([id, n]) => `${id}=${n}`),
  );
  const flag = fc.constantFrom(
    '--goal',
    '--holds',
    '--years',
    '--region',
    '--by',
    '--alternatives',
    '--json',
    '--preferred',
  );

  it('any arguments: exit 0 or 1, never a throw, nothing printed unescaped', { timeout: 120_000 }, () => {
    const codes = new Set<number>();
    fc.assert(
      fc.property(fc.array(fc.tuple(flag, value), { maxLength: 5 }), (pairs) => {
        const argv = [
          '--data',
          FIXTURE,
          ...pairs.flatMap(([f, v]) => (f === '--json' || f === '--preferred' ? [f] : [f, v])),
        ];
        const r = run(...argv);
        expect([0, 1]).toContain(r.code);
        codes.add(r.code);
        expect(escapeForTerminal(r.out)).toBe(r.out);
        expect(escapeForTerminal(r.err)).toBe(r.err);
      }),
      { numRuns: propertyRuns(1000), seed: PROPERTY_SEED },
    );
    expect([...codes].sort()).toEqual([0, 1]); // both plans and errors were reached
  });
});
