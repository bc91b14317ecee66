// Hostile and huge inputs to the validator (issue 12): each ends in "valid" or a list of problems
// with paths and line/column, never in a thrown error. Sizes are those that used to crash it.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { URL_PATTERN } from '../../../src/data/format-schema';
import { formatJsonPath, parseJsonPath } from '../../../src/data/json-path';
import {
  MAX_LISTED_PROBLEMS,
  MAX_REQUIREMENT_DEPTH,
  MAX_REQUIREMENT_TERMS,
  MAX_SUGGESTED_IDS,
} from '../../../src/data/limits';
import { type LoadResult, parseCareerGraph } from '../../../src/data/load';
import { validateCareerGraph } from '../../../src/data/validate';

const SMALL = readFileSync('tests/fixtures/valid-small.json', 'utf8');
const BIG_BUDGET = 60_000;

type Node = Record<string, unknown>;
const fileWith = (nodes: Node[], extra: Record<string, unknown> = {}) =>
  JSON.stringify({
    format: 1,
    id: 'generated',
    title: 'Generated',
    updated: '2026-11-27',
    currency: 'USD',
    sources: { s: { title: 'S', published: '2024' } },
    nodes,
    ...extra,
  });
const problemsOf = (r: LoadResult) => (r.ok ? [] : r.problems);

describe('validator: odd text', () => {
  it('skips a byte order mark at the start (editors on Windows write one)', () => {
    const result = parseCareerGraph(`\uFEFF${SMALL}`, 'bom.json');
    expect(problemsOf(result)).toEqual([]);
  });

  it.each([
    ['null', 'is null (expected an object)'],
    ['0', 'is 0 (expected an object)'],
    ['"text"', 'is "text" (expected an object)'],
    ['true', 'is true (expected an object)'],
    ['[]', 'is an empty list (expected an object)'],
  ])('a file that is %s gets one problem at the root', (text, problem) => {
    expect(parseCareerGraph(text, 'x.json')).toEqual({
      ok: false,
      problems: [`x.json: $ (line 1, column 1): ${problem}`],
      total: 1,
    });
  });

  it('truncated text is a syntax problem with line and column, at every cut', () => {
    for (let cut = 0; cut < SMALL.length; cut += 97) {
      const result = parseCareerGraph(SMALL.slice(0, cut), 'cut.json');
      expect(result.ok).toBe(false);
      if (!result.ok)
        expect(result.problems[0]).toMatch(
          /^cut\.json: (line \d+, column \d+|somewhere): the file is not valid JSON/,
        );
    }
  });

  it('lone surrogates, bidi controls and escape sequences in text neither throw nor pass as ids', () => {
    const nodes = [
      { id: 'a\ud800', kind: 'role', label: '\u202eevil\u001b[31m' },
      { id: 'b', kind: 'role', label: '\udfff', requires: 'a\ud800' },
    ];
    const result = parseCareerGraph(fileWith(nodes), 'odd.json');
    expect(result.ok).toBe(false);
    expect(problemsOf(result).map((p) => p.split(' (line')[0])).toEqual([
      'odd.json: $.nodes[0].id',
      'odd.json: $.nodes[1].requires',
    ]);
  });
});

