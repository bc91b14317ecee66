// The registry of built-in graphs: every entry loads, validates and carries the id of its file;
// an unknown id is a named problem, not a crash. The app reads them without the validator
// (trustedGraph), so here each must pass the validator and give exactly the validated file and graph.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  BUILTIN_GRAPHS,
  loadBuiltinGraph,
  loadBuiltinGraphById,
  trustedGraph,
} from '../../../src/data/builtin';
import { graphFileText } from '../../../src/data/graph-file-text';
import { parseCareerGraph } from '../../../src/data/load';

describe('built-in graphs', () => {
  it('registers health information (the default) and nursing', async () => {
    expect(BUILTIN_GRAPHS.map((g) => g.id)).toEqual(['health-information', 'nursing']);
    const first = await loadBuiltinGraph();
    expect(first.ok && first.file.id).toBe('health-information');
  });

  for (const entry of BUILTIN_GRAPHS) {
    it(`loads ${entry.id} from ${entry.fileName} with its title`, async () => {
      const result = await loadBuiltinGraphById(entry.id);
      if (!result.ok) throw new Error(result.problems.join('\n'));
      expect(result.file.id).toBe(entry.id);
      expect(result.file.title).toBe(entry.title);
    });
  }

  for (const entry of BUILTIN_GRAPHS) {
    it(`reads ${entry.id} without the validator exactly as the validator does`, () => {
      const text = readFileSync(entry.fileName, 'utf8');
      const validated = parseCareerGraph(text, entry.fileName);
      if (!validated.ok) throw new Error(validated.problems.join('\n'));
      const trusted = trustedGraph(text, entry.fileName);
      if (!trusted.ok) throw new Error(trusted.problems.join('\n'));
      // The same values (the validator's records have no prototype, JSON.parse's have Object's;
      // fields come in the file's order rather than the schema's)…
      expect(trusted.file).toEqual(validated.file);
      expect(trusted.graph.export()).toEqual(validated.graph.export());
      // …so the file the app writes out (export, save as your own) is the same text.
      expect(graphFileText(trusted.file)).toBe(graphFileText(validated.file));
    });
  }

  it('says a built-in text that is not JSON is a problem instead of throwing', () => {
    const result = trustedGraph('{"id": ', 'graph-data/x.json');
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems[0]).toMatch(
      /^graph-data\/x\.json: \$: the built-in graph could not be read: /,
    );
  });

  it('names the known ids when asked for one that is not built in', async () => {
    const result = await loadBuiltinGraphById('plumbing');
    expect(result).toEqual({
      ok: false,
      problems: [
        'builtin: "plumbing" is not a built-in graph (expected one of "health-information", "nursing")',
      ],
      total: 1,
    });
  });
});
