// Property: for random valid graphs (every field of the format, awkward texts, keyword-like ids),
// graph → CSV → graph and graph → file text → graph are identities. Damaged sheets never throw.

import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { CSV_SHEETS, type CsvSheets, exportCsvGraph, importCsvGraph } from '../../../src/data/csv';
import { graphFileText } from '../../../src/data/graph-file-text';
import { parseCareerGraph } from '../../../src/data/load';
import { validateCareerGraph } from '../../../src/data/validate';
import {
  type CareerGraphFile,
  type CareerNode,
  NODE_KINDS,
  type Requirement,
} from '../../../src/domain/types';
import { PROPERTY_SEED, propertyRuns } from '../../support/property-runs';

/** Characters that trouble CSV, the cell forms or spreadsheets, mixed with ordinary ones. */
const AWKWARD = [
  'a',
  'B',
  ' ',
  ',',
  ';',
  '=',
  ':',
  '"',
  "'",
  '\n',
  '\r',
  '\t',
  '-',
  '+',
  '@',
  '{',
  '[',
  'é',
  '😀',
];
const anyText = fc.oneof(
  fc.string({ unit: fc.constantFrom(...AWKWARD), maxLength: 12 }),
  fc.string({ unit: 'binary', maxLength: 12 }),
  fc.constantFrom('""', '"x"', "'=1", '=SUM(A1)', '-5', '[1]', '{}', 'true'),
);
const text = anyText.filter((s) => s.length > 0);
const kebab = fc.oneof(
  fc.stringMatching(/^[a-z0-9]{1,6}(-[a-z0-9]{1,4}){0,2}$/),
  fc.constantFrom('and', 'or', 'all', 'one', 'of', 'yr', '3', 'constructor', 'to-string'),
);
const region = fc.stringMatching(/^[A-Z][A-Z0-9]{1,2}(-[A-Z0-9]{1,3})?$/);
/** Non-negative amounts with no -0 (JSON cannot keep the sign of zero). */
const amount = (max: number) => fc.double({ min: 0, max, noNaN: true }).map((v) => v + 0);
const yearText = fc.oneof(fc.constantFrom('2024', 'May 2024', '2023-24'), text);

function requirementOver(ids: string[], roles: string[]): fc.Arbitrary<Requirement> {
  const leaf = fc.oneof(
    fc.constantFrom(...ids),
    ...(roles.length > 0
      ? [
          fc.record({
            experience: fc.constantFrom(...roles),
            years: fc.double({ min: 0.01, max: 80, noNaN: true }),
          }),
        ]
      : []),
  );
  return fc.letrec<{ r: Requirement }>((tie) => ({
    r: fc.oneof(
      { depthSize: 'small', maxDepth: 5 },
      leaf,
      fc.record({ allOf: fc.array(tie('r'), { minLength: 1, maxLength: 3 }) }),
      fc.record({ anyOf: fc.array(tie('r'), { minLength: 1, maxLength: 3 }) }),
    ),
  })).r;
}

function salaryOf(keys: string[]) {
  return fc
    .tuple(
      fc.array(amount(10_000_000), { minLength: 4, maxLength: 4 }),
      fc.array(fc.boolean(), { minLength: 4, maxLength: 4 }),
    )
    .chain(([figures, keep]) => {
      const [low, median, mean, high] = [...figures].sort((a, b) => a - b);
      const all = { low, median, mean, high };
      const kept = Object.fromEntries(Object.entries(all).filter((_, i) => keep[i]));
      return fc.record({ year: yearText, source: fc.constantFrom(...keys) }).map((s) => ({ ...kept, ...s }));
    });
}

/** A node whose requirements mention only earlier nodes (so no requirement cycle). */
function nodeArbitrary(id: string, kind: CareerNode['kind'], earlier: CareerNode[], keys: string[]) {
  const ids = earlier.map((n) => n.id);
  const roles = earlier.filter((n) => n.kind === 'role').map((n) => n.id);
  const isRole = kind === 'role';
  const maybe = <T>(arb: fc.Arbitrary<T>, when = true) =>
    when ? fc.option(arb, { nil: undefined }) : fc.constant(undefined);
  return fc
    .record({
      label: text,
      summary: maybe(anyText),
      level: maybe(fc.integer({ min: 0, max: 5 })),
      codes: maybe(
        fc.dictionary(
          text.filter((k) => k !== '__proto__'),
          text,
          { maxKeys: 3 },
        ),
      ),
      issuer: maybe(text),
      months: maybe(amount(600)),
      cost: maybe(amount(10_000_000)),
      costKnown: maybe(fc.boolean()),
      monthsKnown: maybe(fc.boolean()),
      requiresKnown: maybe(fc.boolean()),
      salary: maybe(salaryOf(keys), isRole),
      salaryByRegion: maybe(
        fc.dictionary(
          region,
          fc.record(
            {
              median: amount(10_000_000),
              mean: amount(10_000_000),
              year: yearText,
              source: fc.constantFrom(...keys),
            },
            { requiredKeys: ['year', 'source'] },
          ),
          { minKeys: 1, maxKeys: 3 },
        ),
        isRole,
      ),
      outlook: maybe(
        fc.record({
          growthPercent: fc.double({ min: -100, max: 1000, noNaN: true }).map((v) => v + 0),
          period: text,
          source: fc.constantFrom(...keys),
        }),
        isRole,
      ),
      requires: ids.length > 0 ? maybe(requirementOver(ids, roles)) : fc.constant(undefined),
      prefers: ids.length > 0 ? maybe(requirementOver(ids, roles)) : fc.constant(undefined),
      regions: maybe(fc.uniqueArray(region, { minLength: 1, maxLength: 3 })),
      notes: maybe(anyText),
      sources: maybe(fc.uniqueArray(fc.constantFrom(...keys), { minLength: 1, maxLength: 3 })),
    })
    .map((fields): CareerNode => {
      const node: Record<string, unknown> = { id, kind };
      for (const [k, v] of Object.entries(fields)) if (v !== undefined) node[k] = v;
      // The format's cross-field rules: a figure needs a source; "not known" excludes a value.
      if (node.costKnown === false) delete node.cost;
      if (node.monthsKnown === false) delete node.months;
      if ((node.months !== undefined || node.cost !== undefined) && node.sources === undefined) {
        node.sources = [keys[0]];
      }
      return node as unknown as CareerNode;
    });
}

