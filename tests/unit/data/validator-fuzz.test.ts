// Fuzz test of the validator (issue 12): arbitrary JSON values and text, and mutations of the
// real graph-data/health-information.json. Nothing may throw, and every file it accepts must obey
// the domain invariants, checked here by an independent oracle.

import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_MONEY, MAX_MONTHS, MAX_YEARS } from '../../../src/data/limits';
import { parseCareerGraph } from '../../../src/data/load';
import { validateCareerGraph } from '../../../src/data/validate';
import type { CareerGraphFile, Requirement } from '../../../src/domain/types';
import { FULL_PROPERTY_RUNS, PROPERTY_SEED, propertyRuns } from '../../support/property-runs';

const BASE_TEXT = readFileSync('graph-data/health-information.json', 'utf8');
const BASE = JSON.parse(BASE_TEXT) as Record<string, unknown>;
const BUDGET = 300_000;
const PROBLEM_LINE =
  /^f\.json: (\$.*? \(line \d+, column \d+\)|line \d+, column \d+|somewhere|\$): .+ \(expected .+\)$/s;
const MORE_LINE = /^f\.json: …and [\d,]+ more problems$/;

type Path = (string | number)[];
type Json = unknown;

/** Every path in the base file, by what it holds: used to aim mutations at real places. */
const PATHS = (() => {
  const all: Path[] = [];
  const objects: Path[] = [];
  const numbers: Path[] = [];
  const requirements: Path[] = [];
  const stack: { v: unknown; p: Path }[] = [{ v: BASE, p: [] }];
  while (stack.length > 0) {
    const { v, p } = stack.pop() as { v: unknown; p: Path };
    all.push(p);
    if (typeof v === 'number') numbers.push(p);
    if (p.at(-1) === 'requires' || p.at(-1) === 'prefers') requirements.push(p);
    if (Array.isArray(v)) {
      v.forEach((x, i) => {
        stack.push({ v: x, p: [...p, i] });
      });
    } else if (v !== null && typeof v === 'object') {
      objects.push(p);
      for (const [k, x] of Object.entries(v)) stack.push({ v: x, p: [...p, k] });
    }
  }
  return { all, objects, numbers, requirements };
})();
const NODE_COUNT = (BASE.nodes as unknown[]).length;
const SOURCE_KEYS = Object.keys(BASE.sources as object);

const PROTO_KEYS = ['__proto__', 'constructor', 'toString', 'valueOf', 'hasOwnProperty'] as const;
const PROTO_IDS = [
  'constructor',
  '__proto__',
  'to-string',
  'valueof',
  'prototype',
  'has-own-property',
] as const;
const EXTREMES = [
  0,
  -1,
  -0.5,
  1e308,
  -1e308,
  5e-324,
  0.1,
  80,
  80.0001,
  600,
  601,
  1e7,
  1e7 + 1,
  2 ** 53,
  1.5,
  2024,
];
const ODD_TEXT = [
  '',
  ' ',
  '\u0000',
  '\u001b[31mred',
  '\u202e',
  '\ud800',
  '😀',
  'a'.repeat(10_000),
  'javascript:alert(1)',
];

type Mutation =
  | { op: 'delete'; path: Path }
  | { op: 'replace'; path: Path; value: Json }
  | { op: 'number'; path: Path; value: number }
  | { op: 'protoKey'; path: Path; key: string; value: Json }
  | { op: 'protoId'; node: number; id: string; alsoRef: number }
  | { op: 'protoSource'; source: number; key: string }
  | { op: 'deep'; path: Path; depth: number; kind: 'allOf' | 'anyOf' }
  | { op: 'duplicate'; path: Path }
  | { op: 'link'; from: number; to: number; kind: 'allOf' | 'anyOf' | 'same' };

const oddValue = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc.constantFrom<Json>(...EXTREMES, ...ODD_TEXT, null, [], {}, true),
);
// Weights in the order below: kinds that often leave the file valid (ids, sources, links) count
// more, so that the oracle sees hundreds of accepted files, not a handful.
const WEIGHTS = [1, 1, 2, 1, 3, 2, 1, 1, 4];
const weighted = (...arbs: fc.Arbitrary<Mutation>[]) =>
  fc.oneof(...arbs.map((arbitrary, i) => ({ arbitrary, weight: WEIGHTS[i] ?? 1 })));
