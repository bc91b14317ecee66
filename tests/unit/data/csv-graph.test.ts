// Graph ↔ CSV sheets: the built-in graphs round trip exactly, each cell form is written as
// documented, hand-made sheets are read, and every problem names its sheet, row and column.

import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { type CsvSheets, csvSheetOf, exportCsvGraph, importCsvGraph } from '../../../src/data/csv';
import { MAX_FILE_BYTES } from '../../../src/data/load';
import type { CareerGraphFile } from '../../../src/domain/types';

const readGraph = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as CareerGraphFile;
const imported = (sheets: CsvSheets): CareerGraphFile => {
  const r = importCsvGraph(sheets);
  if (!r.ok) throw new Error(r.problems.map((p) => p.text).join('\n'));
  return r.file;
};
const problemsOf = (sheets: CsvSheets): string[] => {
  const r = importCsvGraph(sheets);
  if (r.ok) throw new Error('imported without problems');
  return r.problems.map((p) => p.text);
};
/** The cells of a sheet as objects keyed by column (empty cells left out). */
const cellsOf = (text: string): Record<string, string>[] => {
  const [header = [], ...rows] = Papa.parse<string[]>(text, { skipEmptyLines: true }).data;
  return rows.map((r) =>
    Object.fromEntries(header.map((h, i) => [h, r[i] ?? '']).filter(([, c]) => c !== '')),
  );
};

const SMALL = readGraph('tests/fixtures/valid-small.json');
const GRAPH_CSV = 'field,value\nid,tiny\ntitle,Tiny\nupdated,2026-12-01\ncurrency,USD\n';
const SOURCES_CSV = 'key,title,published\nbls,BLS,2024\n';

describe('exportCsvGraph → importCsvGraph', () => {
  it.each([
    'graph-data/health-information.json',
    'graph-data/nursing.json',
    'tests/fixtures/valid-small.json',
  ])('gives back %s exactly', (path) => {
    const file = readGraph(path);
    expect(imported(exportCsvGraph(file))).toEqual(file);
  });

  it('writes one row per node and per source, and the top level as field/value rows', () => {
    const csv = exportCsvGraph(SMALL);
    expect(csv.graph).toBe(
      'field,value\r\nformat,1\r\nid,small-lattice\r\ntitle,A small test lattice\r\nsummary,\r\n' +
        'updated,2026-11-27\r\ncurrency,USD\r\n$schema,../../graph-data/career-graph.schema.json\r\n',
    );
    expect(csv.sources).toBe('key,title,url,published,notes\r\nfact-sheet,Test fact sheet,,2024,\r\n');
    const nodes = cellsOf(csv.nodes);
    expect(nodes).toHaveLength(SMALL.nodes.length);
    expect(nodes[3]).toEqual({
      id: 'coder',
      kind: 'role',
      label: 'Medical coder',
      level: '1',
      requires: 'certificate or associate',
      salaryLow: '35000',
      salaryMedian: '48000',
      salaryHigh: '58000',
      salaryYear: '2024',
      salarySource: 'fact-sheet',
      salaryByRegion: 'NJ: mean=48243, year=2024, source=fact-sheet',
      outlookGrowthPercent: '7',
      outlookPeriod: '2024-2034',
      outlookSource: 'fact-sheet',
    });
    expect(nodes[4]).toMatchObject({
      requires: 'associate or (certificate and 1 yr coder)',
      prefers: '2 yr coder',
      issuer: 'Test body',
      cost: '299',
      sources: 'fact-sheet',
    });
  });

  it('keeps awkward values exact: empty texts, quotes, line breaks, formula-like text, odd keys', () => {
    const file: CareerGraphFile = {
      format: 1,
      id: 'awkward',
      title: '"Quoted" title',
      summary: '',
      updated: '2026-12-01',
      currency: 'USD',
      sources: { 'key; with = signs': { title: '=HYPERLINK("x")', published: "'+1", notes: ' padded ' } },
      nodes: [
        {
          id: 'a',
          kind: 'role',
          label: '"a"',
          notes: 'line one\nline two, with "quotes"\r\nand a CRLF',
          codes: { soc: '29-2072', 'odd=name': 'x;y' },
          regions: ['NJ', 'NY'],
          sources: ['key; with = signs'],
          salaryByRegion: { NJ: { year: 'May, 2024', source: 'key; with = signs' } },
          costKnown: false,
          outlook: { growthPercent: -3, period: '2024-2034', source: 'key; with = signs' },
        },
        {
          id: 'b',
          kind: 'education',
          label: '-5 is not a formula here',
          summary: '  ',
          regions: ['NJ'],
          codes: {},
          sources: [],
        },
      ],
    };
    const csv = exportCsvGraph(file);
    const nodes = cellsOf(csv.nodes);
    expect(nodes[0]).toMatchObject({
      label: '"\\"a\\""',
      codes: '{"soc":"29-2072","odd=name":"x;y"}',
      regions: 'NJ; NY',
      sources: '["key; with = signs"]',
      salaryByRegion: '{"NJ":{"year":"May, 2024","source":"key; with = signs"}}',
      costKnown: 'false',
    });
    expect(nodes[0]?.outlookGrowthPercent).toBe('-3');
    // An empty map or list is not an empty cell (which would read back as absent).
    expect(nodes[1]).toMatchObject({
      label: "'-5 is not a formula here",
      summary: '  ',
      codes: '{}',
      sources: '[]',
    });
    expect(cellsOf(csv.sources)[0]).toMatchObject({ title: `'=HYPERLINK("x")`, published: "''+1" });
    expect(cellsOf(csv.graph)).toContainEqual({ field: 'summary', value: '""' });
    expect(imported(csv)).toEqual(file);
  });
});

