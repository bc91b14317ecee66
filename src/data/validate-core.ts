// Validates a parsed career graph file against the format: shape limits first (without
// recursion), then the schema source by source and node by node, then every rule a schema cannot
// express. Reports all problems, never just the first, and never throws. The closest-id
// suggestions come from the caller (validate.ts gives fuse.js; load-own.ts loads it on demand).

import type { CareerGraphFile } from '../domain/types';
import { fileHeadSchema, nodeSchema, RECORD_SCHEMAS } from './format-schema';
import { graphRuleProblems } from './graph-rules';
import type { HintsFor } from './id-hints';
import { inNodeOrder, type Problem } from './problem';
import { keepProtoKeys, protoKeyProblems } from './record-keys';
import { schemaProblems } from './schema-problems';
import { checkShapeLimits } from './shape-limits';

export type ValidationResult = { ok: true; file: CareerGraphFile } | { ok: false; problems: Problem[] };

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);

/** The schema, applied to the head of the file, each source and each node on its own. */
function schemaPass(raw: unknown): { problems: Problem[]; file?: CareerGraphFile } {
  const problems: Problem[] = [];
  const add = (found: readonly Problem[]) => {
    for (const p of found) problems.push(p);
  };
  const head = fileHeadSchema.safeParse(raw);
  if (!head.success) add(schemaProblems(raw, head.error.issues));
  if (!isObj(raw)) return { problems };
  const sources = Object.create(null) as Record<string, unknown>;
  if (isObj(raw.sources) && Object.hasOwn(raw, 'sources')) {
    for (const key of Object.keys(raw.sources)) {
      if (key === '__proto__') continue; // src/data/record-keys.ts
      const parsed = RECORD_SCHEMAS.sources.value.safeParse(raw.sources[key]);
      if (parsed.success) sources[key] = parsed.data;
      else add(schemaProblems(raw, parsed.error.issues, ['sources', key]));
    }
  }
  const nodes: unknown[] = [];
  if (Array.isArray(raw.nodes) && Object.hasOwn(raw, 'nodes')) {
    raw.nodes.forEach((node: unknown, i) => {
      const parsed = nodeSchema.safeParse(node);
      if (parsed.success) nodes.push(parsed.data);
      else add(schemaProblems(raw, parsed.error.issues, ['nodes', i]));
    });
  }
  if (!head.success || problems.length > 0) return { problems };
  return { problems, file: { ...head.data, sources, nodes } as CareerGraphFile };
}

/** `hintsFor` suggests the closest id for an unknown one. */
export function validateWith(raw: unknown, hintsFor: HintsFor): ValidationResult {
  const limits = checkShapeLimits(raw);
  const checkable = limits.checkable;
  const schema = schemaPass(checkable);
  const problems = limits.problems.concat(
    schema.problems,
    protoKeyProblems(checkable),
    graphRuleProblems(checkable, hintsFor),
  );
  if (problems.length > 0 || !schema.file) return { ok: false, problems: inNodeOrder(problems) };
  return { ok: true, file: keepProtoKeys(checkable, schema.file) };
}
