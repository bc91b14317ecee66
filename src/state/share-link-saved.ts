// The person's own situation, kept aside when a share link's view that they changed becomes the
// saved one, so "Back to my saved situation" can return it. An untouched link never gets here:
// its view stays out of storage.

import { isRecord, type MaybeStorage, parseStored, type Stored, storedText } from './persist';

export const SAVED_BEFORE_LINK_KEY = 'career-path-explorer:saved-before-link:v1';

const isEmpty = (s: Stored): boolean =>
  s.situation.holds.length === 0 && s.goal === null && !s.situation.region;

export function readSavedBeforeLink(storage: MaybeStorage): Stored | null {
  try {
    const text = storage?.getItem(SAVED_BEFORE_LINK_KEY) ?? null;
    if (text === null) return null;
    // {"version":1,"saved":…}; anything else is not ours to read.
    const record: unknown = JSON.parse(text);
    if (!isRecord(record) || record.version !== 1) return null;
    const parsed = parseStored(JSON.stringify(record.saved));
    return parsed.kind === 'unreadable' ? null : parsed.value;
  } catch {
    return null;
  }
}

/**
 * Keeps `own` aside before a changed link view replaces it. A situation already kept stays: it is
 * the one from before any link, and a later link must not push it out. False when `own` could not
 * be kept (then it must not be overwritten).
 */
export function keepSavedBeforeLink(storage: MaybeStorage, own: Stored | null): boolean {
  if (own === null || isEmpty(own) || readSavedBeforeLink(storage) !== null) return true;
  try {
    storage?.setItem(SAVED_BEFORE_LINK_KEY, `{"version":1,"saved":${storedText(own)}}`);
    return true;
  } catch {
    // A full storage: the saved situation is then the only copy, so the caller must not replace it.
    return false;
  }
}

export function forgetSavedBeforeLink(storage: MaybeStorage): void {
  try {
    storage?.removeItem(SAVED_BEFORE_LINK_KEY);
  } catch {
    // Nothing to do: at worst the offer shows again next time.
  }
}
