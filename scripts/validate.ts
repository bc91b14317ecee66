// `npm run validate -- [files…]`: checks career graph files (default: every graph in graph-data/).
// Exit 0 when all are valid; otherwise prints every problem and exits 1. Every file is checked,
// even when checking one fails unexpectedly (that file is then reported as not checked).

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { MAX_FILE_BYTES, parseCareerGraph } from '../src/data/load';

const SCHEMA_FILE = 'career-graph.schema.json';

function defaultFiles(): string[] {
  return readdirSync('graph-data')
    .filter((f) => f.endsWith('.json') && f !== SCHEMA_FILE)
    .sort()
    .map((f) => join('graph-data', f));
}

const args = process.argv.slice(2);
const files = args.length > 0 ? args : defaultFiles();
let failed = 0;
for (const path of files) {
  const name = relative(process.cwd(), path) || path;
  let text: string;
  try {
    if (statSync(path).size > MAX_FILE_BYTES) {
      console.error(`${name}: $: the file is too large to load (expected at most ${MAX_FILE_BYTES} bytes)`);
      failed++;
      continue;
    }
    text = readFileSync(path, 'utf8');
  } catch (error) {
    console.error(`${name}: cannot be read: ${(error as Error).message}`);
    failed++;
    continue;
  }
  let result: ReturnType<typeof parseCareerGraph>;
  try {
    result = parseCareerGraph(text, name);
  } catch (error) {
    // parseCareerGraph never throws by design; should it ever, say so and go on with the next file.
    console.error(`${name}: could not be checked: ${(error as Error)?.stack ?? String(error)}`);
    failed++;
    continue;
  }
  if (result.ok) {
    const kinds = new Map<string, number>();
    for (const n of result.file.nodes) kinds.set(n.kind, (kinds.get(n.kind) ?? 0) + 1);
    const counts = [...kinds].map(([k, c]) => `${c} ${k}`).join(', ');
    console.log(`${name}: valid (${result.file.nodes.length} nodes: ${counts}; ${result.graph.size} edges)`);
  } else {
    failed++;
    for (const p of result.problems) console.error(p);
    console.error(`${name}: ${result.total} problem(s)`);
  }
}
process.exit(failed > 0 ? 1 : 0);
