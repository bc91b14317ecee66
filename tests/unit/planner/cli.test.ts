// The `npm run plan` command, run in-process on a fixture: text and JSON output, exit codes,
// unknown ids with suggestions, invalid data files.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runPlan } from '../../../scripts/plan';
import { fileOf } from './tables';

const FIXTURE = 'tests/fixtures/planner-cli.json';
const FEES = JSON.stringify({
  ...fileOf([
    { id: 'course', months: 2, cost: 500 },
    { id: 'exam', kind: 'credential', requires: 'course' },
  ]),
  nodes: [
    { id: 'course', kind: 'education', label: 'Course', months: 2, cost: 500, sources: ['test'] },
    {
      id: 'exam',
      kind: 'credential',
      label: 'Exam',
      costKnown: false,
      requires: 'course',
      sources: ['test'],
    },
  ],
});

function run(...argv: string[]): { code: number; out: string; err: string } {
  const out: string[] = [];
  const err: string[] = [];
  const files: Record<string, string> = {
    'bad.json': '{"format": 1, "nodes": [{"id": "A"}]}',
    'fees.json': FEES,
    'lengths.json': FEES.replace('"label":"Course","months":2,', '"label":"Course","monthsKnown":false,'),
  };
  const code = runPlan(['--data', FIXTURE, ...argv], {
    out: (l) => out.push(l),
    err: (l) => err.push(l),
    readFile: (path) => files[path] ?? readFileSync(path, 'utf8'),
  });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('npm run plan', () => {
  it('prints numbered steps, totals and alternatives', () => {
    const r = run('--goal', 'him-manager', '--holds', 'high-school-diploma');
    expect(r.code).toBe(0);
    expect(r.err).toBe('');
    expect(r.out).toBe(
      [
        'Goal: HIM-MANAGER [him-manager]',
        'Holding: high-school-diploma',
        'Ranked by months, then cost, then steps, then ids',
        '',
        'Best plan: 54 months, $42,300, 5 steps',
        '  1. CODING-CERTIFICATE [coding-certificate, education]: months 0–6, $2,000 (for MEDICAL-CODER: one of its options)',
        '  2. BACHELOR-HIM [bachelor-him, education]: months 0–48, $40,000 (for RHIA: one of its options)',
        '  3. MEDICAL-CODER [medical-coder, role]: months 6–8, $0 (for HIM-MANAGER: 3 years in this role)',
        '  4. RHIA [rhia, credential]: months 48–51, $300 (for HIM-MANAGER: required)',
        '  5. HIM-MANAGER [him-manager, role]: months 51–54, $0',
        '  Salary: $110,000 a year (national median, 2024)',
        '',
        'Alternative 1: 65 months, $8,300, 4 steps',
        '  1. ASSOCIATE-HIM [associate-him, education]: months 0–24, $8,000 (for MEDICAL-CODER: one of its options; for RHIA: required)',
        '  2. MEDICAL-CODER [medical-coder, role]: months 24–26, $0 (for HIM-MANAGER: 3 years in this role; for RHIA: 2 years in this role)',
        '  3. RHIA [rhia, credential]: months 50–53, $300 (for HIM-MANAGER: required)',
        '  4. HIM-MANAGER [him-manager, role]: months 62–65, $0',
        '  Salary: $110,000 a year (national median, 2024)',
        '',
        'No other plans with a different set of steps.',
      ].join('\n'),
    );
  });

  it('says when a fee is not known instead of counting it as nothing', () => {
    const r = run('--goal', 'exam', '--data', 'fees.json');
    expect([r.code, r.err]).toEqual([0, '']);
    expect(r.out.split('\n').slice(4, 7)).toEqual([
      'Best plan: 2 months, $500 + 1 fee not known, 2 steps',
      '  1. Course [course, education]: months 0–2, $500 (for Exam: required)',
      '  2. Exam [exam, credential]: months 2–2, fee not known',
    ]);
  });

  it('says when a length is not known instead of counting it as no time', () => {
    const r = run('--goal', 'exam', '--data', 'lengths.json');
    expect([r.code, r.err]).toEqual([0, '']);
    expect(r.out.split('\n').slice(4, 7)).toEqual([
      'Best plan: 0 months + 1 length not known, $500 + 1 fee not known, 2 steps',
      '  1. Course [course, education]: months 0–0 (length not known), $500 (for Exam: required)',
      '  2. Exam [exam, credential]: months 0–0, fee not known',
    ]);
  });

  it('prints exactly one JSON document with --json', () => {
    const r = run(
      '--goal',
      'him-manager',
      '--years',
      'medical-coder=2',
      '--holds',
      'associate-him',
      '--json',
    );
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toEqual({
      goal: 'him-manager',
      by: 'months',
      plans: [
        {
          steps: [
            { id: 'rhia', label: 'RHIA', kind: 'credential', start: 0, end: 3, cost: 300 },
            { id: 'him-manager', label: 'HIM-MANAGER', kind: 'role', start: 12, end: 15, cost: 0 },
          ],
          totals: { months: 15, cost: 300, steps: 2 },
          optimal: true,
        },
      ],
    });
  });

  it('answers a valid question without a plan with exit 0, no plans and the reason', () => {
    const r = run('--goal', 'state-license', '--region', 'NJ', '--by', 'cost', '--json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toEqual({
      goal: 'state-license',
      by: 'cost',
      plans: [],
      reason: 'No plan reaches STATE-LICENSE. STATE-LICENSE is offered only in: CA (you chose NJ).',
    });
    expect(run('--goal', 'state-license', '--region', 'NJ').out).toContain(
      'offered only in: CA (you chose NJ)',
    );
  });

  it('names unknown ids with the closest existing ones, exit 1', () => {
    const r = run('--goal', 'rhai');
    expect([r.code, r.out]).toEqual([1, '']);
    expect(r.err).toBe(`plan: --goal: unknown id "rhai" in ${FIXTURE}; closest: "rhia"`);
    const held = run('--goal', 'rhia', '--holds', 'high-school-diplom');
    expect(held.code).toBe(1);
    expect(held.err).toContain('plan: --holds: unknown id "high-school-diplom"');
    expect(held.err).toContain('closest: "high-school-diploma"');
  });

  it('rejects bad arguments with exit 1', () => {
    for (const argv of [
      ['--holds', 'rhia'],
      ['--goal', 'rhia', '--by', 'speed'],
      ['--goal', 'rhia', '--alternatives', '0'],
      ['--goal', 'rhia', '--years', 'medical-coder'],
      ['--goal', 'rhia', '--colour', 'red'],
    ]) {
      const r = run(...argv);
      expect([argv, r.code, r.out]).toEqual([argv, 1, '']);
      expect(r.err).toMatch(/^plan: /);
    }
  });

  it('prints the validator’s full list for an invalid data file, exit 1', () => {
    const r = run('--goal', 'a', '--data', 'bad.json');
    expect(r.code).toBe(1);
    const lines = r.err.split('\n');
    expect(lines).toContain('bad.json: $.title (line 1, column 1): is missing (expected a string)');
    expect(lines.at(-1)).toBe(`bad.json: ${lines.length - 1} problem(s)`);
    expect(lines.length).toBeGreaterThan(4);
  });
});
