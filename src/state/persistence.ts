// Writes the person's own situation to storage and takes in other tabs' changes (the `storage`
// event). Every write merges with what another tab may have written meanwhile (merge.ts), so no
// tab drops another's additions. A link's view is not written until the person changes it; a
// failed write says so in a notice and the state stays in memory.

import { mergeStored } from './merge';
import {
  type MaybeStorage,
  readStoredNow,
  STORAGE_KEY,
  type Stored,
  saveStored,
  storedOf,
  storedText,
} from './persist';
import { forgetSavedBeforeLink, keepSavedBeforeLink, SAVED_BEFORE_LINK_KEY } from './share-link-saved';
import type { AppState, AppStore } from './store';
import { DEFAULT_VIEW_STATE } from './view-state';

/** Where `storage` events from other tabs arrive (`window`). */
export interface TabEvents {
  addEventListener(type: 'storage', listener: (e: Pick<StorageEvent, 'key' | 'newValue'>) => void): void;
  removeEventListener(type: 'storage', listener: (e: Pick<StorageEvent, 'key' | 'newValue'>) => void): void;
}

const EMPTY: Stored = storedOf(DEFAULT_VIEW_STATE);

/** NOTE: subscribes to `store`; returns the function that stops it. */
export function startPersistence(
  store: AppStore,
  storage: MaybeStorage,
  options: { saved: Stored | null; tabs?: TabEvents | undefined },
): () => void {
  /** What this tab and storage last agreed on: the base of every merge. */
  let base: Stored = options.saved ?? EMPTY;
  let lastKey = storedText(store.getState().view);
  /** A link's view the person changed, not yet saved because its own situation could not be kept aside. */
  let adoptionPending = false;

  const reportSave = (ok: boolean, why = ''): void => {
    const s = store.getState();
    const failing = s.notices.some((e) => e.notice.kind === 'save-failed');
    if (ok && failing) s.clearNotices('save-failed');
    if (!ok && !failing) s.addNotice({ kind: 'save-failed', why });
  };

  /** Writes `value` as is (a change of whole situation: a link made one's own, or "Back"). */
  const writeWhole = (value: Stored): void => {
    const r = saveStored(storage, value);
    if (r.ok) base = value;
    reportSave(r.ok, r.ok ? '' : r.why);
  };

  /** Writes this tab's change on top of whatever another tab wrote since `base`. */
  const writeMerged = (state: AppState): void => {
    const mine = storedOf(state.view);
    const theirs = readStoredNow(storage);
    const merged = theirs && storedText(theirs) !== storedText(base) ? mergeStored(base, mine, theirs) : mine;
    const r = saveStored(storage, merged);
    reportSave(r.ok, r.ok ? '' : r.why);
    if (!r.ok) return;
    base = merged;
    if (storedText(merged) !== storedText(mine)) {
      lastKey = storedText(merged);
      store.getState().restoreView({ ...store.getState().view, ...merged }, 'tab');
    }
  };

  const unsubscribe = store.subscribe((state, prev) => {
    if (state.view === prev.view && state.origin === prev.origin) return;
    const key = storedText(state.view);
    const adopted = (prev.origin === 'link' && state.origin === 'own') || adoptionPending;
    if (key === lastKey && !adopted && state.viewCause !== 'back') return;
    lastKey = key;
    if (state.viewCause === 'tab' || state.viewCause === 'start' || state.origin === 'link') return;
    if (state.viewCause === 'back') {
      adoptionPending = false;
      writeWhole(storedOf(state.view));
      forgetSavedBeforeLink(storage);
      return;
    }
    if (adopted) {
      // The link's view becomes the saved one: the person's own is kept aside first, or not replaced.
      adoptionPending = !keepSavedBeforeLink(storage, readStoredNow(storage));
      if (adoptionPending) {
        reportSave(false, 'the browser storage is full');
        return;
      }
      writeWhole(storedOf(state.view));
      return;
    }
    writeMerged(state);
  });

  const onStorage = (e: Pick<StorageEvent, 'key' | 'newValue'>): void => {
    if (e.key === SAVED_BEFORE_LINK_KEY) {
      // Another tab made a changed link view the saved one (its own kept aside), or went back.
      const s = store.getState();
      const shown = s.notices.some((n) => n.notice.kind === 'earlier-kept');
      if (e.newValue !== null && !shown && s.origin === 'own') s.addNotice({ kind: 'earlier-kept' });
      // Nothing kept aside any more: in this tab's own view, there is nothing to go back to.
      if (e.newValue === null && s.origin === 'own') s.clearNotices('earlier-kept', 'link-shown');
      return;
    }
    if (e.key !== STORAGE_KEY || e.newValue === null) return;
    // What storage holds now, not the event's value: events can arrive after a newer write.
    const theirs = readStoredNow(storage);
    if (theirs === null || storedText(theirs) === storedText(base)) return;
    const state = store.getState();
    if (state.origin === 'link') {
      base = theirs;
      return;
    }
    const mine = storedOf(state.view);
    const merged = mergeStored(base, mine, theirs);
    base = theirs;
    if (storedText(merged) !== storedText(mine)) {
      lastKey = storedText(merged);
      state.restoreView({ ...state.view, ...merged }, 'tab');
    }
    // This tab had changes the other did not see (a write that failed): write them on top.
    if (storedText(merged) !== storedText(theirs)) writeMerged(store.getState());
  };
  options.tabs?.addEventListener('storage', onStorage);

  return () => {
    unsubscribe();
    options.tabs?.removeEventListener('storage', onStorage);
  };
}
