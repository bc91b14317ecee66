// Keeps the situation, goal and objective in localStorage under a versioned key.
// Unreadable stored state gives a message and the defaults; it never throws.

import { z } from '../data/zod';
import { type ViewState, viewStateSchema } from './view-state';

export const STORAGE_KEY = 'career-path-explorer:situation:v1';

// Derived from the view state's schema so the stored fields cannot drift from it; `version` stays
// first so it is the first problem reported on an old or foreign value.
const storedSchema = z.object({
  version: z.literal(1),
  ...z.pick(viewStateSchema, { situation: true, goal: true, by: true }).shape,
});

export type Stored = Pick<ViewState, 'situation' | 'goal' | 'by'>;

export type LoadStored =
  | { kind: 'none' }
  | { kind: 'ok'; value: Stored }
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
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? issue.path.join('.') : 'the top level';
    return corrupt(storage, `${where}: ${issue?.message ?? 'unexpected shape'}`);
  }
  const { situation, goal, by } = parsed.data;
  const cleanSituation: Stored['situation'] = { holds: situation.holds, years: situation.years };
  if (situation.region) cleanSituation.region = situation.region;
  return { kind: 'ok', value: { situation: cleanSituation, goal, by } };
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
