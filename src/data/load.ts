// Reading a career graph file with the closest-id suggestions (fuse.js) bound in, for callers that
// read synchronously: `npm run validate`, the scripts, tests. The app opens a person's own graph
// through load-own.ts, which loads the validator on demand and fuse.js only for an unknown id.

import { closestIdHints } from './closest-ids';
import { type LoadResult, parseCareerGraphWith } from './load-core';

export { MAX_FILE_BYTES } from './limits';
export { type LoadResult, parseJson, stripByteOrderMark } from './load-core';

/** Never throws: any text ends in a file and its graph, or in a list of problems. */
export function parseCareerGraph(text: string, fileName: string): LoadResult {
  return parseCareerGraphWith(text, fileName, closestIdHints);
}
