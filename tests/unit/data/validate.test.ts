// Every validation rule has a fixture that breaks it (tests/fixtures/invalid/<rule>.json); each
// test asserts the exact problems, with their JSON paths.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { careerGraphJsonSchema } from '../../../src/data/format-schema';
import { MAX_FILE_BYTES, parseCareerGraph } from '../../../src/data/load';

const FIXTURES = 'tests/fixtures';
const read = (path: string) => readFileSync(path, 'utf8');

/** Problems for each broken fixture, without the leading `<file>: `. */
const EXPECTED: Record<string, string[]> = {
  'months-known-with-months': [
    '$.nodes[2].monthsKnown: is false, yet months is 24 (expected either months or "monthsKnown": false)',
  ],
  'cost-known-with-cost': [
    '$.nodes[4].costKnown: is false, yet cost is 299 (expected either a cost or "costKnown": false)',
  ],
  'all-of-cycle': [
    '$.nodes[4].requires: requirement cycle made only of all-of links: credential → manager → credential; none of these can ever be obtained (expected an alternative (anyOf) somewhere in the cycle)',
  ],
  'bad-region': [
    '$.nodes[6].regions[0]: "new jersey" is not in the right form (expected a region code in capitals, like "NJ" or "US-NJ")',
  ],
  'bad-requirement-shape': [
    '$.nodes[6].requires: is an object, not a requirement (expected a node id, { "allOf": [ … ] }, { "anyOf": [ … ] } or { "experience": "<role id>", "years": <n> })',
  ],
  'duplicate-id': [
    '$.nodes[2].id: "certificate" is already the id of nodes[1] (expected ids unique in the file)',
    '$.nodes[3].requires.anyOf[1]: "associate" is not a node id in this file (expected the id of a node in "nodes")',
    '$.nodes[4].requires.anyOf[0]: "associate" is not a node id in this file (expected the id of a node in "nodes")',
  ],
  'empty-any-of': ['$.nodes[3].requires.anyOf: is an empty list (expected at least 1 item)'],
  'experience-not-role': [
    '$.nodes[5].requires.allOf[1].experience: "associate" is an education, not a role (expected experience in a role)',
  ],
  'figure-without-source': [
    '$.nodes[2].months: months 24 has no source (expected the node to list where it comes from in "sources")',
    '$.nodes[2].cost: cost 8100 has no source (expected the node to list where it comes from in "sources")',
  ],
  'id-not-kebab': [
    '$.nodes[3].id: "Medical_Coder" is not in the right form (expected a kebab-case id: lower-case letters and digits joined by hyphens, like "medical-coder")',
    '$.nodes[4].requires.anyOf[1].allOf[1].experience: "coder" is not a node id in this file; closest: "Medical_Coder", "certificate" (expected the id of a node in "nodes")',
    '$.nodes[4].prefers.experience: "coder" is not a node id in this file; closest: "Medical_Coder", "certificate" (expected the id of a node in "nodes")',
    '$.nodes[5].requires.allOf[1].experience: "coder" is not a node id in this file; closest: "Medical_Coder", "certificate" (expected the id of a node in "nodes")',
  ],
  'level-out-of-range': ['$.nodes[5].level: is 7 (expected a number ≤ 5)'],
  'missing-label': ['$.nodes[5].label: is missing (expected a string)'],
  'negative-cost': ['$.nodes[1].cost: is -1 (expected a number ≥ 0)'],
  'negative-months': ['$.nodes[2].months: is -24 (expected a number ≥ 0)'],
  'salary-on-credential': ['$.nodes[4].salary: a credential has no salary (expected salary only on roles)'],
  'salary-order': [
    '$.nodes[3].salary.median: median 48000 is below low 60000 (expected low ≤ median ≤ high and low ≤ mean ≤ high)',
    '$.nodes[3].salary.high: high 58000 is below low 60000 (expected low ≤ median ≤ high and low ≤ mean ≤ high)',
  ],
  'undeclared-source': [
    '$.nodes[3].outlook.source: source "bls-2024" is not declared (expected a key of the top-level "sources" map)',
  ],
  'unknown-field': [
    '$.nodes[3].requries: is not a field of the format (a typo?) (expected only the fields listed in graph-data/README.md)',
  ],
  'unknown-kind': [
    '$.nodes[3].kind: is "job" (expected one of "role", "education", "credential", "license")',
  ],
  'unknown-requirement-id': [
    '$.nodes[5].requires.allOf[0]: "credentail" is not a node id in this file; closest: "credential" (expected the id of a node in "nodes")',
  ],
  'wrong-format': ['$.format: is 2 (expected 1)'],
  'years-not-positive': ['$.nodes[5].requires.allOf[1].years: is 0 (expected a number > 0)'],
};

