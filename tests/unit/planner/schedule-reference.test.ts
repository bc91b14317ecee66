// Whole answers, schedules included, against the reference written down before the schedule was
// made cheaper (schedule-reference.ts): the same plans, field for field and in the same order.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  answerOf,
  hashOf,
  REFERENCE_FILE,
  type Reference,
  referenceQuestions,
  writtenOut,
} from './schedule-reference';

const reference = JSON.parse(readFileSync(REFERENCE_FILE, 'utf8')) as Reference;
const questions = referenceQuestions();

describe('schedules against the written-down reference', () => {
  it('covers every question of the reference, plans with waits and final waits among them', () => {
    expect(questions.map((q) => q.name)).toEqual(Object.keys(reference.hashes));
    const answers = questions.map(answerOf);
    const steps = answers.flatMap((a) => (a.kind === 'plan' ? a.plans.flatMap((p) => p.steps) : []));
    expect(steps.filter((s) => s.waits.length > 0).length).toBeGreaterThan(50);
    expect(steps.filter((s) => s.uses.some((u) => u.preferred)).length).toBeGreaterThan(10);
    expect(
      answers.filter((a) => a.kind === 'plan' && a.plans.some((p) => p.finalWait)).length,
    ).toBeGreaterThan(5);
  });

  it.each(questions.filter(writtenOut).map((q) => [q.name, q] as const))(
    '%s: deep-equal, fields in order',
    (name, q) => {
      const answer = answerOf(q);
      // JSON drops undefined fields and keeps the order of the others, as the reference was written.
      const parsed = JSON.parse(JSON.stringify(answer));
      expect(parsed).toEqual(reference.answers[name]);
      expect(JSON.stringify(answer)).toBe(JSON.stringify(reference.answers[name]));
    },
  );

  it('every question: the answer JSON hashes as written down', () => {
    const changed = questions
      .filter((q) => hashOf(answerOf(q)) !== reference.hashes[q.name])
      .map((q) => q.name);
    expect(changed).toEqual([]);
  });
});
