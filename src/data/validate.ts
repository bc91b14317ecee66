// Validates a parsed career graph file against the format: the schema, then every rule a schema
// cannot express. Reports all problems, never just the first.

import type { CareerGraphFile } from '../domain/types';
import { careerGraphFileSchema } from './format-schema';
import { graphRuleProblems } from './graph-rules';
import type { Problem } from './problem';
import { schemaProblems } from './schema-problems';

export type ValidationResult = { ok: true; file: CareerGraphFile } | { ok: false; problems: Problem[] };

export function validateCareerGraph(raw: unknown): ValidationResult {
  const parsed = careerGraphFileSchema.safeParse(raw);
  const problems = [
    ...(parsed.success ? [] : schemaProblems(raw, parsed.error.issues)),
    ...graphRuleProblems(raw),
  ];
  if (problems.length > 0 || !parsed.success) return { ok: false, problems };
  return { ok: true, file: parsed.data };
}
