// The text of a career graph file, ready to download or save: fields in the order of the format's
// documentation, two-space JSON. parseCareerGraph(graphFileText(file)) gives back the same file.

import type { CareerGraphFile, Requirement } from '../domain/types';

// The order graph-data/README.md lists fields in (and the schema declares them in).
const TOP = ['$schema', 'format', 'id', 'title', 'summary', 'updated', 'currency', 'sources', 'nodes'];
const NODE = [
  'id',
  'kind',
  'label',
  'summary',
  'level',
  'codes',
  'issuer',
  'months',
  'cost',
  'costKnown',
  'monthsKnown',
  'requiresKnown',
  'salary',
  'salaryByRegion',
  'outlook',
  'requires',
  'prefers',
  'regions',
  'notes',
  'sources',
];
const SOURCE = ['title', 'url', 'published', 'notes'];
const SALARY = ['low', 'median', 'mean', 'high', 'year', 'source'];
const REGIONAL = ['median', 'mean', 'year', 'source'];
const OUTLOOK = ['growthPercent', 'period', 'source'];
const EXPERIENCE = ['experience', 'years'];

/** Exported for the test that keeps these lists in step with the schema. */
export const FIELD_ORDER = { TOP, NODE } as const;

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);

/** The known keys in `order`, then any others in their own order (so the validator still sees them). */
function ordered(
  value: unknown,
  order: readonly string[],
  inner?: (key: string, v: unknown) => unknown,
): unknown {
  if (!isObj(value)) return value;
  const keys = [
    ...order.filter((k) => Object.hasOwn(value, k)),
    ...Object.keys(value).filter((k) => !order.includes(k)),
  ];
  return Object.fromEntries(keys.map((k) => [k, inner ? inner(k, value[k]) : value[k]]));
}

const mapValues = (value: unknown, f: (v: unknown) => unknown): unknown =>
  isObj(value) ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, f(v)])) : value;

/** Only experience leaves have two keys to order; groups keep their one key. Depth-limited by the format. */
function orderedRequirement(r: unknown, depth = 0): unknown {
  if (!isObj(r) || depth > 64) return r;
  if ('experience' in r) return ordered(r, EXPERIENCE);
  return mapValues(r, (members) =>
    Array.isArray(members) ? members.map((m) => orderedRequirement(m, depth + 1)) : members,
  );
}

function orderedNode(node: unknown): unknown {
  return ordered(node, NODE, (key, v) => {
    if (key === 'salary') return ordered(v, SALARY);
    if (key === 'salaryByRegion') return mapValues(v, (s) => ordered(s, REGIONAL));
    if (key === 'outlook') return ordered(v, OUTLOOK);
    if (key === 'requires' || key === 'prefers') return orderedRequirement(v as Requirement);
    return v;
  });
}

/**
 * The file as text: two-space JSON with a final newline, fields in the documented order. It passes
 * `npm run validate` exactly when `file` is valid; see checked-graph-file-text.ts to know which.
 */
export function graphFileText(file: CareerGraphFile): string {
  const tidy = ordered(file, TOP, (key, v) => {
    if (key === 'sources') return mapValues(v, (s) => ordered(s, SOURCE));
    if (key === 'nodes' && Array.isArray(v)) return v.map(orderedNode);
    return v;
  });
  return `${JSON.stringify(tidy, null, 2)}\n`;
}
