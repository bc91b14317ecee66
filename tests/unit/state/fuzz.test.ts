// Fuzz over what the app reads from outside: stored state (any text, any JSON, mutations of a real
// saved value, prototype keys) and share links (any query string, mutations of real links). None
// may throw; each must give a valid view state whose ids the graph has, plus typed, capped notices.
// Runs from a fixed seed (PROPERTY_SEED); fast-check prints the seed and path of any failure.

import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildCareerGraph } from '../../../src/domain/career-graph';
import type { CareerGraphFile } from '../../../src/domain/types';
import { describeNotice, type Notice } from '../../../src/state/notices';
import { parseStored, STORAGE_KEY, storedText } from '../../../src/state/persist';
import { encodeShareQuery, parseShareQuery, SHARE_KEYS } from '../../../src/state/share-link';
import { DEFAULT_VIEW_STATE, normaliseYears, type ViewState } from '../../../src/state/view-state';
import { viewStateSchema } from '../../../src/state/view-state-schema';
import { PROPERTY_SEED, propertyRuns } from '../../support/property-runs';
import { memoryStorage, openApp, SMALL } from './state-helpers';

/** A graph whose ids and source keys are names of Object.prototype (`constructor`, `__proto__`). */
const protoFile = JSON.parse(readFileSync('tests/fixtures/prototype-keys.json', 'utf8')) as CareerGraphFile;
const PROTO_GRAPH = { file: protoFile, graph: buildCareerGraph(protoFile) };
const GRAPHS = [SMALL, PROTO_GRAPH];
const IDS = [...new Set(GRAPHS.flatMap((g) => g.graph.nodes()))];
const PROTO = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', 'prototype'];
const NOTICE_KINDS: Notice['kind'][] = [
  'stored-unreadable',
  'stored-partial',
  'saved-ids-dropped',
  'link-ignored',
  'link-shown',
  'earlier-kept',
  'save-failed',
];
/** The longest a notice may be: ten capped items and their sentence. */
const MAX_NOTICE_CHARS = 1_500;

const params = { seed: PROPERTY_SEED };
/** An explicit budget: thousands of cases on a loaded machine, never the 5 s default. */
const BUDGET = 180_000;

/**
 * Opens the app from `stored` text and a `search` string on each graph, as main.tsx does (start,
 * store, persistence, address bar), and checks the result.
 */
function openAndCheck(stored: string | null, search: string): void {
  for (const loaded of GRAPHS) check(stored, search, loaded);
}

function check(stored: string | null, search: string, loaded: (typeof GRAPHS)[number]): void {
  const storage = memoryStorage(stored === null ? {} : { [STORAGE_KEY]: stored });
  const { store, bar } = openApp({ storage, search, loaded });
  const { view, notices } = store.getState();
  expect(viewStateSchema.safeParse(view).success).toBe(true);
  for (const id of [...view.situation.holds, view.goal, view.selected])
    if (id !== null) expect(loaded.graph.hasNode(id)).toBe(true);
  for (const id of Object.keys(view.situation.years)) expect(view.situation.holds).toContain(id);
  expect(new Set(view.situation.holds).size).toBe(view.situation.holds.length);
  for (const { notice } of notices) {
    expect(NOTICE_KINDS).toContain(notice.kind);
    expect(describeNotice(notice).length).toBeLessThanOrEqual(MAX_NOTICE_CHARS);
  }
  // The address says the view, and the view can be changed and saved afterwards.
  const shown = bar.address.location.search;
  expect(shown === '?' ? '' : shown).toBe(encodeShareQuery(view));
  store.getState().setObjective(view.by === 'cost' ? 'steps' : 'cost');
  expect(storage.data.has(STORAGE_KEY)).toBe(true);
}

const key = fc.oneof(
  fc.constantFrom(...IDS, ...PROTO),
  fc.string({ maxLength: 12 }),
  fc.string({ minLength: 150, maxLength: 400 }),
);
const anyValue = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc.constantFrom(Number.NaN, -0, 1e308, -1, 80.0000001),
);
const storedLike = fc.record(
  {
    version: fc.oneof(fc.constantFrom(0, 1, 2, '1', null), anyValue),
    situation: fc.oneof(
      fc.record(
        {
          holds: fc.oneof(fc.array(fc.oneof(key, anyValue), { maxLength: 8 }), anyValue),
          years: fc.oneof(
            fc.dictionary(key, fc.oneof(fc.double({ min: -5, max: 100 }), anyValue), { maxKeys: 6 }),
            anyValue,
          ),
          region: fc.oneof(fc.constantFrom('NJ', 'ZZ', 'nj', ''), anyValue),
        },
        { requiredKeys: [] },
      ),
      anyValue,
    ),
    goal: fc.oneof(key, anyValue),
    by: fc.oneof(fc.constantFrom('months', 'cost', 'steps', 'fastest'), anyValue),
  },
  { requiredKeys: [] },
);

