// Reading a career graph file: size limit, byte order mark, JSON syntax (with line and column),
// keys given twice, validation, and the domain graph. Every failure is a list of one-line problems
// naming the file, the JSON path and the line and column; the list is capped. The closest-id
// suggestions come from the caller (load.ts gives fuse.js; load-own.ts loads it on demand).

import { buildCareerGraph, type CareerGraph } from '../domain/career-graph';
import type { CareerGraphFile } from '../domain/types';
import type { HintsFor } from './id-hints';
import { formatJsonPath, parseJsonPath } from './json-path';
import { scanJson } from './json-scan';
import { MAX_FILE_BYTES, MAX_LISTED_PROBLEMS } from './limits';
import { formatProblem, inNodeOrder, type Problem } from './problem';
import { validateWith } from './validate-core';

export type LoadResult =
  | { ok: true; file: CareerGraphFile; graph: CareerGraph }
  /** `problems` lists at most MAX_LISTED_PROBLEMS (then a line "…and N more"); `total` counts all. */
  | { ok: false; problems: string[]; total: number };

function lineAndColumn(text: string, position: number): string {
  const before = text.slice(0, position);
  const line = before.split('\n').length;
  const column = position - before.lastIndexOf('\n');
  return `line ${line}, column ${column}`;
}

/** Editors may save UTF-8 with a byte order mark; it is not part of the JSON, so it is skipped. */
export function stripByteOrderMark(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** Parses JSON, turning the engine's message into one that names the line and column. */
export function parseJson(
  text: string,
  fileName: string,
): { ok: true; value: unknown } | { ok: false; problem: string } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const position = /position (\d+)/.exec(message)?.[1];
    const where = position !== undefined ? lineAndColumn(text, Number(position)) : 'somewhere';
    const what = message
      .replace(/\s*in JSON at position \d+.*$/, '')
      .replace(/\s*\(line \d+ column \d+\)$/, '')
      .replace(/^(Unexpected token '.+'), ".*" is not valid JSON$/s, '$1');
    return {
      ok: false,
      problem: `${fileName}: ${where}: the file is not valid JSON: ${what} (expected JSON text)`,
    };
  }
}

/** The first MAX_LISTED_PROBLEMS problems with their line and column, then how many more. */
function listProblems(
  text: string,
  fileName: string,
  problems: readonly Problem[],
  unlisted: number,
): string[] {
  const shown = problems.slice(0, MAX_LISTED_PROBLEMS);
  const { positions } = scanJson(text, { locate: shown.map((p) => parseJsonPath(p.path) ?? []) });
  const lines = shown.map((p, i) => formatProblem(fileName, { ...p, ...positions[i] }));
  const more = problems.length - shown.length + unlisted;
  if (more > 0) lines.push(`${fileName}: …and ${more.toLocaleString('en-US')} more problems`);
  return lines;
}

/** Never throws: any text ends in a file and its graph, or in a list of problems. */
export function parseCareerGraphWith(text: string, fileName: string, hintsFor: HintsFor): LoadResult {
  const bytes = new TextEncoder().encode(text).length;
  if (bytes > MAX_FILE_BYTES) {
    const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
    return {
      ok: false,
      problems: [
        `${fileName}: $: the file is ${mb(bytes)}, too large to load (expected at most ${mb(MAX_FILE_BYTES)})`,
      ],
      total: 1,
    };
  }
  const json = stripByteOrderMark(text);
  const parsed = parseJson(json, fileName);
  if (!parsed.ok) return { ok: false, problems: [parsed.problem], total: 1 };
  const scan = scanJson(json, { duplicateLimit: MAX_LISTED_PROBLEMS });
  const duplicates: Problem[] = scan.duplicates.map((d) => ({
    path: formatJsonPath(d.path),
    message: `is given twice in one object (first at line ${d.first.line}, column ${d.first.column}); a JSON reader keeps only the last`,
    expected: 'each field once',
  }));
  const result = validateWith(parsed.value, hintsFor);
  const problems = inNodeOrder(duplicates.concat(result.ok ? [] : result.problems));
  if (problems.length > 0) {
    const unlisted = scan.duplicateCount - scan.duplicates.length;
    return {
      ok: false,
      problems: listProblems(json, fileName, problems, unlisted),
      total: problems.length + unlisted,
    };
  }
  if (!result.ok) {
    return {
      ok: false,
      problems: [`${fileName}: $: does not match the format (expected the format in graph-data/README.md)`],
      total: 1,
    };
  }
  return { ok: true, file: result.file, graph: buildCareerGraph(result.file) };
}
