// The built-in health-information career graph, fetched as its own hashed asset (not inlined in the
// code, so it caches apart from it) and validated like any other file, so a broken edit to the
// dataset shows the validator's messages instead of a blank page.

import url from '../../graph-data/health-information.json?url';
import { type LoadResult, parseCareerGraph } from './load';

export const BUILTIN_FILE_NAME = 'graph-data/health-information.json';

export async function loadBuiltinGraph(): Promise<LoadResult> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${BUILTIN_FILE_NAME} could not be read (HTTP ${response.status})`);
  return parseCareerGraph(await response.text(), BUILTIN_FILE_NAME);
}
