// Reads the three CSV sheets of a graph back into a career graph file, then checks it with the
// same validator as `npm run validate`; every problem names its sheet, row and column.

import type { CareerGraphFile } from '../../domain/types';
import { MAX_FILE_BYTES } from '../load';
import type { Problem } from '../problem';
import { validateCareerGraph } from '../validate';
import { textCodec, unguardCell } from './cell-codecs';
import {
  type Column,
  CSV_SHEET_FILES,
  CSV_SHEETS,
  type CsvSheet,
  columnOfField,
  GRAPH_FIELD_COLUMNS,
  GRAPH_FIELDS,
  NODE_COLUMNS,
  REQUIRED_NODE_COLUMNS,
  REQUIRED_SOURCE_COLUMNS,
  SOURCE_COLUMNS,
} from './columns';
import type { CsvSheets } from './export-csv';
import { matchHeader, readSheet, type Sheet, type SheetProblem } from './read-sheet';

export interface CsvProblem {
  sheet: CsvSheet;
  /** Spreadsheet row number: the header is row 1. */
  row?: number;
  /** Column name as the sheet writes it. */
  column?: string;
  /** Where inside the cell, for a requirement or a list: `anyOf[1]`, `[0]`. */
  at?: string;
  message: string;
  /** The one-line form: `nodes.csv row 12, column requires: …`. */
  text: string;
}

export type CsvImportResult = { ok: true; file: CareerGraphFile } | { ok: false; problems: CsvProblem[] };

/** Column names written bare in messages; any other header text is quoted. */
const PLAIN_COLUMN = /^[\w$…]+$/;

function csvProblem(sheet: CsvSheet, p: SheetProblem): CsvProblem {
  const where = [
    p.row !== undefined ? `row ${p.row}` : '',
    p.column !== undefined
      ? `column ${PLAIN_COLUMN.test(p.column) ? p.column : JSON.stringify(p.column)}`
      : '',
    p.at !== undefined ? `at ${p.at}` : '',
  ]
    .filter((s) => s !== '')
    .join(', ');
  return { sheet, ...p, text: `${CSV_SHEET_FILES[sheet]}${where ? ` ${where}` : ''}: ${p.message}` };
}

type Fields = Record<string, unknown>;

/** Decodes one cell into `target` (an empty cell leaves the field out); a bad cell is a problem. */
function readCell(target: Fields, column: Column, raw: string, row: number, problems: SheetProblem[]): void {
  if (raw === '') return;
  const cell = unguardCell(raw);
  if (column.codec !== textCodec && cell.trim() === '') return;
  const decoded = column.codec.decode(cell);
  if (!decoded.ok) {
    problems.push({ row, column: column.name, message: decoded.message });
    return;
  }
  const [field, sub] = column.path;
  if (sub === undefined) {
    target[field] = decoded.value;
    return;
  }
  if (!Object.hasOwn(target, field)) target[field] = {};
  (target[field] as Fields)[sub] = decoded.value;
}

/** Where each part of the graph came from, to turn the validator's JSON paths into cells. */
interface Origins {
  graphRows: Map<string, number>;
  nodeRows: number[];
  sourceRows: Map<string, number>;
}

function readGraph(sheet: Sheet, problems: SheetProblem[], origins: Origins): Fields {
  const [fieldAt, valueAt] = GRAPH_FIELD_COLUMNS.map((name) =>
    sheet.header.findIndex((h) => h.trim().toLowerCase() === name),
  );
  if (fieldAt === undefined || valueAt === undefined || fieldAt < 0 || valueAt < 0) {
    problems.push({ row: 1, message: 'expected the columns field and value' });
    return {};
  }
  const graph: Fields = {};
  for (const { row, cells } of sheet.rows) {
    const name = (cells[fieldAt] ?? '').trim();
    const column = GRAPH_FIELDS.find((c) => c.name.toLowerCase() === name.toLowerCase());
    if (column === undefined) {
      const all = GRAPH_FIELDS.map((c) => c.name).join(', ');
      problems.push({ row, column: 'field', message: `unknown field "${name}" (expected one of: ${all})` });
      continue;
    }
    if (origins.graphRows.has(column.name)) {
      problems.push({ row, column: 'field', message: `the field ${column.name} is given twice` });
      continue;
    }
    origins.graphRows.set(column.name, row);
    const before = problems.length;
    readCell(graph, column, cells[valueAt] ?? '', row, problems);
    for (const p of problems.slice(before)) p.column = 'value';
  }
  // Format 1 is the only format: a hand-made sheet may leave the row out.
  if (!origins.graphRows.has('format')) graph.format = 1;
  return graph;
}

function readSources(sheet: Sheet, problems: SheetProblem[], origins: Origins): Fields {
  const columns = matchHeader(sheet, SOURCE_COLUMNS, REQUIRED_SOURCE_COLUMNS, problems);
  const entries: [string, Fields][] = [];
  for (const { row, cells } of sheet.rows) {
    const fields: Fields = {};
    columns.forEach((c, i) => {
      if (c) readCell(fields, c, cells[i] ?? '', row, problems);
    });
    const { key, ...source } = fields;
    if (typeof key !== 'string') {
      problems.push({
        row,
        column: 'key',
        message: 'the source has no key (expected a short name nodes refer to)',
      });
    } else if (origins.sourceRows.has(key)) {
      problems.push({
        row,
        column: 'key',
        message: `the key "${key}" is given twice (also row ${origins.sourceRows.get(key)})`,
      });
    } else {
      origins.sourceRows.set(key, row);
      entries.push([key, source]);
    }
  }
  return Object.fromEntries(entries);
}

