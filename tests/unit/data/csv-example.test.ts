// The spreadsheet example of graph-data/README.md (graph-data/examples/coding-first-steps/*.csv)
// imports into a valid graph: the same graph as the README's JSON example of section 7.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CSV_SHEETS, csvSheetOf, exportCsvGraph, importCsvGraph } from '../../../src/data/csv';
import type { CareerGraphFile } from '../../../src/domain/types';

const DIR = 'graph-data/examples/coding-first-steps';
const read = (sheet: string) => readFileSync(`${DIR}/${sheet}.csv`, 'utf8');

describe('graph-data/examples/coding-first-steps', () => {
  const sheets = { graph: read('graph'), nodes: read('nodes'), sources: read('sources') };

  it('imports into a valid graph equal to the JSON example of the README', () => {
    const { $schema, ...expected } = JSON.parse(
      readFileSync('tests/fixtures/dataset-readme-example.json', 'utf8'),
    ) as CareerGraphFile;
    expect($schema).toBeDefined();
    const result = importCsvGraph(sheets);
    expect(result.ok ? [] : result.problems.map((p) => p.text)).toEqual([]);
    if (result.ok) expect(result.file).toEqual(expected);
  });

  it('is exactly what the app exports for that graph', () => {
    const result = importCsvGraph(sheets);
    if (!result.ok) throw new Error('example does not import');
    expect(exportCsvGraph(result.file)).toEqual(sheets);
  });

  it('each file is recognised by its header', () => {
    for (const sheet of CSV_SHEETS) expect(csvSheetOf(sheets[sheet])).toBe(sheet);
  });
});
