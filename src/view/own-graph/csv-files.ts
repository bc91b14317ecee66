// Spreadsheets in and out of the app: the three CSV sheets of a graph as downloads, and files the
// person picked (in any order, under any names) turned into a graph file or a list of problems.

import {
  CSV_SHEET_FILES,
  CSV_SHEETS,
  type CsvSheets,
  csvSheetOf,
  exportCsvGraph,
  importCsvGraph,
} from '../../data/csv';
import { graphFileText } from '../../data/graph-file-text';
import type { CareerGraphFile } from '../../domain/types';
import { downloadText, fileNameOf } from './download';

export function downloadCsv(file: CareerGraphFile): void {
  const sheets = exportCsvGraph(file);
  const base = fileNameOf(file.title, 'csv').replace(/\.csv$/, '');
  for (const sheet of CSV_SHEETS)
    downloadText(`${base}-${CSV_SHEET_FILES[sheet]}`, sheets[sheet], 'text/csv');
}

export async function readCsvFiles(
  files: readonly File[],
): Promise<{ ok: true; text: string; title: string } | { ok: false; problems: string[] }> {
  const sheets: Partial<CsvSheets> = {};
  const problems: string[] = [];
  for (const f of files) {
    const text = await f.text();
    const sheet = csvSheetOf(text);
    if (sheet === undefined)
      problems.push(
        `${f.name}: row 1: the header is not a graph, nodes or sources sheet (expected the columns in graph-data/README.md)`,
      );
    else if (sheets[sheet] !== undefined)
      problems.push(`${f.name}: a second ${CSV_SHEET_FILES[sheet]} sheet (expected one of each)`);
    else sheets[sheet] = text;
  }
  for (const sheet of CSV_SHEETS) {
    if (sheets[sheet] === undefined)
      problems.push(`${CSV_SHEET_FILES[sheet]}: missing (pick the graph, nodes and sources sheets together)`);
  }
  if (problems.length) return { ok: false, problems };
  const r = importCsvGraph(sheets as CsvSheets);
  if (!r.ok) return { ok: false, problems: r.problems.map((p) => p.text) };
  return { ok: true, text: graphFileText(r.file), title: r.file.title };
}
