// `npm run validate -- [files…]`: checks career graph files (default: every graph in graph-data/).
// Exit 0 when all are valid; otherwise prints every problem and exits 1. Every file is checked,
// even when checking one fails unexpectedly (that file is then reported as not checked).

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { MAX_FILE_BYTES, parseCareerGraph } from '../src/data/load';
import { escapeForTerminal } from './cli-args';

const SCHEMA_FILE = 'career-graph.schema.json';

function defaultFiles(): string[] {
  return readdirSync('graph-data')
    .filter((f) => f.endsWith('.json') && f !== SCHEMA_FILE)
    .sort()
    .map((f) => join('graph-data', f));
}

export interface ValidateIo {
  out: (line: string) => void;
  err: (line: string) => void;
  /** File size in bytes, or throws when the file cannot be read. */
  size: (path: string) => number;
  readFile: (path: string) => string;
  check?: typeof parseCareerGraph;
}

/** Checks each file in turn; returns how many failed. Lines are escaped for the terminal. */
export function validateFiles(files: readonly string[], io: ValidateIo): number {
  const check = io.check ?? parseCareerGraph;
  const err = (line: string) => io.err(escapeForTerminal(line));
  let failed = 0;
  for (const path of files) {
    const name = relative(process.cwd(), path) || path;
    let text: string;
    try {
      if (io.size(path) > MAX_FILE_BYTES) {
        err(`${name}: $: the file is too large to load (expected at most ${MAX_FILE_BYTES} bytes)`);
        failed++;
        continue;
      }
      text = io.readFile(path);
    } catch (error) {
      err(`${name}: cannot be read: ${(error as Error).message}`);
      failed++;
      continue;
    }
    let result: ReturnType<typeof parseCareerGraph>;
    try {
      result = check(text, name);
    } catch (error) {
      // parseCareerGraph never throws by design; should it ever, say so and go on with the next file.
      err(
        `${name}: could not be checked: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
      );
      failed++;
      continue;
    }
    if (result.ok) {
      const kinds = new Map<string, number>();
      for (const n of result.file.nodes) kinds.set(n.kind, (kinds.get(n.kind) ?? 0) + 1);
      const counts = [...kinds].map(([k, c]) => `${c} ${k}`).join(', ');
      io.out(
        escapeForTerminal(
          `${name}: valid (${result.file.nodes.length} nodes: ${counts}; ${result.graph.size} edges)`,
        ),
      );
    } else {
      failed++;
      for (const p of result.problems) err(p);
      err(`${name}: ${result.total} problem(s)`);
    }
  }
  return failed;
}

const isMain = process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
if (isMain) {
  const args = process.argv.slice(2);
  const failed = validateFiles(args.length > 0 ? args : defaultFiles(), {
    out: (line) => console.log(line),
    err: (line) => console.error(line),
    size: (path) => statSync(path).size,
    readFile: (path) => readFileSync(path, 'utf8'),
  });
  process.exit(failed > 0 ? 1 : 0);
}
