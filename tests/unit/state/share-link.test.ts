// Share links: encoding is stable and percent-encoded, decoding restores the view exactly, and
// every unknown id or bad value is named while the rest of the link still applies.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  describeIgnored,
  encodeShareQuery,
  parseShareQuery,
  resolveShareLink,
  type ShareLink,
} from '../../../src/state/share-link';
import { DEFAULT_VIEW_STATE, type ViewState } from '../../../src/state/view-state';
import { PROPERTY_SEED, propertyRuns } from '../../support/property-runs';

const KNOWN = new Set(['high-school-diploma', 'medical-coder', 'cca', 'rhia', 'rhit', 'office-manager']);
const hasNode = (id: string): boolean => KNOWN.has(id);

const view: ViewState = {
  ...DEFAULT_VIEW_STATE,
  situation: {
    holds: ['high-school-diploma', 'medical-coder'],
    years: { 'medical-coder': 2.5 },
    region: 'NJ',
  },
  goal: 'rhia',
  by: 'cost',
  selected: 'cca',
  alternative: 1,
};

function linkOf(search: string): ShareLink {
  const parsed = parseShareQuery(search);
  if (parsed.kind !== 'link') throw new Error(`not a link: ${search}`);
  return parsed.link;
}

describe('encodeShareQuery', () => {
  it('writes the keys in a fixed order', () => {
    expect(encodeShareQuery(view)).toBe(
      '?goal=rhia&holds=high-school-diploma,medical-coder&years=medical-coder:2.5&region=NJ&by=cost&alt=1&node=cca',
    );
  });

  it('gives the bare address for the untouched default view', () => {
    expect(encodeShareQuery(DEFAULT_VIEW_STATE)).toBe('');
  });

  it('leaves out defaults and years of roles not held', () => {
    const v: ViewState = {
      ...DEFAULT_VIEW_STATE,
      situation: { holds: ['cca'], years: { rhit: 3 } },
      goal: 'rhia',
    };
    expect(encodeShareQuery(v)).toBe('?goal=rhia&holds=cca');
  });

  it('percent-encodes values', () => {
    const v: ViewState = { ...DEFAULT_VIEW_STATE, goal: 'a&b=c', selected: 'x y' };
    expect(encodeShareQuery(v)).toBe('?goal=a%26b%3Dc&node=x%20y');
    expect(linkOf(encodeShareQuery(v)).goal).toBe('a&b=c');
    expect(linkOf(encodeShareQuery(v)).selected).toBe('x y');
  });
});

describe('round trip', () => {
  it('view → address → view is the identity', () => {
    const { view: back, ignored } = resolveShareLink(
      linkOf(encodeShareQuery(view)),
      DEFAULT_VIEW_STATE,
      hasNode,
    );
    expect(ignored).toEqual([]);
    expect(back).toEqual(view);
  });

  it('keeps years of zero and the order of holds', () => {
    const v: ViewState = {
      ...DEFAULT_VIEW_STATE,
      situation: { holds: ['office-manager', 'cca'], years: { 'office-manager': 0 } },
    };
    expect(encodeShareQuery(v)).toBe('?holds=office-manager,cca&years=office-manager:0');
    expect(resolveShareLink(linkOf(encodeShareQuery(v)), DEFAULT_VIEW_STATE, hasNode).view).toEqual(v);
  });

  it('keeps the view mode and kind filter the link does not carry', () => {
    const current: ViewState = { ...DEFAULT_VIEW_STATE, mode: 'text', hiddenKinds: ['license'] };
    const back = resolveShareLink(linkOf('?goal=rhia'), current, hasNode).view;
    expect(back.mode).toBe('text');
    expect(back.hiddenKinds).toEqual(['license']);
  });
});

