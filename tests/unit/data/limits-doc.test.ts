// The limits stated in graph-data/README.md ("Limits") are the ones the validator applies.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as L from '../../../src/data/limits';

const README = readFileSync('graph-data/README.md', 'utf8');
const LIMITS = README.slice(README.indexOf('### Limits'), README.indexOf('## 9.'));
const n = (x: number) => x.toLocaleString('en-US');

describe('graph-data/README.md, Limits', () => {
  it.each([
    ['nesting of a requirement', `${L.MAX_REQUIREMENT_DEPTH} levels`],
    ['size of one `requires` or `prefers`', `${n(L.MAX_REQUIREMENT_TERMS)} terms`],
    ['`regions` and `sources` of one node', `${n(L.MAX_NODE_LIST)} each`],
    ['`months` of a node', `0 – ${L.MAX_MONTHS} `],
    ['`years` of an `experience`', `at most ${L.MAX_YEARS}`],
    ['`cost` of a node, every salary figure', `0 – ${n(L.MAX_MONEY)} in`],
    ['`growthPercent` of an outlook', `−${-L.MIN_GROWTH_PERCENT} – ${n(L.MAX_GROWTH_PERCENT)}`],
    ['a source `url`', `${n(L.MAX_URL_LENGTH)} characters`],
    ['problems listed for one file', `the first ${n(L.MAX_LISTED_PROBLEMS)}`],
  ])('%s: %s', (what, limit) => {
    const row = LIMITS.split('\n').find((line) => line.startsWith(`| ${what}`));
    expect(row).toContain(limit);
  });
});