describe('fuzz: stored state', () => {
  it('any text never throws and gives a valid view with typed notices', { timeout: BUDGET }, () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.json()), (text) => {
        const parsed = parseStored(text);
        expect(['ok', 'partial', 'unreadable']).toContain(parsed.kind);
        openAndCheck(text, '');
      }),
      { ...params, numRuns: propertyRuns(2_000) },
    );
  });

  it('values shaped like a saved state (any version, bad fields, prototype keys) keep every good part', {
    timeout: BUDGET,
  }, () => {
    fc.assert(
      fc.property(storedLike, (value) => {
        const text = JSON.stringify(value);
        const parsed = parseStored(text);
        expect(parsed.kind).not.toBe('unreadable');
        if (parsed.kind === 'unreadable') return;
        // Every held string survives parsing (ids are checked later, against the graph).
        const raw = (value as { situation?: { holds?: unknown } }).situation?.holds;
        if (Array.isArray(raw)) {
          const strings = [...new Set(raw.filter((h): h is string => typeof h === 'string'))];
          expect(parsed.value.situation.holds).toEqual(strings);
        }
        // Every year within 0–80 survives too, under its own key (`__proto__` included).
        const rawYears = (value as { situation?: { years?: unknown } }).situation?.years;
        if (rawYears && typeof rawYears === 'object' && !Array.isArray(rawYears)) {
          const good = Object.entries(rawYears).filter(
            (e): e is [string, number] => typeof e[1] === 'number' && e[1] >= 0 && e[1] <= 80,
          );
          expect(Object.entries(parsed.value.situation.years)).toEqual(
            good.map(([k, v]) => [k, normaliseYears(v)]),
          );
        }
        for (const y of Object.values(parsed.value.situation.years)) {
          expect(y).toBeGreaterThanOrEqual(0);
          expect(y).toBeLessThanOrEqual(80);
        }
        openAndCheck(text, '');
      }),
      { ...params, numRuns: propertyRuns(2_000) },
    );
  });

  it('a saved state reads back exactly what was saved', { timeout: BUDGET }, () => {
    const view = fc.record({
      holds: fc.uniqueArray(fc.constantFrom(...IDS), { maxLength: 6 }),
      years: fc.array(fc.double({ min: 0, max: 80, noNaN: true }), { maxLength: 6 }),
      goal: fc.option(fc.constantFrom(...IDS), { nil: null }),
      by: fc.constantFrom('months' as const, 'cost' as const, 'steps' as const),
      region: fc.option(fc.constantFrom('NJ', 'PA'), { nil: undefined }),
    });
    fc.assert(
      fc.property(view, ({ holds, years, goal, by, region }) => {
        const y = Object.fromEntries(
          holds.slice(0, years.length).map((id, i) => [id, normaliseYears(years[i] ?? 0)]),
        );
        const saved = { situation: region ? { holds, years: y, region } : { holds, years: y }, goal, by };
        expect(parseStored(storedText(saved))).toEqual({ kind: 'ok', value: saved });
      }),
      { ...params, numRuns: propertyRuns(1_000) },
    );
  });
});

const shareKey = fc.constantFrom(...SHARE_KEYS, 'x', 'goal', 'holds', 'years');
const shareValue = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.string({ minLength: 150, maxLength: 400 }),
  fc
    .array(fc.oneof(fc.constantFrom(...IDS, ...PROTO), fc.string({ maxLength: 8 })), { maxLength: 6 })
    .map((a) => a.join(',')),
  fc
    .array(
      fc.tuple(
        fc.constantFrom(...IDS, ...PROTO),
        fc.oneof(fc.double({ min: -1, max: 120 }), fc.string({ maxLength: 5 })),
      ),
      {
        maxLength: 4,
      },
    )
    .map((a) => a.map(([id, n]) => `${id}:${n}`).join(',')),
);
const query = fc
  .array(fc.tuple(shareKey, shareValue, fc.boolean()), { maxLength: 8 })
  .map(
    (parts) => `?${parts.map(([k, v, encode]) => `${k}=${encode ? encodeURIComponent(v) : v}`).join('&')}`,
  );

describe('fuzz: share links', () => {
  it('any query string never throws and gives a valid view with typed, capped notices', {
    timeout: BUDGET,
  }, () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), query), fc.option(fc.json(), { nil: null }), (search, stored) => {
        const parsed = parseShareQuery(search);
        expect(['none', 'link']).toContain(parsed.kind);
        openAndCheck(stored, search);
      }),
      { ...params, numRuns: propertyRuns(2_000) },
    );
  });

  it('a view written as a link reads back as the same view', { timeout: BUDGET }, () => {
    const view = fc.record({
      holds: fc.uniqueArray(fc.constantFrom(...IDS), { maxLength: 6 }),
      years: fc.array(fc.double({ min: 0, max: 80, noNaN: true }), { maxLength: 6 }),
      goal: fc.option(fc.constantFrom(...IDS), { nil: null }),
      selected: fc.option(fc.constantFrom(...IDS), { nil: null }),
      by: fc.constantFrom('months' as const, 'cost' as const, 'steps' as const),
    });
    fc.assert(
      fc.property(view, ({ holds, years, goal, selected, by }) => {
        const y = Object.fromEntries(
          holds.slice(0, years.length).map((id, i) => [id, normaliseYears(years[i] ?? 0)]),
        );
        const v: ViewState = { ...DEFAULT_VIEW_STATE, situation: { holds, years: y }, goal, selected, by };
        const parsed = parseShareQuery(encodeShareQuery(v));
        if (parsed.kind === 'none') {
          expect(encodeShareQuery(v)).toBe('');
          return;
        }
        expect(parsed.ignored).toEqual([]);
        expect([
          parsed.link.holds,
          parsed.link.years,
          parsed.link.goal,
          parsed.link.selected,
          parsed.link.by,
        ]).toEqual([holds, y, goal, selected, by]);
      }),
      { ...params, numRuns: propertyRuns(1_000) },
    );
  });
});
