// Validates a parsed career graph file against the format: requirement depth first (without
// recursion), then the schema, then every rule a schema cannot express. Reports all problems.

import type { CareerGraphFile } from '../domain/types';
import { careerGraphFileSchema } from './format-schema';
import { graphRuleProblems } from './graph-rules';
import type { Problem } from './problem';
import { keepProtoKeys, protoKeyProblems } from './record-keys';
import { checkRequirementDepth } from './requirement-depth';
import { schemaProblems } from './schema-problems';

export type ValidationResult = { ok: true; file: CareerGraphFile } | { ok: false; problems: Problem[] };

/** Problems are listed node by node in file order (stable sort: top-level fields first). */
function nodeIndex(p: Problem): number {
  const m = /^\$\.nodes\[(\d+)\]/.exec(p.path);
  return m?.[1] ? Number(m[1]) : -1;
}

/** Never throws, whatever `raw` is (any value JSON.parse can return). */
export function validateCareerGraph(raw: unknown): ValidationResult {
  const depth = checkRequirementDepth(raw);
  const checkable = depth.checkable;
  const parsed = careerGraphFileSchema.safeParse(checkable);
  const problems = depth.problems.concat(
    parsed.success ? [] : schemaProblems(checkable, parsed.error.issues),
    protoKeyProblems(checkable),
    graphRuleProblems(checkable),
  );
  if (problems.length > 0 || !parsed.success) {
    const order = problems.map((p, i) => ({ p, i, node: nodeIndex(p) }));
    order.sort((a, b) => a.node - b.node || a.i - b.i);
    return { ok: false, problems: order.map((o) => o.p) };
  }
  return { ok: true, file: keepProtoKeys(checkable, parsed.data) };
}