const mutation: fc.Arbitrary<Mutation> = weighted(
  fc.record({ op: fc.constant('delete' as const), path: fc.constantFrom(...PATHS.all) }),
  fc.record({ op: fc.constant('replace' as const), path: fc.constantFrom(...PATHS.all), value: oddValue }),
  fc.record({
    op: fc.constant('number' as const),
    path: fc.constantFrom(...PATHS.numbers),
    value: fc.oneof(fc.constantFrom(...EXTREMES), fc.double({ noNaN: true, noDefaultInfinity: true })),
  }),
  fc.record({
    op: fc.constant('protoKey' as const),
    path: fc.constantFrom(...PATHS.objects),
    key: fc.constantFrom(...PROTO_KEYS),
    value: oddValue,
  }),
  fc.record({
    op: fc.constant('protoId' as const),
    node: fc.nat(NODE_COUNT - 1),
    id: fc.constantFrom(...PROTO_IDS),
    alsoRef: fc.nat(NODE_COUNT - 1),
  }),
  fc.record({
    op: fc.constant('protoSource' as const),
    source: fc.nat(SOURCE_KEYS.length - 1),
    key: fc.constantFrom(...PROTO_KEYS),
  }),
  fc.record({
    op: fc.constant('deep' as const),
    path: fc.constantFrom(...PATHS.requirements),
    depth: fc.oneof(fc.integer({ min: 1, max: 40 }), fc.integer({ min: 500, max: 3000 })),
    kind: fc.constantFrom('allOf' as const, 'anyOf' as const),
  }),
  fc.record({ op: fc.constant('duplicate' as const), path: fc.constantFrom(...PATHS.objects) }),
  fc.record({
    op: fc.constant('link' as const),
    from: fc.nat(NODE_COUNT - 1),
    to: fc.nat(NODE_COUNT - 1),
    kind: fc.constantFrom('allOf' as const, 'anyOf' as const, 'same' as const),
  }),
);

/** null 9 times in 10: text-level damage is rare, so that many mutated files stay valid. */
const rarely = <T>(arb: fc.Arbitrary<T>): fc.Arbitrary<T | null> =>
  fc.oneof({ arbitrary: fc.constant(null), weight: 9 }, { arbitrary: arb, weight: 1 });

const DUP = '\u0000dup:';
const DEEP = '\u0000deep:';
const isObj = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v);
const setOwn = (o: Record<string, unknown>, k: string, v: unknown) =>
  Object.defineProperty(o, k, { value: v, enumerable: true, writable: true, configurable: true });

function at(root: unknown, path: Path): unknown {
  let v = root;
  for (const seg of path) {
    if (v === null || typeof v !== 'object' || !Object.hasOwn(v, seg)) return undefined;
    v = (v as Record<string | number, unknown>)[seg];
  }
  return v;
}

/** NOTE: mutates `root`. A mutation aimed at a place an earlier one removed does nothing. */
function apply(root: Record<string, unknown>, m: Mutation): void {
  const nodes = Array.isArray(root.nodes) ? (root.nodes as unknown[]) : [];
  const nodeAt = (i: number) => (isObj(nodes[i]) ? (nodes[i] as Record<string, unknown>) : undefined);
  switch (m.op) {
    case 'delete':
    case 'replace':
    case 'number': {
      if (m.path.length === 0) return;
      const parent = at(root, m.path.slice(0, -1));
      const key = m.path.at(-1) as string | number;
      if (parent === null || typeof parent !== 'object') return;
      if (m.op === 'delete') {
        if (Array.isArray(parent) && typeof key === 'number') parent.splice(key, 1);
        else delete (parent as Record<string, unknown>)[key];
      } else setOwn(parent as Record<string, unknown>, String(key), m.value);
      return;
    }
    case 'protoKey': {
      const target = at(root, m.path);
      if (isObj(target)) setOwn(target, m.key, m.value);
      return;
    }
    case 'protoId': {
      const node = nodeAt(m.node);
      const ref = nodeAt(m.alsoRef);
      if (!node) return;
      node.id = m.id;
      if (ref) ref.requires = ref.requires === undefined ? m.id : { allOf: [ref.requires, m.id] };
      return;
    }
    case 'protoSource': {
      const sources = root.sources;
      const old = SOURCE_KEYS[m.source] as string;
      if (!isObj(sources) || !Object.hasOwn(sources, old)) return;
      setOwn(sources, m.key, sources[old]);
      delete sources[old];
      const replaced = JSON.stringify(root).replaceAll(`"${old}"`, JSON.stringify(m.key));
      const next = JSON.parse(replaced) as Record<string, unknown>;
      for (const k of Object.keys(root)) delete root[k];
      for (const [k, v] of Object.entries(next)) setOwn(root, k, v);
      return;
    }
    case 'deep': {
      const parent = at(root, m.path.slice(0, -1));
      const key = m.path.at(-1) as string;
      if (!isObj(parent) || !Object.hasOwn(parent, key)) return;
      // A marker, nested in the text by toText: JSON.stringify itself recurses and would overflow.
      parent[key] = `${DEEP}${m.depth}:${m.kind}:${JSON.stringify(parent[key])}`;
      return;
    }
    case 'duplicate': {
      const target = at(root, m.path);
      const first = isObj(target) ? Object.keys(target)[0] : undefined;
      if (isObj(target) && first !== undefined && !first.startsWith(DUP))
        setOwn(target, `${DUP}${first}`, 'again');
      return;
    }
    case 'link': {
      const from = nodeAt(m.from);
      const to = nodeAt(m.to);
      if (!from || !to || typeof to.id !== 'string') return;
      const current = from.requires;
      from.requires =
        m.kind === 'same'
          ? { anyOf: [to.id, to.id] }
          : current === undefined
            ? to.id
            : { [m.kind]: [current, to.id] };
      return;
    }
  }
}

