// The registry of built-in graphs: every entry loads, validates and carries the id of its file;
// an unknown id is a named problem, not a crash.

import { describe, expect, it } from 'vitest';
import { BUILTIN_GRAPHS, loadBuiltinGraph, loadBuiltinGraphById } from '../../../src/data/builtin';

describe('built-in graphs', () => {
  it('registers health information (the default) and nursing', () => {
    expect(BUILTIN_GRAPHS.map((g) => g.id)).toEqual(['health-information', 'nursing']);
    const first = loadBuiltinGraph();
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