describe('validator: one fixture per rule', () => {
  const files = readdirSync(join(FIXTURES, 'invalid')).filter((f) => f.endsWith('.json'));

  it('has an expectation for every fixture and a fixture for every expectation', () => {
    expect(files.map((f) => f.replace(/\.json$/, '')).sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  it.each(Object.entries(EXPECTED))('%s', (name, problems) => {
    const file = `${name}.json`;
    const result = parseCareerGraph(read(join(FIXTURES, 'invalid', file)), file);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems).toEqual(problems.map((p) => `${file}: ${p}`));
  });
});

describe('validator: whole files', () => {
  it('accepts the small valid fixture and builds its graph', () => {
    const result = parseCareerGraph(read(join(FIXTURES, 'valid-small.json')), 'valid-small.json');
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.graph.order).toBe(7);
  });

  it.each(readdirSync('graph-data').filter((f) => f.endsWith('.json') && f !== 'career-graph.schema.json'))(
    'graph-data/%s is valid',
    (file) => {
      const result = parseCareerGraph(read(join('graph-data', file)), file);
      expect(result.ok ? [] : result.problems).toEqual([]);
    },
  );

  it('reports five different mistakes in one file as five problems (tests/fixtures/five-mistakes.json)', () => {
    const result = parseCareerGraph(read(join(FIXTURES, 'five-mistakes.json')), 'five-mistakes.json');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => p.split(': ')[1])).toEqual([
      '$.nodes[1].cost', // schema: negative cost
      '$.nodes[3].level', // schema: level out of range
      '$.nodes[3].salary.median', // rule: salary order
      '$.nodes[4].salary', // rule: salary only on roles
      '$.nodes[5].requires.allOf[0]', // rule: unknown id
    ]);
  });

  it('names the line and column of a JSON syntax error', () => {
    const result = parseCareerGraph('{\n  "format": 1,\n  "id": "x",,\n}', 'broken.json');
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problems).toHaveLength(1);
      expect(result.problems[0]).toMatch(
        /^broken\.json: line 3, column 13: the file is not valid JSON: .+ \(expected JSON text\)$/,
      );
    }
  });

  it('refuses an absurdly large file before parsing it', () => {
    const result = parseCareerGraph(' '.repeat(MAX_FILE_BYTES + 1), 'huge.json');
    expect(result).toEqual({
      ok: false,
      problems: ['huge.json: $: the file is 20.0 MB, too large to load (expected at most 20.0 MB)'],
    });
  });

  it('a file that is not an object gets a problem at the root', () => {
    const result = parseCareerGraph('[1, 2]', 'list.json');
    expect(result).toEqual({ ok: false, problems: ['list.json: $: is a list (expected an object)'] });
  });
});

describe('JSON Schema', () => {
  it('graph-data/career-graph.schema.json is generated from the runtime schema (run `npm run schema`)', () => {
    const committed = JSON.parse(read('graph-data/career-graph.schema.json'));
    expect(committed).toEqual(careerGraphJsonSchema());
  });
});
