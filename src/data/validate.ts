// Validates a parsed career graph file against the format: the schema, then every rule a schema
// cannot express. Reports all problems, never just the first.

import type { CareerGraphFile } from '../domain/types';
import { careerGraphFileSchema } from './format-schema';
import { graphRuleProblems } from './graph-rules';
import type { Problem } from './problem';
import { schemaProblems } from './schema-problems';

export type ValidationResult = { ok: true; file: CareerGraphFile } | { ok: false; problems: Problem[] };

/** Problems are listed node by node in file order (stable sort: top-level fields first). */
function nodeIndex(p: Problem): number {
  const m = /^\$\.nodes\[(\d+)\]/.exec(p.path);
  return m?.[1] ? Number(m[1]) : -1;
}

export function validateCareerGraph(raw: unknown): ValidationResult {
  const parsed = careerGraphFileSchema.safeParse(raw);
  const problems = [
    ...(parsed.success ? [] : schemaProblems(raw, parsed.error.issues)),
    ...graphRuleProblems(raw),
  ].sort((a, b) => nodeIndex(a) - nodeIndex(b));
  if (problems.length > 0 || !parsed.success) return { ok: false, problems };
  return { ok: true, file: parsed.data };
}
