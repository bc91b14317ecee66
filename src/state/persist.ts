// Keeps the situation, goal and objective in localStorage under a versioned key.
// Unreadable stored state never throws and never loses what can still be read: each field and
// entry is checked on its own, only the bad ones are dropped, and the notice names them.

import { z } from '../data/zod';
import {
  DEFAULT_VIEW_STATE,
  goalSchema,
  holdSchema,
  objectiveSchema,
  regionSchema,
  type ViewState,
  viewStateSchema,
  yearsValueSchema,
} from './view-state';

export const STORAGE_KEY = 'career-path-explorer:situation:v1';

// Derived from the view state's schema so the stored fields cannot drift from it; `version` stays
// first so it is the first problem reported on an old or foreign value.
const storedSchema = z.object({
  version: z.literal(1),
  ...z.pick(viewStateSchema, { situation: true, goal: true, by: true }).shape,
});

const DEFAULT_BY = DEFAULT_VIEW_STATE.by;

export type Stored = Pick<ViewState, 'situation' | 'goal' | 'by'>;

export type LoadStored =
  | { kind: 'none' }
  | { kind: 'ok'; value: Stored }
  /** Readable in part: `value` is what could be kept, `message` names what was dropped. */
  | { kind: 'partial'; value: Stored; message: string }
  | { kind: 'corrupt'; message: string };

/** Storage that may be missing or throw (private mode, disabled cookies). */
export type MaybeStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> | null;

export function browserStorage(): MaybeStorage {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

export function loadStored(storage: MaybeStorage): LoadStored {
  let text: string | null;
  try {
    text = storage?.getItem(STORAGE_KEY) ?? null;
  } catch {
    return { kind: 'none' };
  }
  if (text === null) return { kind: 'none' };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return corrupt(storage, 'it is not valid JSON');
  }
  const parsed = storedSchema.safeParse(json);
  if (parsed.success) {
    const { situation, goal, by } = parsed.data;
    const cleanSituation: Stored['situation'] = { holds: situation.holds, years: situation.years };
    if (situation.region) cleanSituation.region = situation.region;
    if (situation.pace === 'part-time') cleanSituation.pace = 'part-time';
    return { kind: 'ok', value: { situation: cleanSituation, goal, by } };
  }
  // Not another app's or version's value: keep every part that still reads.
  if (!isRecord(json) || json.version !== 1) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? issue.path.join('.') : 'the top level';
    return corrupt(storage, `${where}: ${issue?.message ?? 'unexpected shape'}`);
  }
  const { value, dropped } = salvage(json);
  saveStored(storage, value);
  return {
    kind: 'partial',
    value,
    message: `Part of your saved situation could not be read and was left out: ${dropped.join('; ')}. Everything else was kept.`,
  };
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

const show = (v: unknown): string => {
  const text = JSON.stringify(v) ?? String(v);
  return text.length > 40 ? `${text.slice(0, 37)}…` : text;
};

/** Field by field and entry by entry: what reads is kept, what does not is named. */
function salvage(json: Record<string, unknown>): { value: Stored; dropped: string[] } {
  const dropped: string[] = [];
  const why = (r: { error?: { issues: { message: string }[] } }): string =>
    r.error?.issues[0]?.message ?? 'unreadable';
  const situation: Stored['situation'] = { holds: [], years: {} };
  const raw = json.situation;
  if (!isRecord(raw)) {
    dropped.push(`situation ${show(raw)} (expected an object)`);
  } else {
    if (Array.isArray(raw.holds)) {
      for (const [i, h] of raw.holds.entries()) {
        const r = holdSchema.safeParse(h);
        if (r.success) {
          if (!situation.holds.includes(r.data)) situation.holds.push(r.data);
        } else dropped.push(`held item ${i + 1} ${show(h)} (${why(r)})`);
      }
    } else if (raw.holds !== undefined) dropped.push(`what you have ${show(raw.holds)} (expected a list)`);
    if (isRecord(raw.years)) {
      for (const [id, y] of Object.entries(raw.years)) {
        const r = yearsValueSchema.safeParse(y);
        if (r.success) situation.years[id] = r.data;
        else dropped.push(`years for "${id}" ${show(y)} (${why(r)})`);
      }
    } else if (raw.years !== undefined) dropped.push(`years ${show(raw.years)} (expected an object)`);
    if (raw.region !== undefined) {
      const r = regionSchema.safeParse(raw.region);
      if (r.success) {
        if (r.data) situation.region = r.data;
      } else dropped.push(`region ${show(raw.region)} (${why(r)})`);
    }
  }
  const goal = goalSchema.safeParse(json.goal ?? null);
  if (!goal.success) dropped.push(`goal ${show(json.goal)} (${why(goal)})`);
  const by = objectiveSchema.safeParse(json.by);
  if (!by.success) dropped.push(`objective ${show(json.by)} (${why(by)}; ${DEFAULT_BY} used)`);
  return {
    value: { situation, goal: goal.success ? goal.data : null, by: by.success ? by.data : DEFAULT_BY },
    dropped,
  };
}

function corrupt(storage: MaybeStorage, why: string): LoadStored {
  try {
    storage?.removeItem(STORAGE_KEY);
  } catch {
    // Nothing more to do: the defaults are used either way.
  }
  return {
    kind: 'corrupt',
    message: `Your saved situation could not be read (${why}), so the explorer started fresh.`,
  };
}

export function saveStored(storage: MaybeStorage, value: Stored): void {
  try {
    storage?.setItem(STORAGE_KEY, JSON.stringify({ version: 1, ...value }));
  } catch {
    // A full or disabled storage only costs persistence; the app keeps working.
  }
}
