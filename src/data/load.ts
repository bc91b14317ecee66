// Reading a career graph file: size limit, JSON syntax (with line and column), validation, and
// the domain graph. Every failure is a list of one-line problems naming the file and the place.

import { buildCareerGraph, type CareerGraph } from '../domain/career-graph';
import type { CareerGraphFile } from '../domain/types';
import { formatProblem } from './problem';
import { validateCareerGraph } from './validate';

/** Larger files are refused before parsing: a career lattice of 20,000 nodes is ~10 MB. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;

export type LoadResult =
  | { ok: true; file: CareerGraphFile; graph: CareerGraph }
  | { ok: false; problems: string[] };

function lineAndColumn(text: string, position: number): string {
  const before = text.slice(0, position);
  const line = before.split('\n').length;
  const column = position - before.lastIndexOf('\n');
  return `line ${line}, column ${column}`;
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
      .replace(/\s*\(line \d+ column \d+\)$/, '');
    return {
      ok: false,
      problem: `${fileName}: ${where}: the file is not valid JSON: ${what} (expected JSON text)`,
    };
  }
}

export function parseCareerGraph(text: string, fileName: string): LoadResult {
  const bytes = new TextEncoder().encode(text).length;
  if (bytes > MAX_FILE_BYTES) {
    const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
    return {
      ok: false,
      problems: [
        `${fileName}: $: the file is ${mb(bytes)}, too large to load (expected at most ${mb(MAX_FILE_BYTES)})`,
      ],
    };
  }
  const json = parseJson(text, fileName);
  if (!json.ok) return { ok: false, problems: [json.problem] };
  const result = validateCareerGraph(json.value);
  if (!result.ok) return { ok: false, problems: result.problems.map((p) => formatProblem(fileName, p)) };
  return { ok: true, file: result.file, graph: buildCareerGraph(result.file) };
}