describe('parseShareQuery', () => {
  it('is none without any share key', () => {
    expect(parseShareQuery('')).toEqual({ kind: 'none' });
    expect(parseShareQuery('?utm=x')).toEqual({ kind: 'none' });
  });

  it('a link replaces the whole situation: missing keys are defaults', () => {
    expect(parseShareQuery('?by=steps')).toEqual({
      kind: 'link',
      link: {
        goal: null,
        holds: [],
        years: {},
        region: null,
        pace: null,
        by: 'steps',
        alternative: 0,
        selected: null,
      },
      ignored: [],
    });
  });

  it('carries the study pace: part time round-trips, full time is the default, a bad pace is named', () => {
    const view: ViewState = {
      ...DEFAULT_VIEW_STATE,
      goal: 'rhia',
      situation: { holds: [], years: {}, pace: 'part-time' },
    };
    const query = encodeShareQuery(view);
    expect(query).toBe('?goal=rhia&pace=part-time');
    expect(resolveShareLink(linkOf(query), DEFAULT_VIEW_STATE, hasNode).view.situation).toEqual({
      holds: [],
      years: {},
      pace: 'part-time',
    });
    expect(encodeShareQuery({ ...view, situation: { holds: [], years: {} } })).toBe('?goal=rhia');
    const bad = parseShareQuery('?goal=rhia&pace=sometimes');
    expect(bad.kind === 'link' && bad.ignored).toEqual([
      'pace "sometimes" (expected one of full-time, part-time)',
    ]);
  });

  it('drops empty list items and duplicates silently', () => {
    expect(linkOf('?holds=cca,,cca,rhit,').holds).toEqual(['cca', 'rhit']);
  });

  it('names each bad value and keeps the good ones', () => {
    const parsed = parseShareQuery('?goal=rhia&years=cca:2,rhit:abc,:3,cca:81,x&region=nj&by=fastest&alt=-1');
    expect(parsed.kind).toBe('link');
    if (parsed.kind !== 'link') return;
    expect(parsed.link.goal).toBe('rhia');
    expect(parsed.link.years).toEqual({ cca: 2 });
    expect(parsed.link.region).toBeNull();
    expect(parsed.link.by).toBe('months');
    expect(parsed.link.alternative).toBe(0);
    expect(parsed.ignored).toEqual([
      'years "rhit:abc" (expected role:years with years from 0 to 80, like medical-coder:2)',
      'years ":3" (expected role:years with years from 0 to 80, like medical-coder:2)',
      'years "cca:81" (expected role:years with years from 0 to 80, like medical-coder:2)',
      'years "x" (expected role:years with years from 0 to 80, like medical-coder:2)',
      'region "nj" (expected a region code in capitals, like NJ)',
      'by "fastest" (expected one of months, cost, steps)',
      'alt "-1" (expected a whole number, 0 for the best plan)',
    ]);
  });

  it('shortens very long values in messages', () => {
    const parsed = parseShareQuery(`?by=${'x'.repeat(200)}`);
    expect(parsed.kind === 'link' && parsed.ignored[0]).toBe(
      `by "${'x'.repeat(57)}…" (expected one of months, cost, steps)`,
    );
  });
});

describe('resolveShareLink', () => {
  it('leaves out unknown ids, names them, and applies the rest', () => {
    const link = linkOf(
      '?goal=astronaut&holds=cca,wizard&years=cca:1,wizard:2,rhit:4&region=CA&node=nowhere',
    );
    const { view: v, ignored } = resolveShareLink(link, DEFAULT_VIEW_STATE, hasNode);
    expect(v.goal).toBeNull();
    expect(v.selected).toBeNull();
    expect(v.situation).toEqual({ holds: ['cca'], years: { cca: 1 }, region: 'CA' });
    expect(ignored).toEqual([
      'holds "wizard" (not in this career graph)',
      'years for "wizard" (not in this career graph)',
      'years for "rhit" (the link does not list it in holds)',
      'goal "astronaut" (not in this career graph)',
      'node "nowhere" (not in this career graph)',
    ]);
  });
});

describe('describeIgnored', () => {
  it('is null when nothing was ignored, one sentence otherwise', () => {
    expect(describeIgnored([])).toBeNull();
    expect(
      describeIgnored([
        'goal "x" (not in this career graph)',
        'by "y" (expected one of months, cost, steps)',
      ]),
    ).toBe(
      'This link had parts that could not be used, so they were ignored: goal "x" (not in this career graph); by "y" (expected one of months, cost, steps). The rest of the link was applied.',
    );
  });
});

describe('round trip (property)', () => {
  const ids = [...KNOWN];
  const viewArb = fc
    .record({
      holds: fc.uniqueArray(fc.constantFrom(...ids), { maxLength: 4 }),
      yearsPicked: fc.array(fc.integer({ min: 0, max: 8000 }), { maxLength: 4 }),
      region: fc.option(fc.constantFrom('NJ', 'CA', 'US-NY'), { nil: undefined }),
      goal: fc.option(fc.constantFrom(...ids), { nil: null }),
      by: fc.constantFrom('months' as const, 'cost' as const, 'steps' as const),
      selected: fc.option(fc.constantFrom(...ids), { nil: null }),
      alternative: fc.integer({ min: 0, max: 9 }),
    })
    .map(({ holds, yearsPicked, region, ...rest }): ViewState => {
      const years: Record<string, number> = {};
      holds.forEach((id, i) => {
        const y = yearsPicked[i];
        if (y !== undefined) years[id] = y / 100;
      });
      const situation: ViewState['situation'] = region ? { holds, years, region } : { holds, years };
      return { ...DEFAULT_VIEW_STATE, ...rest, situation };
    });

  it('restores every view of known ids exactly', () => {
    fc.assert(
      fc.property(viewArb, (v) => {
        const query = encodeShareQuery(v);
        const back =
          query === ''
            ? DEFAULT_VIEW_STATE
            : resolveShareLink(linkOf(query), DEFAULT_VIEW_STATE, hasNode).view;
        expect(back).toEqual(v);
      }),
      { numRuns: propertyRuns(1000), seed: PROPERTY_SEED },
    );
  });
});