/** The file text for a mutated tree, with text-level mutations: keys given twice, huge literals, a BOM, a cut. */
function toText(
  root: unknown,
  text: { hugeNumber: number | null; bom: boolean; cut: number | null },
): string {
  let out = JSON.stringify(root, null, 2)
    .replace(/"\\u0000dup:((?:[^"\\]|\\.)*)":/g, '"$1":')
    .replace(
      /"\\u0000deep:(\d+):(allOf|anyOf):((?:[^"\\]|\\.)*)"/g,
      (_m, depth: string, kind: string, inner: string) => {
        const d = Number(depth);
        return `${`{"${kind}":[`.repeat(d)}${JSON.parse(`"${inner}"`) as string}${']}'.repeat(d)}`;
      },
    );
  if (text.hugeNumber !== null) {
    let seen = 0;
    out = out.replace(/(?<=: )-?\d+(\.\d+)?(?=[,\n])/g, (n) => (seen++ === text.hugeNumber ? '1e400' : n));
  }
  if (text.bom) out = `\uFEFF${out}`;
  if (text.cut !== null) out = out.slice(0, text.cut % (out.length + 1));
  return out;
}

// ---------- the oracle: what every accepted file must satisfy, checked independently ----------

function leaves(r: Requirement, out: { id: string; experience: boolean }[] = []) {
  if (typeof r === 'string') out.push({ id: r, experience: false });
  else if ('experience' in r) out.push({ id: r.experience, experience: true });
  else for (const c of 'allOf' in r ? r.allOf : r.anyOf) leaves(c, out);
  return out;
}

function holds(r: Requirement, have: Set<string>): boolean {
  if (typeof r === 'string') return have.has(r);
  if ('experience' in r) return have.has(r.experience);
  return 'allOf' in r ? r.allOf.every((c) => holds(c, have)) : r.anyOf.some((c) => holds(c, have));
}

function violations(file: CareerGraphFile): string[] {
  const out: string[] = [];
  const kinds = new Map<string, string>();
  for (const n of file.nodes) {
    if (kinds.has(n.id)) out.push(`id ${n.id} twice`);
    kinds.set(n.id, n.kind);
  }
  const finiteIn = (v: number | undefined, max: number, what: string) => {
    if (v !== undefined && !(Number.isFinite(v) && v >= 0 && v <= max)) out.push(`${what} ${v}`);
  };
  const declared = (key: string, where: string) => {
    if (!Object.hasOwn(file.sources, key)) out.push(`${where}: source ${key} undeclared`);
  };
  for (const n of file.nodes) {
    finiteIn(n.months, MAX_MONTHS, `${n.id} months`);
    finiteIn(n.cost, MAX_MONEY, `${n.id} cost`);
    for (const field of ['requires', 'prefers'] as const) {
      const r = n[field];
      if (r === undefined) continue;
      for (const leaf of leaves(r)) {
        if (!kinds.has(leaf.id)) out.push(`${n.id} ${field}: unknown ${leaf.id}`);
        if (leaf.experience && kinds.get(leaf.id) !== 'role') out.push(`${n.id}: experience in ${leaf.id}`);
      }
      const walk: Requirement[] = [r];
      while (walk.length) {
        const x = walk.pop() as Requirement;
        if (typeof x === 'string') continue;
        if ('experience' in x) finiteIn(x.years, MAX_YEARS, `${n.id} years`);
        else walk.push(...('allOf' in x ? x.allOf : x.anyOf));
      }
    }
    if (n.kind !== 'role' && (n.salary || n.salaryByRegion || n.outlook))
      out.push(`${n.id}: role-only field`);
    const figures = [n.salary, ...Object.values(n.salaryByRegion ?? {})];
    for (const s of figures) {
      if (!s) continue;
      declared(s.source, n.id);
      if (typeof s.year !== 'string') out.push(`${n.id}: year not text`);
      for (const v of Object.values(s)) if (typeof v === 'number') finiteIn(v, MAX_MONEY, `${n.id} salary`);
    }
    if (n.salary?.low !== undefined && n.salary.high !== undefined && n.salary.low > n.salary.high)
      out.push(`${n.id}: salary order`);
    if (n.outlook) declared(n.outlook.source, n.id);
    for (const s of n.sources ?? []) declared(s, n.id);
  }
  // No cycle of any kind blocks a node: from nothing, repeatedly obtain what the requirements allow.
  const have = new Set<string>();
  for (let changed = true; changed; ) {
    changed = false;
    for (const n of file.nodes) {
      if (!have.has(n.id) && (n.requires === undefined || holds(n.requires, have))) {
        have.add(n.id);
        changed = true;
      }
    }
  }
  for (const n of file.nodes) if (!have.has(n.id)) out.push(`${n.id} can never be obtained`);
  return out;
}

