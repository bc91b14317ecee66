// The person's own situation, goal and objective in localStorage under a versioned key.
// Reading never throws and never loses what can still be read: a value of any version (or none)
// is read field by field and entry by entry; only the bad parts are dropped, and they are named.

import { OBJECTIVES } from '../domain/planner/types';
import { PACES } from '../domain/types';
import { recordOf } from './own-key';
import { type Check, isNumberWithin, isOneOf, isText, isTextOrNull } from './stored-values';
import { DEFAULT_VIEW_STATE, MAX_YEARS, normaliseYears, type ViewState } from './view-state';

export const STORAGE_KEY = 'career-path-explorer:situation:v1';
/** Where a stored value that is not JSON (or not an object) is kept aside instead of deleted. */
export const UNREADABLE_KEY = 'career-path-explorer:unreadable-situation';

export const STORED_VERSION = 1;

const yearsValue = isNumberWithin(0, MAX_YEARS);
const objective = isOneOf(OBJECTIVES);
/** Situation fields other than holds, years and region, each read whole (a later field reads the same way). */
const OTHER_SITUATION_FIELDS: Record<string, Check<unknown>> = { pace: isOneOf(PACES) };

export type Stored = Pick<ViewState, 'situation' | 'goal' | 'by'>;

export type ParsedStored =
  | { kind: 'ok'; value: Stored }
  /** Readable in part (or of another version): `value` is what was kept, `dropped` names the rest. */
  | { kind: 'partial'; value: Stored; dropped: string[] }
  | { kind: 'unreadable'; why: string };

export type LoadStored =
  | { kind: 'none' }
  | Exclude<ParsedStored, { kind: 'unreadable' }>
  | { kind: 'unreadable'; why: string; keptAs: string | null };

/** Storage that may be missing or throw (private mode, disabled cookies, a full quota). */
export type MaybeStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> | null;

export function browserStorage(): MaybeStorage {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

export const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

const show = (v: unknown): string => {
  let text: string;
  try {
    text = JSON.stringify(v) ?? String(v);
  } catch {
    text = String(v);
  }
  return text.length > 40 ? `${text.slice(0, 37)}…` : text;
};

/** Reads a stored text (any version, any shape): never throws. */
export function parseStored(text: string): ParsedStored {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { kind: 'unreadable', why: 'it is not valid JSON' };
  }
  if (!isRecord(json))
    return { kind: 'unreadable', why: `the top level: expected an object, not ${show(json)}` };
  const { value, dropped } = salvage(json);
  return dropped.length === 0 ? { kind: 'ok', value } : { kind: 'partial', value, dropped };
}

/** Reads the stored situation once. An unreadable text is copied aside, never deleted. */
export function loadStored(storage: MaybeStorage): LoadStored {
  let text: string | null;
  try {
    text = storage?.getItem(STORAGE_KEY) ?? null;
  } catch {
    return { kind: 'none' };
  }
  if (text === null) return { kind: 'none' };
  const parsed = parseStored(text);
  if (parsed.kind !== 'unreadable') return parsed;
  let keptAs: string | null = null;
  try {
    storage?.setItem(UNREADABLE_KEY, text);
    keptAs = UNREADABLE_KEY;
  } catch {
    // Storage refused the copy: the original stays where it is until the next save.
  }
  return { ...parsed, keptAs };
}

/** Field by field and entry by entry: what reads is kept, what does not is named. */
function salvage(json: Record<string, unknown>): { value: Stored; dropped: string[] } {
  const dropped: string[] = [];
  const situation: Record<string, unknown> = { ...DEFAULT_VIEW_STATE.situation, holds: [], years: {} };
  const raw = json.situation;
  if (!isRecord(raw)) {
    if (raw !== undefined) dropped.push(`situation ${show(raw)} (expected an object)`);
  } else {
    const holds: string[] = [];
    if (Array.isArray(raw.holds)) {
      for (const [i, h] of raw.holds.entries()) {
        const r = isText(h);
        if (!r.ok) dropped.push(`held item ${i + 1} ${show(h)} (${r.why})`);
        else if (!holds.includes(r.value)) holds.push(r.value);
      }
    } else if (raw.holds !== undefined) dropped.push(`what you have ${show(raw.holds)} (expected a list)`);
    situation.holds = holds;
    const years: [string, number][] = [];
    if (isRecord(raw.years)) {
      for (const [id, y] of Object.entries(raw.years)) {
        const r = yearsValue(y);
        if (r.ok) years.push([id, normaliseYears(r.value)]);
        else dropped.push(`years for ${show(id)} ${show(y)} (${r.why})`);
      }
    } else if (raw.years !== undefined) dropped.push(`years ${show(raw.years)} (expected an object)`);
    situation.years = recordOf(years);
    if (raw.region !== undefined && raw.region !== null && raw.region !== '') {
      const r = isText(raw.region);
      if (r.ok) situation.region = r.value;
      else dropped.push(`region ${show(raw.region)} (${r.why})`);
    }
    // Any other situation field the view state knows, whole (an absent one stays absent).
    for (const [key, check] of Object.entries(OTHER_SITUATION_FIELDS)) {
      if (!Object.hasOwn(raw, key) || raw[key] === undefined) continue;
      const r = check(raw[key]);
      if (r.ok) situation[key] = r.value;
      else dropped.push(`${key} ${show(raw[key])} (${r.why})`);
    }
  }
  const goal = isTextOrNull(json.goal ?? null);
  if (!goal.ok) dropped.push(`goal ${show(json.goal)} (${goal.why})`);
  const by = objective(json.by ?? DEFAULT_VIEW_STATE.by);
  if (!by.ok) dropped.push(`objective ${show(json.by)} (${by.why}; ${DEFAULT_VIEW_STATE.by} used)`);
  return {
    value: {
      situation: situation as unknown as Stored['situation'],
      goal: goal.ok ? goal.value : null,
      by: by.ok ? by.value : DEFAULT_VIEW_STATE.by,
    },
    dropped,
  };
}

/** The text stored for `value`: fixed field order, so equal values give equal text. */
export function storedText(value: Stored): string {
  return JSON.stringify({
    version: STORED_VERSION,
    situation: value.situation,
    goal: value.goal,
    by: value.by,
  });
}

export type SaveResult = { ok: true } | { ok: false; why: string };

/** Writes `value`; says why when storage is missing, full or refuses. */
export function saveStored(storage: MaybeStorage, value: Stored): SaveResult {
  if (storage === null) return { ok: false, why: 'storage is turned off or not available' };
  try {
    storage.setItem(STORAGE_KEY, storedText(value));
    return { ok: true };
  } catch (e) {
    const name = e instanceof Error ? e.name : '';
    return {
      ok: false,
      why: name === 'QuotaExceededError' ? 'the browser storage is full' : 'the browser refused to store it',
    };
  }
}

/** The persisted part of a view. */
export function storedOf(view: Stored): Stored {
  return { situation: view.situation, goal: view.goal, by: view.by };
}

/** The stored situation as it is now (another tab may have changed it); null when none reads. */
export function readStoredNow(storage: MaybeStorage): Stored | null {
  try {
    const text = storage?.getItem(STORAGE_KEY) ?? null;
    if (text === null) return null;
    const parsed = parseStored(text);
    return parsed.kind === 'unreadable' ? null : parsed.value;
  } catch {
    return null;
  }
}
