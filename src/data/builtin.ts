// The built-in career graphs, bundled as text and validated like any other file, so a broken edit
// to a dataset shows the validator's messages instead of a blank page. The first is the default.

import text from '../../graph-data/health-information.json?raw';
import { type LoadResult, parseCareerGraph } from './load';

export const BUILTIN_FILE_NAME = 'graph-data/health-information.json';

/** A built-in graph: its file id, where it lives, and how to fetch its text (others load lazily). */
export interface BuiltinGraph {
  id: string;
  title: string;
  fileName: string;
  text: () => Promise<string>;
}

export const BUILTIN_GRAPHS: readonly BuiltinGraph[] = [
  {
    id: 'health-information',
    title: 'Health information careers (United States)',
    fileName: BUILTIN_FILE_NAME,
    text: async () => text,
  },
  {
    id: 'nursing',
    title: 'Nursing careers (United States)',
    fileName: 'graph-data/nursing.json',
    text: async () => (await import('../../graph-data/nursing.json?raw')).default,
  },
];

/** The default built-in graph (health information), parsed synchronously. */
export function loadBuiltinGraph(): LoadResult {
  return parseCareerGraph(text, BUILTIN_FILE_NAME);
}

/** Any built-in graph by its id; an unknown id is a load problem naming the ids there are. */
export async function loadBuiltinGraphById(id: string): Promise<LoadResult> {
  const entry = BUILTIN_GRAPHS.find((g) => g.id === id);
  if (entry === undefined) {
    const known = BUILTIN_GRAPHS.map((g) => `"${g.id}"`).join(', ');
    return {
      ok: false,
      problems: [`builtin: "${id}" is not a built-in graph (expected one of ${known})`],
      total: 1,
    };
  }
  return parseCareerGraph(await entry.text(), entry.fileName);
}
