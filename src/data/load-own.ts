// Opening a person's own graph (kept in this browser, in a link, opened from a file): validated in
// full, with the same messages as `npm run validate`. Callers import this module on demand, so the
// validator (zod and the rules) never loads for a built-in graph; fuse.js, for the "closest:"
// suggestions, loads only when the file names an unknown id.

import { askedForHints } from './id-hints';
import { type LoadResult, parseCareerGraphWith } from './load-core';

export async function loadOwnGraph(text: string, fileName: string): Promise<LoadResult> {
  const first = askedForHints();
  const result = parseCareerGraphWith(text, fileName, first.hintsFor);
  if (result.ok || !first.asked()) return result;
  // An unknown id: check again, now with the suggestions.
  const { closestIdHints } = await import('./closest-ids');
  return parseCareerGraphWith(text, fileName, closestIdHints);
}
