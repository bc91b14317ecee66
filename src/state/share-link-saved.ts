// What the person had stored before a share link replaced it, kept under its own key so opening a
// link never loses it silently; "Back to my saved situation" restores it.

import type { MaybeStorage, Stored } from './persist';
import type { AppStore } from './store';
import { viewStateSchema } from './view-state';

export const SAVED_BEFORE_LINK_KEY = 'career-path-explorer:saved-before-link:v1';

const savedSchema = viewStateSchema.pick({ situation: true, goal: true, by: true });

const isEmpty = (s: Stored): boolean =>
  s.situation.holds.length === 0 && s.goal === null && !s.situation.region;

/** Keeps `stored` aside unless it is empty or something is already kept (the first one is the person's own). */
export function keepSavedBeforeLink(storage: MaybeStorage, stored: Stored): boolean {
  if (isEmpty(stored) || readSavedBeforeLink(storage) !== null) return false;
  try {
    storage?.setItem(SAVED_BEFORE_LINK_KEY, JSON.stringify({ version: 1, ...stored }));
    return storage !== null;
  } catch {
    return false;
  }
}

export function readSavedBeforeLink(storage: MaybeStorage): Stored | null {
  let text: string | null = null;
  try {
    text = storage?.getItem(SAVED_BEFORE_LINK_KEY) ?? null;
  } catch {
    return null;
  }
  if (text === null) return null;
  try {
    const parsed = savedSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
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
