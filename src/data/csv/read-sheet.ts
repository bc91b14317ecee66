// Reads one CSV text into a header and numbered rows (papaparse does the CSV), and matches the
// header against a sheet's columns. Rows are numbered as a spreadsheet shows them: the header is 1.

import Papa from 'papaparse';
import type { Column, CsvSheet } from './columns';

export interface SheetRow {
  /** Spreadsheet row number (the header is row 1). */
  row: number;
  cells: string[];
}
export interface SheetProblem {
  row?: number;
  column?: string;
  /** Where inside the cell (a requirement's `anyOf[1]`, a list's `[0]`). */
  at?: string;
  message: string;
}
export interface Sheet {
  header: string[];
  rows: SheetRow[];
}

/** The delimiter the header line uses most: `,`, `;` (spreadsheets in many locales) or a tab. */
function headerDelimiter(text: string): string {
  const line = text.slice(0, text.search(/\r|\n|$/));
  const counts = [',', ';', '\t'].map((d) => ({ d, n: line.split(d).length }));
  return counts.reduce((best, c) => (c.n > best.n ? c : best)).d;
}

export function readSheet(text: string, problems: SheetProblem[]): Sheet {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const parsed = Papa.parse<string[]>(body, { delimiter: headerDelimiter(body), skipEmptyLines: false });
  for (const e of parsed.errors) {
    problems.push({
      ...(e.row !== undefined ? { row: e.row + 1 } : {}),
      message: `not valid CSV: ${e.message}`,
    });
  }
  const [header = [], ...records] = parsed.data;
  const rows = records
    .map((cells, i) => ({ row: i + 2, cells }))
    .filter((r) => r.cells.some((c) => c.trim() !== ''));
  return { header, rows };
}

/**
 * Which column of the sheet each header cell names (matched without regard to case or spaces);
 * undefined for an unnamed column that holds nothing. Unknown, repeated and missing required
 * columns are problems.
 */
export function matchHeader(
  sheet: Sheet,
  columns: readonly Column[],
  required: readonly string[],
  problems: SheetProblem[],
): (Column | undefined)[] {
  const byName = new Map(columns.map((c) => [c.name.toLowerCase(), c]));
  const seen = new Set<Column>();
  const matched = sheet.header.map((name, i) => {
    const column = byName.get(name.trim().toLowerCase());
    if (name.trim() === '') {
      if (sheet.rows.some((r) => (r.cells[i] ?? '').trim() !== '')) {
        problems.push({ row: 1, message: `column ${i + 1} holds values but has no name` });
      }
      return undefined;
    }
    if (column === undefined) {
      const all = columns.map((c) => c.name).join(', ');
      problems.push({ row: 1, column: name, message: `unknown column (expected one of: ${all})` });
    } else if (seen.has(column)) {
      problems.push({ row: 1, column: name, message: 'this column is given twice' });
    } else seen.add(column);
    return column;
  });
  const missing = required.filter((r) => ![...seen].some((c) => c.name === r));
  if (missing.length > 0) {
    problems.push({
      row: 1,
      message: `no column ${missing.join(', ')} (expected at least the columns ${required.join(', ')})`,
    });
  }
  return matched;
}

/**
 * Which sheet a CSV text is, from its header: graph.csv starts `field,value`, nodes.csv has an
 * `id` and a `kind` column, sources.csv a `key` column. Lets a person drop the three files in any
 * order, under any names.
 */
export function csvSheetOf(text: string): CsvSheet | undefined {
  const header = readSheet(text, []).header.map((h) => h.trim().toLowerCase());
  if (header[0] === 'field' && header[1] === 'value') return 'graph';
  if (header.includes('id') && header.includes('kind')) return 'nodes';
  if (header.includes('key')) return 'sources';
  return undefined;
}
