// What a link's recipient reads when the link is for a graph this browser does not have: which
// graph is missing, and how to get it (the file, or a link that carries the graph).

export function missingGraphProblems(key: string): string[] {
  return [
    `The link shows a view of the career graph "${key}", which someone made or opened in their own browser. Graphs are kept only in the browser that opened them, so this one is not here.`,
    'Ask the person who sent the link for the graph file (a .json file), then choose "Open a graph file" above: the link\'s view opens with it.',
    'Or ask them for a "Share graph and view" link, which carries a small graph inside the link itself.',
  ];
}