describe('importCsvGraph on hand-made sheets', () => {
  it('reads columns in any order and case, semicolons as delimiter, a BOM, TRUE/FALSE, blank rows, no format row', () => {
    const nodes =
      '\uFEFFID;Label;Kind;Requires;costKnown;Codes\r\n' +
      'diploma;High school diploma;education;;;\r\n' +
      ';;;;;\r\n' +
      'coder;Medical coder;role;"diploma and (all of (diploma))";FALSE;soc=29-2072\r\n';
    expect(imported({ graph: GRAPH_CSV, nodes, sources: SOURCES_CSV })).toEqual({
      format: 1,
      id: 'tiny',
      title: 'Tiny',
      updated: '2026-12-01',
      currency: 'USD',
      sources: { bls: { title: 'BLS', published: '2024' } },
      nodes: [
        { id: 'diploma', kind: 'education', label: 'High school diploma' },
        {
          id: 'coder',
          kind: 'role',
          label: 'Medical coder',
          codes: { soc: '29-2072' },
          costKnown: false,
          requires: { allOf: ['diploma', { allOf: ['diploma'] }] },
        },
      ],
    });
  });

  it('names the sheet, row and column of each cell it cannot read, and of each validator problem', () => {
    const nodes = [
      'id,kind,label,months,requires,sources,salaryMedian,salaryYear,salarySource,codes',
      'diploma,education,Diploma,"4,050",,,,,,',
      'coder,role,Coder,2,diploma or,bls,,,,soc',
      'cert,credential,Cert,,diploma or rhia,bls,50000,2024,bls,',
      'diploma,role,Twice,,,nowhere,,,,',
    ].join('\n');
    const graph = 'field,value\nid,Tiny Graph\ntitle,Tiny\nupdated,1 Dec 2026\ncurrency,USD\ncolour,blue\n';
    const sources = 'key,title,published\nbls,BLS,2024\nbls,BLS again,2025\nold,,2020\n';
    expect(problemsOf({ graph, nodes, sources })).toEqual([
      'graph.csv row 2, column value: "Tiny Graph" is not in the right form (expected a kebab-case id: lower-case letters and digits joined by hyphens, like "medical-coder")',
      'graph.csv row 4, column value: "1 Dec 2026" is not in the right form (expected an ISO date, like "2026-11-27")',
      'graph.csv row 6, column field: unknown field "colour" (expected one of: format, id, title, summary, updated, currency, $schema)',
      'nodes.csv row 2, column months: "4,050" is not a number (expected digits with an optional decimal point, like 4050 or 1.5)',
      "nodes.csv row 3, column requires: expected a node id after 'or' at column 9, found the end of the text",
      'nodes.csv row 3, column codes: "soc" is not name=value',
      expect.stringMatching(/^nodes\.csv row 4, column requires, at anyOf\[1\]: "rhia" is not a node id/),
      expect.stringMatching(/^nodes\.csv row 4, column salaryLow…salarySource: a credential has no salary/),
      expect.stringMatching(/^nodes\.csv row 5, column id: /),
      expect.stringMatching(/^nodes\.csv row 5, column sources, at \[0\]: source "nowhere"/),
      'sources.csv row 3, column key: the key "bls" is given twice (also row 2)',
      expect.stringMatching(/^sources\.csv row 4, column title: /),
    ]);
  });

  it('stops at the header when columns are unknown, repeated or missing', () => {
    expect(
      problemsOf({ graph: GRAPH_CSV, nodes: 'id,label,colour,label\na,A,red,A\n', sources: 'title\n' }),
    ).toEqual([
      'nodes.csv row 1, column colour: unknown column (expected one of: id, kind, label, level, months, cost, summary, notes, requires, issuer, codes, costKnown, monthsKnown, requiresKnown, prefers, regions, sources, salaryLow, salaryMedian, salaryMean, salaryHigh, salaryYear, salarySource, salaryByRegion, outlookGrowthPercent, outlookPeriod, outlookSource)',
      'nodes.csv row 1, column label: this column is given twice',
      'nodes.csv row 1: no column kind (expected at least the columns id, kind, label)',
      'sources.csv row 1: no column key, published (expected at least the columns key, title, published)',
    ]);
    expect(problemsOf({ graph: 'name,value\n', nodes: 'id,kind,label\n', sources: SOURCES_CSV })).toEqual([
      'graph.csv row 1: expected the columns field and value',
    ]);
  });

  it('takes an empty sources sheet as no sources, and says so when the graph sheet is empty', () => {
    const nodes = 'id,kind,label\na,role,A\n';
    expect(imported({ graph: GRAPH_CSV, nodes, sources: '' }).sources).toEqual({});
    expect(problemsOf({ graph: ' \n', nodes, sources: '' })).toEqual([
      'graph.csv: the sheet is empty (expected rows for id, title, updated and currency)',
    ]);
  });

  it('refuses sheets over 20 MB together, before reading them', () => {
    const big = `id,kind,label\n${'a'.repeat(MAX_FILE_BYTES)}\n`;
    expect(problemsOf({ graph: GRAPH_CSV, nodes: big, sources: SOURCES_CSV })).toEqual([
      'nodes.csv: the sheets hold 20.0 MB, too much to load (expected at most 20.0 MB together)',
    ]);
  });

  it('reports broken CSV with its row', () => {
    const nodes = 'id,kind,label\na,role,"A\nb,role,B\n';
    expect(problemsOf({ graph: GRAPH_CSV, nodes, sources: SOURCES_CSV })[0]).toMatch(
      /^nodes\.csv row 2: not valid CSV: /,
    );
  });
});

describe('csvSheetOf', () => {
  it('tells the sheets apart by their header', () => {
    const csv = exportCsvGraph(SMALL);
    expect([csvSheetOf(csv.graph), csvSheetOf(csv.nodes), csvSheetOf(csv.sources)]).toEqual([
      'graph',
      'nodes',
      'sources',
    ]);
    expect(csvSheetOf('id;kind;label\n')).toBe('nodes');
    expect(csvSheetOf('name,email\n')).toBeUndefined();
    expect(csvSheetOf('')).toBeUndefined();
  });
});
