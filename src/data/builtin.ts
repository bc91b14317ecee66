// The built-in health-information career graph, bundled as text and validated like any other
// file, so a broken edit to the dataset shows the validator's messages instead of a blank page.

import text from '../../graph-data/health-information.json?raw';
import { type LoadResult, parseCareerGraph } from './load';

export const BUILTIN_FILE_NAME = 'graph-data/health-information.json';

export function loadBuiltinGraph(): LoadResult {
  return parseCareerGraph(text, BUILTIN_FILE_NAME);
}
