// Search ranking on the built-in dataset: exact label/abbreviation/id first, then label prefixes,
// then fuse.js fuzzy matches with multi-word queries matched word by word.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { CareerGraphFile } from '../../src/domain/types';
import { createNodeSearch } from '../../src/view/search/search-nodes';

const file = JSON.parse(readFileSync('graph-data/health-information.json', 'utf8')) as CareerGraphFile;
const search = createNodeSearch(file.nodes);
const first = (q: string) => search(q)[0]?.id;

describe('node search', () => {
  it('puts the role before the licence for "cancer registrar"', () => {
    expect(
      search('cancer registrar')
        .slice(0, 2)
        .map((n) => n.id),
    ).toEqual(['cancer-registrar', 'cancer-registrar-license']);
    expect(first('Cancer Registrar')).toBe('cancer-registrar');
  });

  it('finds an abbreviation or an id exactly', () => {
    expect(first('rhia')).toBe('rhia');
    expect(first('RHIT')).toBe('rhit');
    expect(first('cpc')).toBe('cpc');
    expect(first('ODS')).toBe('ods');
    expect(first('medical-coder')).toBe('medical-coder');
  });

  it('ranks the shortest label with the word first for "coder"', () => {
    expect(first('coder')).toBe('medical-coder');
  });

  it('matches multi-word queries word by word across fields', () => {
    // "exam" is in the RHIA summary, "rhia" in its label.
    expect(first('rhia exam')).toBe('rhia');
    expect(first('exam rhia')).toBe('rhia');
    expect(first('coding certificate')).toBe('coding-certificate');
  });

  it('still finds a misspelling through fuse, and nothing for nonsense', () => {
    expect(search('regstrar').map((n) => n.id)).toContain('cancer-registrar');
    expect(search('zzqqxx')).toEqual([]);
    expect(search('   ')).toEqual([]);
  });
});
