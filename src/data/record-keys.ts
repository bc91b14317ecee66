// Keys named "__proto__" in the maps keyed by data (sources, codes, salaryByRegion): zod skips them
// (by design, against prototype pollution), so they are checked here with the same schemas and
// kept in the parsed file, whose maps have no prototype ("toString" is just another key).

import type { CareerGraphFile } from '../domain/types';
import { RECORD_SCHEMAS } from './format-schema';
import { formatJsonPath, type PathSegment } from './json-path';
import type { Problem } from './problem';
import { schemaProblems } from './schema-problems';

const PROTO = '__proto__';
type RecordName = keyof typeof RECORD_SCHEMAS;
type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);

/** Every data-keyed map in a parsed (not yet validated) file, with its path. */
function recordsIn(raw: unknown): { name: RecordName; path: PathSegment[]; value: Obj }[] {
  if (!isObj(raw)) return [];
  const found: { name: RecordName; path: PathSegment[]; value: Obj }[] = [];
  if (isObj(raw.sources)) found.push({ name: 'sources', path: ['sources'], value: raw.sources });
  if (Array.isArray(raw.nodes)) {
    raw.nodes.forEach((node: unknown, i) => {
      if (!isObj(node)) return;
      for (const name of ['codes', 'salaryByRegion'] as const) {
        const value = Object.hasOwn(node, name) ? node[name] : undefined;
        if (isObj(value)) found.push({ name, path: ['nodes', i, name], value });
      }
    });
  }
  return found;
}

/** Problems with "__proto__" keys and their values, which the schema pass never sees. */
export function protoKeyProblems(raw: unknown): Problem[] {
  const problems: Problem[] = [];
  for (const { name, path, value } of recordsIn(raw)) {
    if (!Object.hasOwn(value, PROTO)) continue;
    const { key, value: valueSchema } = RECORD_SCHEMAS[name];
    const at = [...path, PROTO];
    if (!key.safeParse(PROTO).success) {
      problems.push({
        path: formatJsonPath(at),
        message: 'has a key that is not allowed',
        expected: 'a region code in capitals, like "NJ" or "US-NJ"',
      });
    }
    const parsed = valueSchema.safeParse(value[PROTO]);
    if (!parsed.success) {
      for (const p of schemaProblems(raw, parsed.error.issues, at)) problems.push(p);
    }
  }
  return problems;
}

/** A copy of the map with no prototype, holding the parsed entries and the "__proto__" one. */
function plainMap<V>(parsed: Record<string, V>, raw: unknown, name: RecordName): Record<string, V> {
  const map = Object.create(null) as Record<string, V>;
  for (const [k, v] of Object.entries(parsed)) map[k] = v;
  if (isObj(raw) && Object.hasOwn(raw, PROTO)) {
    const value = RECORD_SCHEMAS[name].value.parse(raw[PROTO]) as V;
    Object.defineProperty(map, PROTO, { value, enumerable: true, writable: true, configurable: true });
  }
  return map;
}

/** NOTE: mutates `file` (fresh from the schema): its maps become prototype-free, "__proto__" kept. */
export function keepProtoKeys(raw: unknown, file: CareerGraphFile): CareerGraphFile {
  const rawObj = raw as Obj;
  file.sources = plainMap(file.sources, rawObj.sources, 'sources');
  const rawNodes = rawObj.nodes as Obj[];
  file.nodes.forEach((node, i) => {
    const rawNode = rawNodes[i];
    if (node.codes) node.codes = plainMap(node.codes, rawNode?.codes, 'codes');
    if (node.salaryByRegion)
      node.salaryByRegion = plainMap(node.salaryByRegion, rawNode?.salaryByRegion, 'salaryByRegion');
  });
  return file;
}