describe('validator: nesting and size', () => {
  it(`a requirement nested 10,000 deep is one problem at depth ${MAX_REQUIREMENT_DEPTH + 1}`, () => {
    const depth = 10_000;
    const deep = `${'{"allOf":['.repeat(depth)}"a"${']}'.repeat(depth)}`;
    const text = fileWith([
      { id: 'a', kind: 'role', label: 'A' },
      { id: 'b', kind: 'role', label: 'B', requires: 'DEEP' },
    ]).replace('"DEEP"', deep);
    const problems = problemsOf(parseCareerGraph(text, 'deep.json'));
    const path = formatJsonPath([
      'nodes',
      1,
      'requires',
      ...Array(MAX_REQUIREMENT_DEPTH).fill(['allOf', 0]).flat(),
    ]);
    expect(problems).toEqual([
      `deep.json: ${path} (line 1, column ${text.indexOf('{"allOf"') + 1 + 10 * MAX_REQUIREMENT_DEPTH}): is nested more than 32 levels deep (expected a requirement at most 32 levels deep)`,
    ]);
  });

  it(`a requirement of more than ${MAX_REQUIREMENT_TERMS.toLocaleString('en-US')} terms is one problem`, () => {
    const anyOf = Array.from({ length: MAX_REQUIREMENT_TERMS }, () => 'nowhere');
    const text = fileWith([{ id: 'a', kind: 'role', label: 'A', requires: { anyOf } }]);
    expect(problemsOf(parseCareerGraph(text, 't.json'))).toEqual([
      `t.json: $.nodes[0].requires (line 1, column ${text.indexOf('"requires"') + 1}): has more than 50,000 terms (expected a requirement of at most 50,000 ids, groups and experiences)`,
    ]);
  });

  it('a requirement at the term limit, every term wrong, is counted without overflowing', {
    timeout: BIG_BUDGET,
  }, () => {
    // 40 one-of groups of 512 options is a shape the planner must handle (issue 12): within the limit.
    const anyOf = Array.from({ length: MAX_REQUIREMENT_TERMS / 2 - 1 }, () => ({ allOf: ['Not_An_Id'] }));
    const result = parseCareerGraph(
      fileWith([{ id: 'a', kind: 'role', label: 'A', requires: { anyOf } }]),
      'w.json',
    );
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.total).toBe(2 * (MAX_REQUIREMENT_TERMS / 2 - 1));
  });

  it('100,000 levels of nesting anywhere else are reported, not followed', () => {
    const depth = 100_000;
    const deep = `${'['.repeat(depth)}${']'.repeat(depth)}`;
    const inNodes = fileWith([]).replace('"nodes":[]', `"nodes":[${deep}]`);
    expect(problemsOf(parseCareerGraph(inNodes, 'n.json'))).toEqual([
      `n.json: $.nodes[0] (line 1, column ${inNodes.indexOf('[[') + 2}): is a list (expected an object)`,
    ]);
    const inField = fileWith([{ id: 'a', kind: 'role', label: 'A', x: 'X' }]).replace('"X"', deep);
    expect(problemsOf(parseCareerGraph(inField, 'f.json'))).toEqual([
      `f.json: $.nodes[0].x (line 1, column ${inField.indexOf('"x"') + 1}): is not a field of the format (a typo?) (expected only the fields listed in graph-data/README.md)`,
    ]);
  });

  it('an all-of chain of 10,000 nodes closed into a cycle is one problem naming it', {
    timeout: BIG_BUDGET,
  }, () => {
    const n = 10_000;
    const nodes = Array.from({ length: n }, (_, i) => ({
      id: `n-${i}`,
      kind: 'education',
      label: `N${i}`,
      requires: { allOf: [`n-${(i + n - 1) % n}`] },
    }));
    const problems = problemsOf(parseCareerGraph(fileWith(nodes), 'chain.json'));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain('$.nodes[0].requires');
    expect(problems[0]).toContain(`n-0 → n-1 → n-2`);
    expect(problems[0]).toContain(`n-9999 → n-0; none of these can ever be obtained`);
  });

  it('a ring of 20,000 one-of requirements with no way out is one problem', { timeout: BIG_BUDGET }, () => {
    const n = 20_000;
    const nodes = Array.from({ length: n }, (_, i) => ({
      id: `n-${i}`,
      kind: 'education',
      label: `N${i}`,
      requires: { anyOf: [`n-${(i + n - 1) % n}`, `n-${(i + n - 2) % n}`] },
    }));
    const problems = problemsOf(parseCareerGraph(fileWith(nodes), 'ring.json'));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(
      "requirement cycle with no way out: every option of these nodes' requirements leads back to one of them: n-0, n-1,",
    );
    expect(problems[0]).toContain('n-19 and 19,980 more; none of these can ever be obtained');
  });

  it('125,000 problems are counted, and the first 1,000 listed', { timeout: BIG_BUDGET }, () => {
    const nodes = Array.from({ length: 125_000 }, (_, i) => ({ id: `n-${i}`, kind: 'job', label: `N${i}` }));
    const result = parseCareerGraph(fileWith(nodes), 'many.json');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.total).toBe(125_000);
    expect(result.problems).toHaveLength(MAX_LISTED_PROBLEMS + 1);
    expect(result.problems.at(-1)).toBe('many.json: …and 124,000 more problems');
  });

  it('a node with 200,000 bad regions is one problem, not 200,000', () => {
    const regions = Array.from({ length: 200_000 }, () => 'nowhere');
    const text = fileWith([{ id: 'a', kind: 'license', label: 'A', regions }]);
    expect(problemsOf(parseCareerGraph(text, 'r.json'))).toEqual([
      `r.json: $.nodes[0].regions (line 1, column ${text.indexOf('"regions"') + 1}): has 200,000 items (expected at most 1,000 items)`,
    ]);
  });

  it(`5,000 unknown ids: all reported, only the first ${MAX_SUGGESTED_IDS} with suggestions`, {
    timeout: BIG_BUDGET,
  }, () => {
    const nodes = Array.from({ length: 5000 }, (_, i) => ({
      id: `node-${i}`,
      kind: 'education',
      label: `N${i}`,
      requires: `nod-${i}`,
    }));
    const result = parseCareerGraph(fileWith(nodes), 'typos.json');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.total).toBe(5000);
    const hinted = result.problems.filter((p) => p.includes('; closest: '));
    expect(hinted).toHaveLength(MAX_SUGGESTED_IDS);
    expect(result.problems[0]).toContain('"nod-0" is not a node id in this file; closest: "node-0"');
  });

  it('2,000 duplicate keys are each reported once with both places', () => {
    const members = Array.from({ length: 2000 }, (_, i) => `"k${i}": 1, "k${i}": 2`).join(', ');
    const text = fileWith([{ id: 'a', kind: 'role', label: 'A' }]).replace(
      '"currency":"USD"',
      `"currency":"USD","x":{${members}}`,
    );
    const result = parseCareerGraph(text, 'dup.json');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.total).toBe(2001); // 2,000 keys given twice + the unknown field "x"
    expect(result.problems[0]).toMatch(
      /^dup\.json: \$\.x\.k0 \(line 1, column \d+\): is given twice in one object \(first at line 1, column \d+\)/,
    );
  });
});

