// What the person had stored before a share link replaced it, kept under its own key so opening a
// link never loses it silently; "Back to my saved situation" restores it.

import { z } from '../data/zod';
import type { MaybeStorage, Stored } from './persist';
import type { AppStore } from './store';
import { viewStateSchema } from './view-state';

export const SAVED_BEFORE_LINK_KEY = 'career-path-explorer:saved-before-link:v1';

const storedSchema = z.pick(viewStateSchema, { situation: true, goal: true, by: true });
const recordSchema = z.object({
  version: z.literal(1),
  saved: storedSchema,
  /** What the link put in place; while storage still says exactly this, the person has not edited. */
  applied: z.nullable(storedSchema),
});
type SavedRecord = z.infer<typeof recordSchema>;

const isEmpty = (s: Stored): boolean =>
  s.situation.holds.length === 0 && s.goal === null && !s.situation.region;
const same = (a: Stored | null, b: Stored | null): boolean =>
  a !== null &&
  b !== null &&
  JSON.stringify([a.situation, a.goal, a.by]) === JSON.stringify([b.situation, b.goal, b.by]);

function readRecord(storage: MaybeStorage): SavedRecord | null {
  try {
    const text = storage?.getItem(SAVED_BEFORE_LINK_KEY) ?? null;
    if (text === null) return null;
    const parsed = recordSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

function writeRecord(storage: MaybeStorage, record: SavedRecord): boolean {
  try {
    storage?.setItem(SAVED_BEFORE_LINK_KEY, JSON.stringify(record));
    return storage !== null;
  } catch {
    return false;
  }
}

/**
 * Keeps `stored` aside before a link replaces it. When an earlier link's view is still untouched in
 * storage, the situation kept before that link is the person's own and stays; otherwise `stored` is.
 */
export function keepSavedBeforeLink(storage: MaybeStorage, stored: Stored): boolean {
  const earlier = readRecord(storage);
  if (earlier && (earlier.applied === null || same(earlier.applied, stored))) return true;
  if (isEmpty(stored)) return false;
  return writeRecord(storage, { version: 1, saved: stored, applied: null });
}

/** Notes what the link put in place, so a later link can tell an untouched view from an edited one. */
export function markLinkApplied(storage: MaybeStorage, applied: Stored): void {
  const record = readRecord(storage);
  if (record) writeRecord(storage, { ...record, applied });
}

export function readSavedBeforeLink(storage: MaybeStorage): Stored | null {
  return readRecord(storage)?.saved ?? null;
}

export function forgetSavedBeforeLink(storage: MaybeStorage): void {
  try {
    storage?.removeItem(SAVED_BEFORE_LINK_KEY);
  } catch {
    // Nothing to do: at worst the offer shows again next time.
  }
}

/** Puts the kept situation back into the view (the address follows); false when nothing was kept. */
export function backToSavedSituation(store: AppStore, storage: MaybeStorage): boolean {
  const saved = readSavedBeforeLink(storage);
  if (saved === null) return false;
  const { view, replaceView } = store.getState();
  replaceView({ ...view, ...saved, selected: null, alternative: 0 });
  forgetSavedBeforeLink(storage);
  return true;
}