const graphArbitrary: fc.Arbitrary<CareerGraphFile> = fc
  .record({
    header: fc.record(
      {
        $schema: anyText,
        id: kebab,
        title: text,
        summary: anyText,
        updated: fc
          .date({ min: new Date('1900-01-01'), max: new Date('2199-12-31'), noInvalidDate: true })
          .map((d) => d.toISOString().slice(0, 10)),
        currency: fc.stringMatching(/^[A-Z]{3}$/),
      },
      { requiredKeys: ['id', 'title', 'updated', 'currency'] },
    ),
    sources: fc.uniqueArray(
      fc.tuple(
        text.filter((k) => k !== '__proto__'),
        fc.record(
          {
            title: text,
            url: fc
              .stringMatching(/^[a-z0-9-]{0,8}(\/[a-z0-9-]{1,5}){0,2}$/)
              .map((p) => `https://example.org/${p}`),
            published: yearText,
            notes: anyText,
          },
          { requiredKeys: ['title', 'published'] },
        ),
      ),
      { minLength: 1, maxLength: 4, selector: ([key]) => key },
    ),
    nodes: fc.uniqueArray(fc.tuple(kebab, fc.constantFrom(...NODE_KINDS)), {
      minLength: 1,
      maxLength: 8,
      selector: ([id]) => id,
    }),
  })
  .chain(({ header, sources, nodes }) => {
    const keys = sources.map(([key]) => key);
    const build = (i: number, earlier: CareerNode[]): fc.Arbitrary<CareerNode[]> => {
      const next = nodes[i];
      if (next === undefined) return fc.constant(earlier);
      return nodeArbitrary(next[0], next[1], earlier, keys).chain((n) => build(i + 1, [...earlier, n]));
    };
    // fast-check makes some objects without a prototype; a file read from JSON has plain ones.
    return build(0, []).map(
      (built): CareerGraphFile =>
        JSON.parse(
          JSON.stringify({ format: 1, ...header, sources: Object.fromEntries(sources), nodes: built }),
        ),
    );
  });

describe('round trips of random valid graphs', () => {
  it('graph → CSV → graph and graph → file → graph are identities', { timeout: 300_000 }, () => {
    fc.assert(
      fc.property(graphArbitrary, (file) => {
        const checked = validateCareerGraph(file);
        expect(checked.ok ? [] : checked.problems).toEqual([]);

        const csv = importCsvGraph(exportCsvGraph(file));
        expect(csv.ok ? [] : csv.problems.map((p) => p.text)).toEqual([]);
        if (csv.ok) expect(csv.file).toEqual(file);

        const parsed = parseCareerGraph(graphFileText(file), 'random.json');
        expect(parsed.ok ? [] : parsed.problems).toEqual([]);
        if (parsed.ok) expect(parsed.file).toEqual(file);
      }),
      { numRuns: propertyRuns(500), seed: PROPERTY_SEED },
    );
  });
});

const PROBLEM_LINE =
  /^(graph|nodes|sources)\.csv( row \d+)?(, column ([\w$…]+|"([^"\\]|\\.)*"))?(, at [^:]+?)?: \S/s;
const SMALL = exportCsvGraph(
  JSON.parse(readFileSync('tests/fixtures/valid-small.json', 'utf8')) as CareerGraphFile,
);
const cellText = fc.oneof(
  anyText,
  fc.constantFrom(
    '',
    'diploma or',
    '(((a',
    '3 yr',
    'coder and "x',
    '{',
    '[1,2]',
    'NaN',
    '-1',
    'role',
    'TRUE',
  ),
);

describe('importCsvGraph on damaged sheets', () => {
  it('never throws: either a valid graph or problems that name their sheet, row and column', {
    timeout: 300_000,
  }, () => {
    const damaged = fc
      .record({
        sheet: fc.constantFrom(...CSV_SHEETS),
        row: fc.nat(12),
        column: fc.nat(30),
        value: cellText,
        raw: fc.option(fc.string({ unit: fc.constantFrom(',', '"', '\n', 'a', ';', '\t'), maxLength: 20 })),
      })
      .map(({ sheet, row, column, value, raw }) => {
        const rows = Papa.parse<string[]>(SMALL[sheet]).data;
        const target = rows[row % rows.length] ?? [];
        target[column % Math.max(1, target.length)] = value;
        const text = Papa.unparse(rows);
        return { ...SMALL, [sheet]: raw === null ? text : `${text}${raw}` } as CsvSheets;
      });
    fc.assert(
      fc.property(damaged, (sheets) => {
        const result = importCsvGraph(sheets);
        if (result.ok) expect(validateCareerGraph(result.file).ok).toBe(true);
        else {
          expect(result.problems.length).toBeGreaterThan(0);
          for (const p of result.problems) expect(p.text).toMatch(PROBLEM_LINE);
        }
      }),
      { numRuns: propertyRuns(1000), seed: PROPERTY_SEED },
    );
  });
});