function readNodes(sheet: Sheet, problems: SheetProblem[], origins: Origins): Fields[] {
  const columns = matchHeader(sheet, NODE_COLUMNS, REQUIRED_NODE_COLUMNS, problems);
  return sheet.rows.map(({ row, cells }) => {
    const node: Fields = {};
    columns.forEach((c, i) => {
      if (c) readCell(node, c, cells[i] ?? '', row, problems);
    });
    cells.slice(columns.length).forEach((extra, i) => {
      if (extra.trim() !== '') {
        problems.push({
          row,
          message: `column ${columns.length + i + 1} holds a value but the header names no column there`,
        });
      }
    });
    origins.nodeRows.push(row);
    return node;
  });
}

const SEGMENT = /\.([A-Za-z_$][\w$]*)|\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\]/y;
function pathSegments(path: string): (string | number)[] {
  const segments: (string | number)[] = [];
  SEGMENT.lastIndex = 1; // after "$"
  for (let m = SEGMENT.exec(path); m !== null; m = SEGMENT.exec(path)) {
    segments.push(m[1] ?? (m[2] !== undefined ? Number(m[2]) : (JSON.parse(m[3] as string) as string)));
  }
  return segments;
}

const formatInner = (segments: (string | number)[]): string =>
  segments.map((s, i) => (typeof s === 'number' ? `[${s}]` : i === 0 ? s : `.${s}`)).join('');

/** The cell a validator problem points at. */
function locate(p: Problem, origins: Origins): { sheet: CsvSheet; problem: SheetProblem } {
  const [top, ...rest] = pathSegments(p.path);
  const what = `${p.message} (expected ${p.expected})`;
  if (top === 'nodes' && typeof rest[0] === 'number') {
    const [index, field, sub, ...deeper] = rest;
    const row = origins.nodeRows[index];
    if (typeof field !== 'string') return { sheet: 'nodes', problem: { row, message: what } };
    const nested = field === 'salary' || field === 'outlook';
    const column = columnOfField(NODE_COLUMNS, field, nested && typeof sub === 'string' ? sub : undefined);
    const inner = nested ? deeper : [sub, ...deeper].filter((s) => s !== undefined);
    const at = inner.length > 0 ? { at: formatInner(inner as (string | number)[]) } : {};
    return { sheet: 'nodes', problem: { row, column: column ?? field, ...at, message: what } };
  }
  if (top === 'nodes') return { sheet: 'nodes', problem: { message: what } };
  if (top === 'sources' && typeof rest[0] === 'string') {
    const column = typeof rest[1] === 'string' ? rest[1] : undefined;
    return { sheet: 'sources', problem: { row: origins.sourceRows.get(rest[0]), column, message: what } };
  }
  if (top === 'sources') return { sheet: 'sources', problem: { message: what } };
  const row = typeof top === 'string' ? origins.graphRows.get(top) : undefined;
  if (row !== undefined) return { sheet: 'graph', problem: { row, column: 'value', message: what } };
  return { sheet: 'graph', problem: { message: top === undefined ? what : `field ${top}: ${what}` } };
}

/**
 * Reads a graph from its CSV sheets (as exportCsvGraph writes them, or made by hand: columns in
 * any order, only id, kind and label required in nodes.csv; `,`, `;` or tab as the delimiter).
 * The result is checked by validateCareerGraph; problems are listed sheet by sheet, row by row.
 */
export function importCsvGraph(sheets: CsvSheets): CsvImportResult {
  const found: Record<CsvSheet, SheetProblem[]> = { graph: [], nodes: [], sources: [] };
  const origins: Origins = { graphRows: new Map(), nodeRows: [], sourceRows: new Map() };
  const bytes = CSV_SHEETS.reduce((sum, s) => sum + new TextEncoder().encode(sheets[s]).length, 0);
  if (bytes > MAX_FILE_BYTES) {
    const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
    const message = `the sheets hold ${mb(bytes)}, too much to load (expected at most ${mb(MAX_FILE_BYTES)} together)`;
    return { ok: false, problems: [csvProblem('nodes', { message })] };
  }
  let graph: Fields = {};
  if (sheets.graph.trim() === '') {
    found.graph.push({ message: 'the sheet is empty (expected rows for id, title, updated and currency)' });
  } else graph = readGraph(readSheet(sheets.graph, found.graph), found.graph, origins);
  // A graph without figures needs no sources: an empty sources sheet is no sources.
  const sources =
    sheets.sources.trim() === ''
      ? {}
      : readSources(readSheet(sheets.sources, found.sources), found.sources, origins);
  const nodes = readNodes(readSheet(sheets.nodes, found.nodes), found.nodes, origins);
  const headerTrouble = CSV_SHEETS.some((s) => found[s].some((p) => p.row === 1 || p.row === undefined));
  let file: CareerGraphFile | undefined;
  if (!headerTrouble) {
    const result = validateCareerGraph({ ...graph, sources, nodes });
    if (result.ok) file = result.file;
    else {
      for (const p of result.problems) {
        const { sheet, problem } = locate(p, origins);
        found[sheet].push(problem);
      }
    }
  }
  const problems = CSV_SHEETS.flatMap((sheet) =>
    found[sheet]
      .map((p, order) => ({ p, order }))
      .sort((a, b) => (a.p.row ?? 0) - (b.p.row ?? 0) || a.order - b.order)
      .map(({ p }) => csvProblem(sheet, p)),
  );
  if (file !== undefined && problems.length === 0) return { ok: true, file };
  return { ok: false, problems };
}
