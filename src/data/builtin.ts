// The built-in career graphs, bundled as text (each in a chunk of its own, apart from the code). They
// are trusted: `npm run validate` (CI) and tests/unit/data/builtin-registry.test.ts check every one
// with the validator, so start-up builds the graph straight from the text and loads no validator
// (zod, fuse.js). The first is the default.

import { buildCareerGraph } from '../domain/career-graph';
import type { CareerGraphFile } from '../domain/types';
import type { LoadResult } from './load-core';

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
    // A chunk of its own (preloaded by index.html): the app's code does not carry the dataset.
    text: async () => (await import('../../graph-data/health-information.json?raw')).default,
  },
  {
    id: 'nursing',
    title: 'Nursing careers (United States)',
    fileName: 'graph-data/nursing.json',
    text: async () => (await import('../../graph-data/nursing.json?raw')).default,
  },
];

/** The default built-in graph (health information). Its text is a chunk of its own, not in the code. */
export function loadBuiltinGraph(): Promise<LoadResult> {
  return loadBuiltinGraphById('health-information');
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
  return trustedGraph(await entry.text(), entry.fileName);
}

/**
 * A built-in graph's text as its file and graph, without the validator (checked at build time). A
 * text that still fails (a dataset edited without running the checks) is a problem, not a crash.
 */
export function trustedGraph(text: string, fileName: string): LoadResult {
  try {
    const file = JSON.parse(text) as CareerGraphFile;
    return { ok: true, file, graph: buildCareerGraph(file) };
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    return {
      ok: false,
      problems: [
        `${fileName}: $: the built-in graph could not be read: ${why} (expected: npm run validate passes)`,
      ],
      total: 1,
    };
  }
}
