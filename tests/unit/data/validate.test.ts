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
  'all-of-cycle': [
    '$.nodes[4].requires (line 73, column 7): requirement cycle that every way of meeting the requirements goes through: credential → manager → credential; none of these can ever be obtained (expected an alternative (anyOf) with an option outside the cycle)',
  ],
  'any-of-cycle': [
    '$.nodes[4].requires (line 73, column 7): requirement cycle that every way of meeting the requirements goes through: credential → manager → credential; none of these can ever be obtained (expected an alternative (anyOf) with an option outside the cycle)',
  ],
  'any-of-no-way-out': [
    "$.nodes[4].requires (line 73, column 7): requirement cycle with no way out: every option of these nodes' requirements leads back to one of them: credential, manager, state-license; none of these can ever be obtained (expected an alternative (anyOf) with an option outside the group)",
  ],
  'bad-region': [
    '$.nodes[6].regions[0] (line 111, column 19): "new jersey" is not in the right form (expected a region code in capitals, like "NJ" or "US-NJ")',
  ],
  'bad-requirement-shape': [
    '$.nodes[6].requires (line 112, column 7): is an object, not a requirement (expected a node id, { "allOf": [ … ] }, { "anyOf": [ … ] } or { "experience": "<role id>", "years": <n> })',
  ],
  'cost-known-with-cost': [
    '$.nodes[4].costKnown (line 91, column 7): is false, yet cost is 299 (expected either a cost or "costKnown": false)',
  ],
  'cost-over-limit': ['$.nodes[1].cost (line 25, column 7): is 40500000 (expected a number ≤ 10000000)'],
  'duplicate-id': [
    '$.nodes[2].id (line 30, column 7): "certificate" is already the id of nodes[1] (expected ids unique in the file)',
    '$.nodes[3].requires.anyOf[1] (line 44, column 34): "associate" is not a node id in this file (expected the id of a node in "nodes")',
    '$.nodes[4].requires.anyOf[0] (line 75, column 11): "associate" is not a node id in this file (expected the id of a node in "nodes")',
  ],
  'duplicate-key': [
    '$.nodes[1].label (line 24, column 7): is given twice in one object (first at line 23, column 7); a JSON reader keeps only the last (expected each field once)',
    '$.nodes[3].salaryByRegion.NJ (line 56, column 9): is given twice in one object (first at line 55, column 9); a JSON reader keeps only the last (expected each field once)',
  ],
  'empty-any-of': [
    '$.nodes[3].requires.anyOf (line 44, column 9): is an empty list (expected at least 1 item)',
  ],
  'empty-nodes': ['$.nodes (line 14, column 3): is an empty list (expected at least 1 item)'],
  'experience-not-role': [
    '$.nodes[5].requires.allOf[1].experience (line 101, column 13): "associate" is an education, not a role (expected experience in a role)',
  ],
  'figure-without-source': [
    '$.nodes[2].months (line 33, column 7): months 24 has no source (expected the node to list where it comes from in "sources")',
    '$.nodes[2].cost (line 34, column 7): cost 8100 has no source (expected the node to list where it comes from in "sources")',
  ],
  'growth-out-of-range': [
    '$.nodes[3].outlook.growthPercent (line 61, column 9): is -250 (expected a number ≥ -100)',
  ],
  'id-not-kebab': [
    '$.nodes[3].id (line 39, column 7): "Medical_Coder" is not in the right form (expected a kebab-case id: lower-case letters and digits joined by hyphens, like "medical-coder")',
    '$.nodes[4].requires.anyOf[1].allOf[1].experience (line 80, column 17): "coder" is not a node id in this file; closest: "Medical_Coder", "certificate" (expected the id of a node in "nodes")',
    '$.nodes[4].prefers.experience (line 88, column 9): "coder" is not a node id in this file; closest: "Medical_Coder", "certificate" (expected the id of a node in "nodes")',
    '$.nodes[5].requires.allOf[1].experience (line 101, column 13): "coder" is not a node id in this file; closest: "Medical_Coder", "certificate" (expected the id of a node in "nodes")',
  ],
  'impossible-date': [
    '$.updated (line 6, column 3): "2026-02-30" is not in the right form (expected a date that exists in the calendar, like "2026-11-27")',
  ],
  'level-out-of-range': ['$.nodes[5].level (line 96, column 7): is 7 (expected a number ≤ 5)'],
  'missing-label': ['$.nodes[5].label (line 92, column 5): is missing (expected a string)'],
  'months-known-with-months': [
    '$.nodes[2].monthsKnown (line 37, column 7): is false, yet months is 24 (expected either months or "monthsKnown": false)',
  ],
  'months-over-limit': ['$.nodes[1].months (line 24, column 7): is 6000 (expected a number ≤ 600)'],
  'negative-cost': ['$.nodes[1].cost (line 25, column 7): is -1 (expected a number ≥ 0)'],
  'negative-months': ['$.nodes[2].months (line 33, column 7): is -24 (expected a number ≥ 0)'],
  'number-too-large': [
    '$.nodes[1].cost (line 25, column 7): is a number too large to represent (expected a number within the limits in graph-data/README.md)',
  ],
  'prototype-keys': [
    '$.sources.__proto__.published (line 15, column 7): is "" (expected a non-empty text)',
    '$.nodes[0].sources[0] (line 23, column 19): source "toString" is not declared (expected a key of the top-level "sources" map)',
    '$.nodes[0].sources[1] (line 23, column 31): source "constructor" is not declared (expected a key of the top-level "sources" map)',
    '$.nodes[3].codes.__proto__ (line 76, column 9): is "" (expected a non-empty text)',
    '$.nodes[3].salaryByRegion.__proto__ (line 64, column 9): has a key that is not allowed (expected a region code in capitals, like "NJ" or "US-NJ")',
  ],
  'requirement-too-deep': [
    '$.nodes[1].requires.allOf[0].anyOf[0].allOf[0].anyOf[0].allOf[0].anyOf[0].allOf[0].anyOf[0].allOf[0].anyOf[0].allOf[0].anyOf[0].allOf[0].anyOf[0].allOf[0].anyOf[0].allOf[0].anyOf[0].allOf[0].anyOf[0].allOf[0].anyOf[0].allOf[0].anyOf[0].allOf[0].anyOf[0].allOf[0].anyOf[0].allOf[0].anyOf[0].allOf[0].anyOf[0] (line 90, column 135): is nested more than 32 levels deep (expected a requirement at most 32 levels deep)',
  ],
  'salary-on-credential': [
    '$.nodes[4].salary (line 91, column 7): a credential has no salary (expected salary only on roles)',
  ],
  'salary-order': [
    '$.nodes[3].salary.median (line 48, column 9): median 48000 is below low 60000 (expected low ≤ median ≤ high and low ≤ mean ≤ high)',
    '$.nodes[3].salary.high (line 49, column 9): high 58000 is below low 60000 (expected low ≤ median ≤ high and low ≤ mean ≤ high)',
  ],
  'salary-over-limit': [
    '$.nodes[3].salary.high (line 49, column 9): is 1000000000000 (expected a number ≤ 10000000)',
  ],
  'source-url-not-http': [
    '$.sources.script.url (line 16, column 7): "javascript:alert(1)" is not in the right form (expected an http:// or https:// address, like "https://www.bls.gov/ooh/")',
    '$.sources.inline.url (line 21, column 7): "data:text/html,<b>x</b>" is not in the right form (expected an http:// or https:// address, like "https://www.bls.gov/ooh/")',
    '$.sources.spaced.url (line 26, column 7): "https://example.org/a b" is not in the right form (expected an http:// or https:// address, like "https://www.bls.gov/ooh/")',
  ],
  'too-many-regions': [
    '$.nodes[6].regions (line 111, column 7): has 1,001 items (expected at most 1,000 items)',
  ],
  'undeclared-source': [
    '$.nodes[3].outlook.source (line 63, column 9): source "bls-2024" is not declared (expected a key of the top-level "sources" map)',
  ],
  'unknown-field': [
    '$.nodes[3].requries (line 65, column 7): is not a field of the format (a typo?) (expected only the fields listed in graph-data/README.md)',
  ],
  'unknown-kind': [
    '$.nodes[3].kind (line 40, column 7): is "job" (expected one of "role", "education", "credential", "license")',
  ],
  'unknown-requirement-id': [
    '$.nodes[5].requires.allOf[0] (line 99, column 11): "credentail" is not a node id in this file; closest: "credential" (expected the id of a node in "nodes")',
  ],
  'wrong-format': ['$.format (line 3, column 3): is 2 (expected 1)'],
  'years-not-positive': [
    '$.nodes[5].requires.allOf[1].years (line 102, column 13): is 0 (expected a number > 0)',
  ],
  'years-over-limit': [
    '$.nodes[4].requires.anyOf[1].allOf[1].years (line 81, column 17): is 1000 (expected a number ≤ 80)',
  ],
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
    expect(result.problems.map((p) => p.split(': ')[1]?.replace(/ \(line.*$/, ''))).toEqual([
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
      total: 1,
    });
  });

  it('a file that is not an object gets a problem at the root', () => {
    const result = parseCareerGraph('[1, 2]', 'list.json');
    expect(result).toEqual({
      ok: false,
      problems: ['list.json: $ (line 1, column 1): is a list (expected an object)'],
      total: 1,
    });
  });
});

describe('JSON Schema', () => {
  it('graph-data/career-graph.schema.json is generated from the runtime schema (run `npm run schema`)', () => {
    const committed = JSON.parse(read('graph-data/career-graph.schema.json'));
    expect(committed).toEqual(careerGraphJsonSchema());
  });
});
