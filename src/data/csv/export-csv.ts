// Writes a career graph as three CSV texts (graph.csv, nodes.csv, sources.csv) that a spreadsheet
// opens and importCsvGraph reads back into the same graph. Quoting is papaparse's.

import Papa from 'papaparse';
import type { CareerGraphFile } from '../../domain/types';
import { guardCell, numberCodec } from './cell-codecs';
import {
  type Column,
  type CsvSheet,
  GRAPH_FIELD_COLUMNS,
  GRAPH_FIELDS,
  NODE_COLUMNS,
  SOURCE_COLUMNS,
} from './columns';

export type CsvSheets = Record<CsvSheet, string>;

function valueAt(record: object, path: Column['path']): unknown {
  const [field, sub] = path;
  const value = Object.hasOwn(record, field) ? (record as Record<string, unknown>)[field] : undefined;
  if (sub === undefined) return value;
  return value !== null && typeof value === 'object' && Object.hasOwn(value, sub)
    ? (value as Record<string, unknown>)[sub]
    : undefined;
}

/**
 * An absent value is an empty cell; anything else is encoded, then guarded against formulas.
 * Numbers need no guard (a spreadsheet reads `-5` as minus five) and stay plain.
 */
function cell(column: Column, value: unknown): string {
  if (value === undefined) return '';
  const text = column.codec.encode(value);
  return column.codec === numberCodec ? text : guardCell(text);
}

const unparse = (rows: string[][]): string => `${Papa.unparse(rows, { newline: '\r\n' })}\r\n`;

/**
 * The graph as CSV texts, one per sheet (CRLF line ends, as RFC 4180 and spreadsheets expect).
 * Every field of the format has a column (or, for the top level, a row of graph.csv), so
 * importCsvGraph(exportCsvGraph(file)) gives back `file` exactly.
 * Throws a RangeError only for a requirement nested deeper than the format allows.
 */
export function exportCsvGraph(file: CareerGraphFile): CsvSheets {
  const graph = [
    [...GRAPH_FIELD_COLUMNS],
    ...GRAPH_FIELDS.map((c) => [c.name, cell(c, valueAt(file, c.path))]),
  ];
  const nodes = [
    NODE_COLUMNS.map((c) => c.name),
    ...file.nodes.map((node) => NODE_COLUMNS.map((c) => cell(c, valueAt(node, c.path)))),
  ];
  const sources = [
    SOURCE_COLUMNS.map((c) => c.name),
    ...Object.entries(file.sources).map(([key, source]) =>
      SOURCE_COLUMNS.map((c) => (c.name === 'key' ? cell(c, key) : cell(c, valueAt(source, c.path)))),
    ),
  ];
  return { graph: unparse(graph), nodes: unparse(nodes), sources: unparse(sources) };
}
