// `npm run validate` on many files: every file is checked and reported, even when one cannot be
// read or checking it throws (issue 12: it used to stop at the first crash).

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateFiles } from '../../../scripts/validate';
import { parseCareerGraph } from '../../../src/data/load';

const FILES: Record<string, string> = {
  'good.json': readFileSync('tests/fixtures/valid-small.json', 'utf8'),
  'bad.json': readFileSync('tests/fixtures/invalid/negative-cost.json', 'utf8'),
  'boom.json': '{}',
  'good-again.json': readFileSync('tests/fixtures/valid-small.json', 'utf8'),
};

function run(files: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const failed = validateFiles(files, {
    out: (l) => out.push(l),
    err: (l) => err.push(l),
    size: (path) => {
      const text = FILES[path];
      if (text === undefined) throw new Error(`ENOENT: no such file, '${path}'`);
      return text.length;
    },
    readFile: (path) => FILES[path] as string,
    check: (text, name) => {
      if (name === 'boom.json') throw new RangeError('Maximum call stack size exceeded');
      return parseCareerGraph(text, name);
    },
  });
  return { failed, out, err };
}

describe('npm run validate on many files', () => {
  it('reports every file: valid, invalid, unreadable and one whose check throws', () => {
    const r = run(['good.json', 'bad.json', 'missing.json', 'boom.json', 'good-again.json']);
    expect(r.failed).toBe(3);
    expect(r.out).toEqual([
      'good.json: valid (7 nodes: 3 education, 2 role, 1 credential, 1 license; 11 edges)',
      'good-again.json: valid (7 nodes: 3 education, 2 role, 1 credential, 1 license; 11 edges)',
    ]);
    expect(r.err[0]).toBe('bad.json: $.nodes[1].cost (line 25, column 7): is -1 (expected a number ≥ 0)');
    expect(r.err[1]).toBe('bad.json: 1 problem(s)');
    expect(r.err[2]).toBe("missing.json: cannot be read: ENOENT: no such file, 'missing.json'");
    expect(r.err[3]).toMatch(
      /^boom\.json: could not be checked: RangeError: Maximum call stack size exceeded/,
    );
  });
});
