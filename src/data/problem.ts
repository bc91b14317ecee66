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

/** Problems node by node in file order; a stable sort, so top-level problems come first. */
export function inNodeOrder(problems: readonly Problem[]): Problem[] {
  const nodeIndex = (p: Problem) => {
    const m = /^\$\.nodes\[(\d+)\]/.exec(p.path);
    return m?.[1] ? Number(m[1]) : -1;
  };
  const order = problems.map((p, i) => ({ p, i, node: nodeIndex(p) }));
  order.sort((a, b) => a.node - b.node || a.i - b.i);
  return order.map((o) => o.p);
}
