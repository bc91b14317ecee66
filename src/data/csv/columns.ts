// The three sheets of a graph in CSV (graph.csv, nodes.csv, sources.csv): their columns, in the
// order they are written, and which field of the format and which cell codec each one stands for.

import {
  booleanCodec,
  type CellCodec,
  listCodec,
  mapCodec,
  numberCodec,
  regionalCodec,
  requirementCodec,
  textCodec,
  wordCodec,
} from './cell-codecs';

export const CSV_SHEETS = ['graph', 'nodes', 'sources'] as const;
export type CsvSheet = (typeof CSV_SHEETS)[number];
/** The file name each sheet is known by in messages (and a sensible name to save it under). */
export const CSV_SHEET_FILES: Record<CsvSheet, string> = {
  graph: 'graph.csv',
  nodes: 'nodes.csv',
  sources: 'sources.csv',
};

export interface Column {
  name: string;
  /** Where the value lives: a field, or a field of a nested object (`salary.low`). */
  path: readonly [string] | readonly [string, string];
  codec: CellCodec;
}

const col = (name: string, codec: CellCodec, path?: Column['path']): Column => ({
  name,
  codec,
  path: path ?? [name],
});

/** One row per node. The first nine are the everyday ones; the rest hold every other field. */
export const NODE_COLUMNS: readonly Column[] = [
  col('id', wordCodec),
  col('kind', wordCodec),
  col('label', textCodec),
  col('level', numberCodec),
  col('months', numberCodec),
  col('cost', numberCodec),
  col('summary', textCodec),
  col('notes', textCodec),
  col('requires', requirementCodec),
  col('issuer', textCodec),
  col('codes', mapCodec),
  col('costKnown', booleanCodec),
  col('monthsKnown', booleanCodec),
  col('requiresKnown', booleanCodec),
  col('prefers', requirementCodec),
  col('regions', listCodec),
  col('sources', listCodec),
  col('salaryLow', numberCodec, ['salary', 'low']),
  col('salaryMedian', numberCodec, ['salary', 'median']),
  col('salaryMean', numberCodec, ['salary', 'mean']),
  col('salaryHigh', numberCodec, ['salary', 'high']),
  col('salaryYear', textCodec, ['salary', 'year']),
  col('salarySource', textCodec, ['salary', 'source']),
  col('salaryByRegion', regionalCodec),
  col('outlookGrowthPercent', numberCodec, ['outlook', 'growthPercent']),
  col('outlookPeriod', textCodec, ['outlook', 'period']),
  col('outlookSource', textCodec, ['outlook', 'source']),
];
/** Nodes need these columns; every other column may be left out of a hand-made sheet. */
export const REQUIRED_NODE_COLUMNS = ['id', 'kind', 'label'] as const;

/** One row per source; `key` is what nodes and figures name. */
export const SOURCE_COLUMNS: readonly Column[] = [
  col('key', textCodec),
  col('title', textCodec),
  col('url', textCodec),
  col('published', textCodec),
  col('notes', textCodec),
];
export const REQUIRED_SOURCE_COLUMNS = ['key', 'title', 'published'] as const;

/** graph.csv has two columns, `field` and `value`, and one row per top-level field. */
export const GRAPH_FIELD_COLUMNS = ['field', 'value'] as const;
export const GRAPH_FIELDS: readonly Column[] = [
  col('format', numberCodec),
  col('id', wordCodec),
  col('title', textCodec),
  col('summary', textCodec),
  col('updated', wordCodec),
  col('currency', wordCodec),
  col('$schema', textCodec),
];

/** The column a field of the format is written in (`salary.low` → salaryLow), for messages. */
export function columnOfField(columns: readonly Column[], field: string, sub?: string): string | undefined {
  const exact = columns.find((c) => c.path[0] === field && c.path[1] === sub);
  if (exact) return exact.name;
  const group = columns.filter((c) => c.path[0] === field);
  if (group.length === 1) return group[0]?.name;
  if (group.length > 1) return `${group[0]?.name}…${group[group.length - 1]?.name}`;
  return undefined;
}
