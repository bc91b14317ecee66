// A problem found in a career graph file, and its one-line form:
// `<file>: <json path>: <what is wrong> (expected <what is right>)`.

export interface Problem {
  /** JSON path, e.g. `$.nodes[12].requires.anyOf[0]`. */
  path: string;
  /** What is wrong, in plain words. */
  message: string;
  /** What is right. */
  expected: string;
}

export function formatProblem(file: string, p: Problem): string {
  return `${file}: ${p.path}: ${p.message} (expected ${p.expected})`;
}
