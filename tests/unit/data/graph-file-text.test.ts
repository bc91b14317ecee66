// Download-ready file text: fields in the documented order, parse gives the same graph back, and
// `npm run validate` accepts what it writes.

import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkedGraphFileText } from '../../../src/data/checked-graph-file-text';
import { careerGraphFileSchema, nodeSchema } from '../../../src/data/format-schema';
import { FIELD_ORDER, graphFileText } from '../../../src/data/graph-file-text';
import { parseCareerGraph } from '../../../src/data/load';
import type { CareerGraphFile } from '../../../src/domain/types';

const readGraph = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as CareerGraphFile;
const parsedFile = (text: string) => {
  const r = parseCareerGraph(text, 'x.json');
  if (!r.ok) throw new Error(r.problems.join('\n'));
  return r.file;
};

describe('graphFileText', () => {
  it.each(['graph-data/health-information.json', 'graph-data/nursing.json'])(
    'gives back %s exactly',
    (path) => {
      const file = readGraph(path);
      expect(parsedFile(graphFileText(file))).toEqual(file);
    },
  );

  it('writes fields in the documented order, whatever order they were given in', () => {
    const file = {
      nodes: [
        {
          requires: { years: 2, experience: 'a' },
          label: 'B',
          kind: 'role',
          id: 'b',
          salary: { source: 's', year: '2024', median: 1 },
        },
        { kind: 'role', label: 'A', id: 'a' },
      ],
      sources: { s: { published: '2024', title: 'S' } },
      currency: 'USD',
      updated: '2026-12-01',
      title: 'T',
      id: 't',
      format: 1,
    } as CareerGraphFile;
    expect(graphFileText(file)).toBe(
      `${JSON.stringify(
        {
          format: 1,
          id: 't',
          title: 'T',
          updated: '2026-12-01',
          currency: 'USD',
          sources: { s: { title: 'S', published: '2024' } },
          nodes: [
            {
              id: 'b',
              kind: 'role',
              label: 'B',
              salary: { median: 1, year: '2024', source: 's' },
              requires: { experience: 'a', years: 2 },
            },
            { id: 'a', kind: 'role', label: 'A' },
          ],
        },
        null,
        2,
      )}\n`,
    );
  });

  it('orders fields as the schema declares them', () => {
    expect(FIELD_ORDER.TOP).toEqual(Object.keys(careerGraphFileSchema._zod.def.shape));
    expect(FIELD_ORDER.NODE).toEqual(Object.keys(nodeSchema._zod.def.shape));
  });

  it('checkedGraphFileText gives the text of a valid graph and the problems of an invalid one', () => {
    const file = readGraph('tests/fixtures/valid-small.json');
    expect(checkedGraphFileText(file)).toEqual({ ok: true, text: graphFileText(file) });
    const broken = {
      ...file,
      nodes: [...file.nodes, { id: 'x', kind: 'role', label: 'X', requires: 'nope' }],
    };
    const result = checkedGraphFileText(broken as CareerGraphFile);
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.problems.map((p) => p.path)).toEqual([`$.nodes[${file.nodes.length}].requires`]);
  });

  it('writes a file that `npm run validate` accepts', { timeout: 60_000 }, () => {
    const dir = mkdtempSync(join(tmpdir(), 'graph-file-text-'));
    try {
      const path = join(dir, 'health-information.json');
      writeFileSync(path, graphFileText(readGraph('graph-data/health-information.json')));
      const out = execFileSync('npx', ['tsx', 'scripts/validate.ts', path], { encoding: 'utf8' });
      expect(out).toMatch(/health-information\.json: valid \(\d+ nodes/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
