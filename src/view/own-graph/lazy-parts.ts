// The parts of the graph bar that show only after the person does something (problems with a file,
// sharing an own graph, spreadsheets in or out), loaded on first use rather than with the explorer.
// CSV brings papaparse; none of it is needed for the first frame.

import { lazy } from 'react';

export const ProblemsPanel = lazy(() =>
  import('./ProblemsPanel').then((m) => ({ default: m.ProblemsPanel })),
);

export const ShareGraph = lazy(() => import('./ShareGraph').then((m) => ({ default: m.ShareGraph })));

/** The spreadsheet reader and writer (csv-files.ts), fetched the first time spreadsheets are used. */
export const loadCsvFiles = () => import('./csv-files');
