// nextSteps and withinReach on a small table of nodes: exact lists.

import { describe, expect, it } from 'vitest';
import { nextSteps, UnknownNodeError, withinReach } from '../../../src/domain/planner';
import { graphOf } from './tables';

const g = graphOf([
  { id: 'hs' },
  { id: 'cert', months: 6, cost: 2000, requires: 'hs' },
  { id: 'assoc', months: 24, cost: 8000, requires: 'hs' },
  { id: 'coder', kind: 'role', months: 2, requires: { anyOf: ['cert', 'assoc'] } },
  { id: 'ccs', kind: 'credential', months: 3, cost: 400, requires: { experience: 'coder', years: 1 } },
  { id: 'ca-license', kind: 'license', months: 1, cost: 100, regions: ['CA'], requires: 'hs' },
  { id: 'lead', kind: 'role', months: 1, requires: { allOf: ['ccs', { experience: 'coder', years: 3 }] } },
]);

describe('nextSteps', () => {
  it('lists what can be obtained now, experience included, fastest first', () => {
    expect(nextSteps(g, { holds: ['hs'] })).toEqual([
      { id: 'ca-license', months: 1, cost: 100, steps: 1 },
      { id: 'cert', months: 6, cost: 2000, steps: 1 },
      { id: 'assoc', months: 24, cost: 8000, steps: 1 },
    ]);
    expect(nextSteps(g, { holds: ['hs', 'cert', 'coder'], years: { coder: 1 }, region: 'NJ' })).toEqual([
      { id: 'ccs', months: 3, cost: 400, steps: 1 },
      { id: 'assoc', months: 24, cost: 8000, steps: 1 },
    ]);
    expect(nextSteps(g, { holds: [] }).map((i) => i.id)).toEqual(['hs']);
  });

  it('names unknown held ids', () => {
    expect(() => nextSteps(g, { holds: ['hsd'] })).toThrow(new UnknownNodeError('hsd', 'holds'));
  });
});

describe('withinReach', () => {
  it('lists what the fastest plan obtains within N months, with that plan', () => {
    expect(withinReach(g, { holds: ['hs'], region: 'NJ' }, 24)).toEqual([
      { id: 'cert', months: 6, cost: 2000, steps: 1 },
      { id: 'coder', months: 8, cost: 2000, steps: 2 },
      { id: 'ccs', months: 23, cost: 2400, steps: 3 },
      { id: 'assoc', months: 24, cost: 8000, steps: 1 },
    ]);
    expect(withinReach(g, { holds: ['hs', 'coder'], years: { coder: 2 } }, 13)).toEqual([
      { id: 'ca-license', months: 1, cost: 100, steps: 1 },
      { id: 'ccs', months: 3, cost: 400, steps: 1 },
      { id: 'cert', months: 6, cost: 2000, steps: 1 },
      { id: 'lead', months: 13, cost: 400, steps: 2 },
    ]);
    expect(withinReach(g, { holds: [] }, 0)).toEqual([{ id: 'hs', months: 0, cost: 0, steps: 1 }]);
  });

  it('rejects a negative number of months', () => {
    expect(() => withinReach(g, { holds: [] }, -1)).toThrow(RangeError);
  });
});
