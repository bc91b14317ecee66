// The layouts stored for the built-in graphs (graph-data/layouts/, `npm run layout`) are what the
// layout computes now, and they are found only for the very graph they were computed from.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { layoutFileText, layoutPath, storedLayoutOf } from '../../../scripts/write-layouts';
import { BUILTIN_GRAPHS } from '../../../src/data/builtin';
import { parseCareerGraph } from '../../../src/data/load';
import { layoutInputOf, layoutPositions } from '../../../src/view/graph/layered-layout';
import { findStoredPositions, type StoredLayout } from '../../../src/view/graph/stored-layouts';

describe.each(BUILTIN_GRAPHS.map((g) => [g.id, g.fileName] as const))(
  'stored layout of %s',
  (id, fileName) => {
    const text = readFileSync(fileName, 'utf8');
    const committed = JSON.parse(readFileSync(layoutPath(id), 'utf8')) as StoredLayout;

    it('is what the layout computes now (else run `npm run layout`)', () => {
      const now = storedLayoutOf(id, text, fileName);
      expect(committed, `${layoutPath(id)} is stale: run npm run layout`).toEqual(now);
      expect(readFileSync(layoutPath(id), 'utf8')).toBe(layoutFileText(now));
    });

    it('is found for its graph, and not for an edited copy', () => {
      const loaded = parseCareerGraph(text, fileName);
      if (!loaded.ok) throw new Error(loaded.problems.join('\n'));
      const input = layoutInputOf(loaded.graph);
      expect(findStoredPositions([committed], input)).toEqual(layoutPositions(input));
      const json = JSON.parse(text);
      // A label that needs a bigger box: another layout (a same-sized label keeps the same one).
      json.nodes[0].label = 'A much longer name for this node, three or four lines long';
      const edited = parseCareerGraph(JSON.stringify(json), fileName);
      if (!edited.ok) throw new Error(edited.problems.join('\n'));
      expect(findStoredPositions([committed], layoutInputOf(edited.graph))).toBeNull();
    });
  },
);
