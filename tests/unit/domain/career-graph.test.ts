// Edge derivation: every id in a requirement gives one edge prerequisite → node, labelled by how
// it is needed; `prefers` gives "preferred" edges.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildCareerGraph } from '../../../src/domain/career-graph';
import { requirementIds, requirementLeaves, strictlyRequiredIds } from '../../../src/domain/requirement';
import type { CareerGraphFile } from '../../../src/domain/types';

const file = JSON.parse(readFileSync('tests/fixtures/valid-small.json', 'utf8')) as CareerGraphFile;

describe('buildCareerGraph', () => {
  const graph = buildCareerGraph(file);

  it('has one node per file node, in file order, with its data', () => {
    expect(graph.nodes()).toEqual([
      'diploma',
      'certificate',
      'associate',
      'coder',
      'credential',
      'manager',
      'state-license',
    ]);
    expect(graph.getNodeAttributes('coder').salary?.median).toBe(48000);
  });

  it('derives exactly the edges the requirements name, labelled by need', () => {
    const edges = graph.mapEdges(
      (key, a, source, target) => `${source} -> ${target} [${a.type}, ${a.label}] ${key}`,
    );
    expect(edges).toEqual([
      'diploma -> certificate [allOf, all of] certificate:requires:root',
      'diploma -> associate [allOf, all of] associate:requires:root',
      'certificate -> coder [anyOf, one of] coder:requires:anyOf[0]',
      'associate -> coder [anyOf, one of] coder:requires:anyOf[1]',
      'associate -> credential [anyOf, one of] credential:requires:anyOf[0]',
      'certificate -> credential [allOf, all of] credential:requires:anyOf[1].allOf[0]',
      'coder -> credential [experience, 1 yr] credential:requires:anyOf[1].allOf[1]',
      'coder -> credential [preferred, preferred] credential:prefers:root',
      'credential -> manager [allOf, all of] manager:requires:allOf[0]',
      'coder -> manager [experience, 3 yr] manager:requires:allOf[1]',
      'credential -> state-license [allOf, all of] state-license:requires:root',
    ]);
  });

  it('keeps the graph metadata', () => {
    expect(graph.getAttribute('currency')).toBe('USD');
    expect(Object.keys(graph.getAttribute('sources'))).toEqual(['fact-sheet']);
  });

  it('is the same graph every time', () => {
    expect(buildCareerGraph(file).export()).toEqual(graph.export());
  });
});

describe('requirement helpers', () => {
  const req = { anyOf: ['a', { allOf: ['b', { experience: 'c', years: 2 }] }, 'a'] };

  it('lists leaves with their need and path', () => {
    expect(requirementLeaves(req)).toEqual([
      { id: 'a', need: 'anyOf', path: 'anyOf[0]' },
      { id: 'b', need: 'allOf', path: 'anyOf[1].allOf[0]' },
      { id: 'c', need: 'experience', years: 2, path: 'anyOf[1].allOf[1]' },
      { id: 'a', need: 'anyOf', path: 'anyOf[2]' },
    ]);
    expect(requirementLeaves('x')).toEqual([{ id: 'x', need: 'allOf', path: '' }]);
    expect(requirementLeaves(undefined)).toEqual([]);
  });

  it('lists distinct ids in order of first mention', () => {
    expect(requirementIds(req)).toEqual(['a', 'b', 'c']);
  });

  it('strictly required ids are those every way of meeting it needs', () => {
    expect(strictlyRequiredIds(req)).toEqual([]);
    expect(
      strictlyRequiredIds({ allOf: ['a', { anyOf: ['b', 'c'] }, { experience: 'd', years: 1 }] }),
    ).toEqual(['a', 'd']);
    expect(strictlyRequiredIds({ anyOf: [{ allOf: ['a', 'b'] }] })).toEqual(['a', 'b']);
  });
});