describe('validator: order', () => {
  it('keys given twice are listed with the other problems of their node, in file order', () => {
    const text = fileWith([
      { id: 'a', kind: 'role', label: 'A' },
      { id: 'b', kind: 'job', label: 'B' },
      { id: 'c', kind: 'role', label: 'C', summary: 'S' },
    ]).replace('"summary":"S"', '"summary":"S","summary":"T"');
    expect(problemsOf(parseCareerGraph(text, 'o.json')).map((p) => p.split(' (line')[0])).toEqual([
      'o.json: $.nodes[1].kind',
      'o.json: $.nodes[2].summary',
    ]);
  });
});

describe('validator: prototype keys are data like any other', () => {
  it('keeps "__proto__", "constructor" and "toString" as ids and keys, in prototype-free maps', () => {
    const text = fileWith(
      [
        { id: 'constructor', kind: 'role', label: 'Constructor', sources: ['__proto__', 'toString'] },
        {
          id: 'to-string',
          kind: 'role',
          label: 'B',
          requires: 'constructor',
          // JSON.parse, not an object literal: a literal's __proto__ sets the prototype instead.
          codes: JSON.parse('{ "__proto__": "x", "toString": "y", "constructor": "z" }'),
          salary: { median: 1, year: '2024', source: '__proto__' },
        },
      ],
      {
        sources: JSON.parse(
          '{ "__proto__": { "title": "Proto", "published": "2024" }, "toString": { "title": "ToString", "published": "2024" } }',
        ),
      },
    );
    const result = parseCareerGraph(text, 'proto.json');
    expect(problemsOf(result)).toEqual([]);
    if (!result.ok) return;
    const { sources, nodes } = result.file;
    expect(Object.getPrototypeOf(sources)).toBe(null);
    expect(Object.keys(sources)).toEqual(['toString', '__proto__']);
    expect(text).toContain('"__proto__":{"title":"Proto"');
    expect(Object.getOwnPropertyDescriptor(sources, '__proto__')?.value?.title).toBe('Proto');
    expect(sources.constructor).toBeUndefined();
    expect(nodes[1]?.codes && Object.entries(nodes[1].codes)).toEqual([
      ['toString', 'y'],
      ['constructor', 'z'],
      ['__proto__', 'x'],
    ]);
    expect(result.graph.hasNode('constructor')).toBe(true);
  });

  it('a node citing "constructor" or "valueOf" as an undeclared source is told so', () => {
    const text = fileWith([{ id: 'a', kind: 'role', label: 'A', sources: ['constructor', 'valueOf'] }]);
    expect(problemsOf(parseCareerGraph(text, 'p.json')).map((p) => p.replace(/ \(line.*?\)/, ''))).toEqual([
      'p.json: $.nodes[0].sources[0]: source "constructor" is not declared (expected a key of the top-level "sources" map)',
      'p.json: $.nodes[0].sources[1]: source "valueOf" is not declared (expected a key of the top-level "sources" map)',
    ]);
  });
});

