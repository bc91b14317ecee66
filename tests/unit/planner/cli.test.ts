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
  it('prints numbered steps, totals and alternatives, in the shared plan words', () => {
    const r = run('--goal', 'him-manager', '--holds', 'high-school-diploma');
    expect(r.code).toBe(0);
    expect(r.err).toBe('');
    const assumptions = [
      '  Study full time: programs take their usual length.',
      '  Work and study run side by side: years in a role keep counting while you study or prepare for an exam.',
    ];
    const salary =
      '  Salary: HIM-MANAGER: $110,000 a year (median, 2024, Test figures); no current salary to compare with';
    expect(r.out).toBe(
      [
        'Goal: HIM-MANAGER [him-manager]',
        'Holding: HIGH-SCHOOL-DIPLOMA [high-school-diploma]',
        'Ranked by months, then cost, then steps, then ids',
        '',
        'Best plan: 5 steps, 4 yr 6 mo, $42,300',
        '  1. BACHELOR-HIM [bachelor-him, education]: 4 yr · $40,000 · months 0–48',
        '       RHIA needs one of: BACHELOR-HIM; (all of: ASSOCIATE-HIM, 2 yr as MEDICAL-CODER).',
        '  2. CODING-CERTIFICATE [coding-certificate, education]: 6 mo · $2,000 · months 7–13',
        '       MEDICAL-CODER needs one of: CODING-CERTIFICATE, ASSOCIATE-HIM.',
        '  3. MEDICAL-CODER [medical-coder, role]: 2 mo · $0 · months 13–15',
        '       HIM-MANAGER needs 3 yr as MEDICAL-CODER.',
        '  4. RHIA [rhia, credential]: 3 mo · $300 · months 48–51',
        '       Needed for HIM-MANAGER.',
        '  5. HIM-MANAGER [him-manager, role]: 3 mo · $0 · months 51–54',
        '       This is the goal.',
        '       Needs 3 yr as MEDICAL-CODER, counted from month 15 (until month 51)',
        salary,
        ...assumptions,
        '',
        'Plan 2: 4 steps, 5 yr 5 mo, $8,300',
        '  1. ASSOCIATE-HIM [associate-him, education]: 2 yr · $8,000 · months 0–24',
        '       MEDICAL-CODER needs one of: CODING-CERTIFICATE, ASSOCIATE-HIM.',
        '       Needed for RHIA.',
        '  2. MEDICAL-CODER [medical-coder, role]: 2 mo · $0 · months 24–26',
        '       HIM-MANAGER needs 3 yr as MEDICAL-CODER.',
        '       RHIA needs 2 yr as MEDICAL-CODER.',
        '  3. RHIA [rhia, credential]: 3 mo · $300 · months 59–62',
        '       Needed for HIM-MANAGER.',
        '       Needs 2 yr as MEDICAL-CODER, counted from month 26 (until month 50)',
        '  4. HIM-MANAGER [him-manager, role]: 3 mo · $0 · months 62–65',
        '       This is the goal.',
        '       Needs 3 yr as MEDICAL-CODER, counted from month 26 (until month 62)',
        salary,
        ...assumptions,
        '',
        'No other plans with a different set of steps.',
      ].join('\n'),
    );
  });

  it('says when a fee is not known instead of counting it as nothing', () => {
    const r = run('--goal', 'exam', '--data', 'fees.json');
    expect([r.code, r.err]).toEqual([0, '']);
    expect(r.out.split('\n').slice(4, 10)).toEqual([
      'Best plan: 2 steps, 2 mo, $500 + fee not known',
      '  1. Course [course, education]: 2 mo · $500 · months 0–2',
      '       Needed for Exam.',
      '  2. Exam [exam, credential]: at once · fee not known · month 2',
      '       This is the goal.',
      '       Fee not known',
    ]);
  });

  it('says when a length is not known instead of counting it as no time', () => {
    const r = run('--goal', 'exam', '--data', 'lengths.json');
    expect([r.code, r.err]).toEqual([0, '']);
    expect(r.out.split('\n').slice(4, 8)).toEqual([
      'Best plan: 2 steps, length not known, $500 + fee not known',
      '  1. Course [course, education]: length not known · $500 · from month 0',
      '       Needed for Exam.',
      '       Length not known',
    ]);
  });

  it('prints exactly one JSON document with --json: why, waits and unknowns per step, unknown counts per plan', () => {
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
            {
              id: 'rhia',
              label: 'RHIA',
              kind: 'credential',
              start: 9,
              end: 12,
              earliestStart: 0,
              critical: false,
              cost: 300,
              why: ['Needed for HIM-MANAGER.'],
              waits: [],
              unknown: [],
            },
            {
              id: 'him-manager',
              label: 'HIM-MANAGER',
              kind: 'role',
              start: 12,
              end: 15,
              earliestStart: 12,
              critical: true,
              cost: 0,
              why: ['This is the goal.'],
              waits: [{ role: 'medical-coder', yearsNeeded: 3, yearsHeld: 2, remaining: 12, until: 12 }],
              unknown: [],
            },
          ],
          totals: { months: 15, cost: 300, steps: 2 },
          unknown: { cost: 0, months: 0, eligibility: 0 },
          pace: 'full-time',
          optimal: true,
        },
      ],
    });
    const fees = JSON.parse(run('--goal', 'exam', '--data', 'fees.json', '--json').out);
    expect(fees.plans[0].steps[1].unknown).toEqual(['cost']);
    expect(fees.plans[0].unknown).toEqual({ cost: 1, months: 0, eligibility: 0 });
  });

  it('--pace part-time doubles program lengths; a bad pace is a usage error', () => {
    const full = JSON.parse(run('--goal', 'him-manager', '--holds', 'high-school-diploma', '--json').out);
    const part = JSON.parse(
      run('--goal', 'him-manager', '--holds', 'high-school-diploma', '--json', '--pace', 'part-time').out,
    );
    expect(part.plans[0].pace).toBe('part-time');
    expect(part.plans[0].totals.months).toBeGreaterThan(full.plans[0].totals.months);
    for (const step of part.plans[0].steps) {
      if (step.kind === 'education') {
        const same = full.plans.flatMap((p: { steps: { id: string; start: number; end: number }[] }) =>
          p.steps.filter((s) => s.id === step.id),
        )[0];
        if (same) expect(step.end - step.start).toBe(2 * (same.end - same.start));
      }
    }
    const bad = run('--goal', 'rhia', '--pace', 'sometimes');
    expect(bad.code).toBe(1);
    expect(bad.err).toContain('--pace must be one of full-time, part-time');
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
