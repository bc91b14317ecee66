// A problem found in a career graph file, and its one-line form:
// `<file>: <json path> (line L, column C): <what is wrong> (expected <what is right>)`.

export interface Problem {
  /** JSON path, e.g. `$.nodes[12].requires.anyOf[0]`. */
  path: string;
  /** What is wrong, in plain words. */
  message: string;
  /** What is right. */
  expected: string;
  /** Where in the text (1-based; columns in UTF-16 code units), when the text is known. */
  line?: number;
  column?: number;
}

export function formatProblem(file: string, p: Problem): string {
  const where = p.line !== undefined ? ` (line ${p.line}, column ${p.column ?? 1})` : '';
  return `${file}: ${p.path}${where}: ${p.message} (expected ${p.expected})`;
}