function checkText(text: string): { accepted: boolean } {
  const result = parseCareerGraph(text, 'f.json');
  if (result.ok) {
    expect(violations(result.file)).toEqual([]);
    return { accepted: true };
  }
  expect(result.problems.length).toBeGreaterThan(0);
  expect(result.total).toBeGreaterThanOrEqual(Math.min(result.problems.length, 1000));
  for (const line of result.problems) {
    if (!PROBLEM_LINE.test(line) && !MORE_LINE.test(line)) throw new Error(`badly formed problem: ${line}`);
  }
  return { accepted: false };
}

describe('validator fuzz', () => {
  it('the oracle accepts the real file and rejects what it should', () => {
    const ok = parseCareerGraph(BASE_TEXT, 'f.json');
    expect(ok.ok && violations(ok.file)).toEqual([]);
    const bad: CareerGraphFile = {
      format: 1,
      id: 'x',
      title: 'X',
      updated: '2026-11-27',
      currency: 'USD',
      sources: {},
      nodes: [
        { id: 'a', kind: 'education', label: 'A', requires: { anyOf: ['b', 'c'] }, months: 601 },
        { id: 'b', kind: 'education', label: 'B', requires: 'a' },
        { id: 'c', kind: 'education', label: 'C', requires: { experience: 'a', years: 1 }, sources: ['s'] },
      ],
    };
    expect(violations(bad)).toEqual([
      'a months 601',
      'c: experience in a',
      'c: source s undeclared',
      'a can never be obtained',
      'b can never be obtained',
      'c can never be obtained',
    ]);
  });

  it('any JSON value: never throws, accepts nothing that breaks an invariant', { timeout: BUDGET }, () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 8 }), (value) => {
        const direct = validateCareerGraph(value);
        if (direct.ok) expect(violations(direct.file)).toEqual([]);
        checkText(JSON.stringify(value) ?? 'null');
      }),
      { numRuns: propertyRuns(3000), seed: PROPERTY_SEED },
    );
  });

  it('any text: never throws', { timeout: BUDGET }, () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
        checkText(text);
      }),
      { numRuns: propertyRuns(1000), seed: PROPERTY_SEED },
    );
  });

  it('mutations of graph-data/health-information.json: never throw, accepted files keep every invariant', {
    timeout: BUDGET,
  }, () => {
    const counts = { accepted: 0, rejected: 0 };
    fc.assert(
      fc.property(
        fc.array(mutation, { minLength: 1, maxLength: 4 }),
        fc.record({
          hugeNumber: rarely(fc.nat(300)),
          bom: fc.boolean(),
          cut: rarely(fc.nat()),
        }),
        (mutations, text) => {
          const root = JSON.parse(BASE_TEXT) as Record<string, unknown>;
          for (const m of mutations) apply(root, m);
          const { accepted } = checkText(toText(root, text));
          counts[accepted ? 'accepted' : 'rejected']++;
        },
      ),
      { numRuns: propertyRuns(2000), seed: PROPERTY_SEED },
    );
    if (FULL_PROPERTY_RUNS)
      console.info(`validator fuzz, mutations of the real file: ${JSON.stringify(counts)}`);
    // Both outcomes occur, or the mutations would test only one side of the validator.
    expect(counts.accepted).toBeGreaterThan(0);
    expect(counts.rejected).toBeGreaterThan(0);
  });
});
