// Requirements nested deeper than the format allows, found without recursion before the schema
// runs (zod's recursive schema overflows the stack about 1,000 levels down).

import { formatJsonPath, type PathSegment } from './json-path';
import { MAX_REQUIREMENT_DEPTH } from './limits';
import type { Problem } from './problem';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);
const FIELDS = ['requires', 'prefers'] as const;

/** The path of the first member nested deeper than the limit, or undefined. */
function tooDeepAt(root: unknown, base: PathSegment[]): PathSegment[] | undefined {
  const stack: { value: unknown; depth: number; path: PathSegment[] }[] = [
    { value: root, depth: 1, path: base },
  ];
  while (stack.length > 0) {
    const { value, depth, path } = stack.pop() as (typeof stack)[number];
    if (depth > MAX_REQUIREMENT_DEPTH) return path;
    if (!isObj(value)) continue;
    for (const key of ['anyOf', 'allOf'] as const) {
      const members = Object.hasOwn(value, key) ? value[key] : undefined;
      if (!Array.isArray(members)) continue;
      for (let i = members.length - 1; i >= 0; i--) {
        stack.push({ value: members[i], depth: depth + 1, path: [...path, key, i] });
      }
    }
  }
  return undefined;
}

/**
 * Problems for requirements nested too deep, and the file with those requirements left out, so
 * the rest of the file is still checked in full.
 */
export function checkRequirementDepth(raw: unknown): { problems: Problem[]; checkable: unknown } {
  if (!isObj(raw) || !Array.isArray(raw.nodes)) return { problems: [], checkable: raw };
  const problems: Problem[] = [];
  let nodes: unknown[] | undefined;
  raw.nodes.forEach((node: unknown, i) => {
    if (!isObj(node)) return;
    for (const field of FIELDS) {
      if (!Object.hasOwn(node, field)) continue;
      const at = tooDeepAt(node[field], ['nodes', i, field]);
      if (at === undefined) continue;
      problems.push({
        path: formatJsonPath(at),
        message: `is nested more than ${MAX_REQUIREMENT_DEPTH} levels deep`,
        expected: `a requirement at most ${MAX_REQUIREMENT_DEPTH} levels deep`,
      });
      nodes ??= [...(raw.nodes as unknown[])];
      const copy = { ...(nodes[i] as Obj) };
      delete copy[field];
      nodes[i] = copy;
    }
  });
  return { problems, checkable: nodes ? { ...raw, nodes } : raw };
}
