// Limits on the shape of each node, checked without recursion before the schema runs: requirement
// depth (zod's recursive schema overflows the stack about 1,000 levels down) and size, and the
// length of a node's lists and maps (so no single value can pile up more problems than zod can
// gather). A field beyond a limit is reported and left out of the rest of the checks.

import { formatJsonPath, type PathSegment } from './json-path';
import { MAX_NODE_LIST, MAX_REQUIREMENT_DEPTH, MAX_REQUIREMENT_TERMS } from './limits';
import type { Problem } from './problem';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);
const REQUIREMENTS = ['requires', 'prefers'] as const;
const LISTS = ['regions', 'sources'] as const;
const MAPS = ['codes', 'salaryByRegion'] as const;
const own = (o: Obj, key: string): unknown => (Object.hasOwn(o, key) ? o[key] : undefined);

/** The first problem with a requirement's depth or size, or undefined. */
function requirementProblem(root: unknown, base: PathSegment[]): Problem | undefined {
  const stack: { value: unknown; depth: number; path: PathSegment[] }[] = [
    { value: root, depth: 1, path: base },
  ];
  let terms = 0;
  while (stack.length > 0) {
    const { value, depth, path } = stack.pop() as (typeof stack)[number];
    if (depth > MAX_REQUIREMENT_DEPTH) {
      return {
        path: formatJsonPath(path),
        message: `is nested more than ${MAX_REQUIREMENT_DEPTH} levels deep`,
        expected: `a requirement at most ${MAX_REQUIREMENT_DEPTH} levels deep`,
      };
    }
    if (++terms > MAX_REQUIREMENT_TERMS) {
      return {
        path: formatJsonPath(base),
        message: `has more than ${MAX_REQUIREMENT_TERMS.toLocaleString('en-US')} terms`,
        expected: `a requirement of at most ${MAX_REQUIREMENT_TERMS.toLocaleString('en-US')} ids, groups and experiences`,
      };
    }
    if (!isObj(value)) continue;
    for (const key of ['anyOf', 'allOf'] as const) {
      const members = own(value, key);
      if (!Array.isArray(members)) continue;
      for (let i = members.length - 1; i >= 0; i--) {
        stack.push({ value: members[i], depth: depth + 1, path: [...path, key, i] });
      }
    }
  }
  return undefined;
}

function sizeProblem(value: unknown, path: PathSegment[]): Problem | undefined {
  const size = Array.isArray(value) ? value.length : isObj(value) ? Object.keys(value).length : 0;
  if (size <= MAX_NODE_LIST) return undefined;
  const what = Array.isArray(value) ? 'items' : 'entries';
  return {
    path: formatJsonPath(path),
    message: `has ${size.toLocaleString('en-US')} ${what}`,
    expected: `at most ${MAX_NODE_LIST.toLocaleString('en-US')} ${what}`,
  };
}

/**
 * Problems with the shape limits, and the file with the fields beyond them left out, so the rest
 * of the file is still checked in full.
 */
export function checkShapeLimits(raw: unknown): { problems: Problem[]; checkable: unknown } {
  if (!isObj(raw) || !Array.isArray(own(raw, 'nodes'))) return { problems: [], checkable: raw };
  const rawNodes = raw.nodes as unknown[];
  const problems: Problem[] = [];
  let nodes: unknown[] | undefined;
  rawNodes.forEach((node, i) => {
    if (!isObj(node)) return;
    const over: string[] = [];
    for (const field of REQUIREMENTS) {
      if (!Object.hasOwn(node, field)) continue;
      const problem = requirementProblem(node[field], ['nodes', i, field]);
      if (problem) {
        problems.push(problem);
        over.push(field);
      }
    }
    for (const field of [...LISTS, ...MAPS]) {
      const problem = sizeProblem(own(node, field), ['nodes', i, field]);
      if (problem) {
        problems.push(problem);
        over.push(field);
      }
    }
    if (over.length === 0) return;
    nodes ??= [...rawNodes];
    const copy = { ...node };
    for (const field of over) delete copy[field];
    nodes[i] = copy;
  });
  return { problems, checkable: nodes ? { ...raw, nodes } : raw };
}
