// Spreadsheets: a career graph as three CSV sheets (graph.csv, nodes.csv, sources.csv), written
// and read back exactly. The columns and cell forms are documented in graph-data/README.md.

export { CSV_SHEET_FILES, CSV_SHEETS, type CsvSheet } from './columns';
export { type CsvSheets, exportCsvGraph } from './export-csv';
export { type CsvImportResult, type CsvProblem, importCsvGraph } from './import-csv';
export { csvSheetOf } from './read-sheet';