describe('validator: values', () => {
  it('reads a salary year written as a number as text (issue 9, item 7)', () => {
    const text = fileWith([
      {
        id: 'a',
        kind: 'role',
        label: 'A',
        salary: { median: 40000, year: 2024, source: 's' },
        salaryByRegion: { NJ: { mean: 41000, year: 2023, source: 's' } },
      },
    ]);
    const result = parseCareerGraph(text, 'year.json');
    expect(problemsOf(result)).toEqual([]);
    if (!result.ok) return;
    expect(result.file.nodes[0]?.salary?.year).toBe('2024');
    expect(result.file.nodes[0]?.salaryByRegion?.NJ?.year).toBe('2023');
  });

  it.each([
    [true, 'is true (expected a year as text or a whole number, like "2024" or 2024)'],
    [2024.5, 'is 2024.5 (expected a year as text or a whole number, like "2024" or 2024)'],
    [24, 'is 24 (expected a number ≥ 1000)'],
    ['', 'is "" (expected a non-empty text)'],
  ])('a salary year %j is a problem', (year, problem) => {
    const text = fileWith([{ id: 'a', kind: 'role', label: 'A', salary: { median: 1, year, source: 's' } }]);
    expect(problemsOf(parseCareerGraph(text, 'y.json')).map((p) => p.replace(/ \(line.*?\)/, ''))).toEqual([
      `y.json: $.nodes[0].salary.year: ${problem}`,
    ]);
  });

  it('real calendar dates only: 2024-02-29 yes, 2025-02-29 and 2026-13-01 no', () => {
    const updated = (d: string) =>
      parseCareerGraph(fileWith([{ id: 'a', kind: 'role', label: 'A' }], { updated: d }), 'd.json').ok;
    expect([
      updated('2024-02-29'),
      updated('2025-02-29'),
      updated('2026-13-01'),
      updated('2026-04-31'),
    ]).toEqual([true, false, false, false]);
  });

  it('source URLs: http and https only, the same verdict on every call (no URL.canParse)', () => {
    const verdicts = new Set<boolean>();
    for (let i = 0; i < 10_000; i++) verdicts.add(URL_PATTERN.test('https://bücher.example/straße?q=1'));
    expect([...verdicts]).toEqual([true]);
    const good = [
      'http://example.org',
      'https://www.bls.gov/ooh/a.htm#x',
      'https://xn--bcher-kva.example:8080/p',
    ];
    const bad = [
      'javascript:alert(1)',
      'JAVASCRIPT:x',
      'data:text/html,x',
      'vbscript:x',
      'ftp://example.org',
      'https://',
      'https://a b',
      'https://-x.org',
      'https://x.org/\u0085',
    ];
    expect(good.map((u) => URL_PATTERN.test(u))).toEqual(good.map(() => true));
    expect(bad.map((u) => URL_PATTERN.test(u))).toEqual(bad.map(() => false));
  });

  it('checks a long hostile URL in time linear in its length (no catastrophic backtracking)', () => {
    const hostile = `https://${'a-'.repeat(50_000)}!`;
    expect(URL_PATTERN.test(hostile)).toBe(false);
    const dotted = `https://${'a.'.repeat(50_000)}-`;
    expect(URL_PATTERN.test(dotted)).toBe(false);
  });

  it('validateCareerGraph on any JSON value never throws', () => {
    for (const v of [
      null,
      0,
      -0,
      'x',
      [],
      {},
      [[]],
      { nodes: null },
      { nodes: [null, 1, 'a', []] },
      { sources: [] },
    ]) {
      expect(validateCareerGraph(v).ok).toBe(false);
    }
  });
});

describe('JSON paths', () => {
  it.each([
    [['nodes', 3, 'requires', 'anyOf', 0]],
    [['sources', '__proto__', 'title']],
    [['sources', 'a key with "quotes" and \\ and ]', 'url']],
    [['nodes', 0, 'codes', '0']],
  ])('%j reads back from its text form', (path) => {
    expect(parseJsonPath(formatJsonPath(path))).toEqual(path);
  });
});
