// `npm run layout`: lays out each built-in graph and writes its positions to
// graph-data/layouts/<id>.json, which the app uses instead of running the layout at start-up.
// A unit test (tests/unit/view/stored-layouts.test.ts) fails when these drift from the layout.

import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { BUILTIN_GRAPHS } from '../src/data/builtin';
import { parseCareerGraph } from '../src/data/load';
import { layoutInputOf, layoutPositions } from '../src/view/graph/layered-layout';
import { layoutFingerprint, type StoredLayout } from '../src/view/graph/stored-layouts';

/** The stored layout of a built-in graph's file text, as the app would compute it now. */
export function storedLayoutOf(id: string, text: string, fileName: string): StoredLayout {
  const result = parseCareerGraph(text, fileName);
  if (!result.ok) throw new Error(`write-layouts: ${fileName} does not load:\n${result.problems.join('\n')}`);
  const input = layoutInputOf(result.graph);
  const positions = layoutPositions(input);
  const sorted = [...positions].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return {
    graph: id,
    input: layoutFingerprint(input),
    positions: Object.fromEntries(sorted.map(([node, p]) => [node, [p.x, p.y]])),
  };
}

/** The file's text: one node a line, so a changed position is a one-line diff. */
export function layoutFileText(layout: StoredLayout): string {
  const rows = Object.entries(layout.positions).map(
    ([id, [x, y]]) => `    ${JSON.stringify(id)}: [${x}, ${y}]`,
  );
  return `{\n  "graph": ${JSON.stringify(layout.graph)},\n  "input": ${JSON.stringify(layout.input)},\n  "positions": {\n${rows.join(',\n')}\n  }\n}\n`;
}

export const layoutPath = (id: string): string => `graph-data/layouts/${id}.json`;

if (process.argv[1]?.endsWith('write-layouts.ts')) {
  mkdirSync('graph-data/layouts', { recursive: true });
  for (const g of BUILTIN_GRAPHS) {
    const layout = storedLayoutOf(g.id, readFileSync(g.fileName, 'utf8'), g.fileName);
    writeFileSync(layoutPath(g.id), layoutFileText(layout));
    console.log(`wrote ${layoutPath(g.id)} (${Object.keys(layout.positions).length} nodes)`);
  }
}
