// The one app store (zustand, vanilla so tests and a later presentation mode can drive it):
// the loaded graph, the serialisable view state, typed notices, and the actions that change them.
// The starting view is decided before the store exists (start.ts); persistence subscribes after.

import { createStore, type StoreApi } from 'zustand/vanilla';
import type { CareerGraph } from '../domain/career-graph';
import type { Objective } from '../domain/planner/types';
import type { CareerGraphFile, NodeKind, Pace } from '../domain/types';
import type { Notice, NoticeEntry, NoticeKind } from './notices';
import { ownValue, recordOf } from './own-key';
import { type MaybeStorage, readStoredNow, storedOf, storedText } from './persist';
import { startPersistence, type TabEvents } from './persistence';
import type { OffThreadPlan } from './plan-answer';
import { knownRegions } from './regions';
import { renameViewIds } from './rename-view-ids';
import { forgetSavedBeforeLink, readSavedBeforeLink } from './share-link-saved';
import { DEFAULT_START, decideStart, resolveStart, type Start, type ViewOrigin } from './start';
import {
  DEFAULT_VIEW_STATE,
  normaliseYears,
  sanitizeViewState,
  type ViewMode,
  type ViewState,
} from './view-state';

export type DataState =
  | { status: 'loading' }
  | { status: 'error'; title: string; problems: string[] }
  | { status: 'ready'; file: CareerGraphFile; graph: CareerGraph };

/**
 * What made the last view change: the start-up, the person, Back/Forward (`history`), another tab
 * (`tab`), "Back to my saved situation" (`back`) or a new graph. Persistence and the address bar
 * act on it: only the person's own changes push history entries or make a link's view saved.
 */
export type ViewCause = 'start' | 'person' | 'history' | 'tab' | 'back' | 'graph';

export interface AppState {
  data: DataState;
  view: ViewState;
  /** `link`: the view is a share link's and is kept out of storage until the person changes it. */
  origin: ViewOrigin;
  viewCause: ViewCause;
  /** Messages the person should see once, as typed values (stored state unreadable, ids dropped…). */
  notices: NoticeEntry[];
  /** Bumped when the viewport should move to the selection (search, text view), not on a click. */
  centreRequest: number;
  /** Plans answered by the plan worker (plan-off-thread.ts); null: every plan on the main thread. */
  offThreadPlan: OffThreadPlan | null;

  /** A new or edited graph; `renamed`: a node the editor renamed, whose id the view follows. */
  setGraph(file: CareerGraphFile, graph: CareerGraph, renamed?: { from: string; to: string }): void;
  setLoadError(title: string, problems: string[]): void;
  addHeld(id: string): void;
  removeHeld(id: string): void;
  setYears(id: string, years: number): void;
  setRegion(region: string | null): void;
  setPace(pace: Pace): void;
  /** A plan step done: it moves to what is held (a role with 0 years), and the plan follows. */
  markDone(id: string): void;
  setGoal(id: string | null): void;
  setObjective(by: Objective): void;
  select(id: string | null, options?: { centre?: boolean }): void;
  setAlternative(index: number): void;
  setMode(mode: ViewMode): void;
  toggleKind(kind: NodeKind): void;
  addNotice(notice: Notice): void;
  dismissNotice(id: number): void;
  /** Removes every notice of these kinds. */
  clearNotices(...kinds: NoticeKind[]): void;
  clearSituation(): void;
  /** Replaces the whole view state as the person's change (presentation mode); ids are checked. */
  replaceView(view: ViewState): void;
  /**
   * Puts a view back without it counting as the person's change (Back/Forward, another tab); a
   * history entry also says whose view it was (`origin`).
   */
  restoreView(view: ViewState, cause: 'history' | 'tab', origin?: ViewOrigin): void;
  /** Returns to the person's own saved situation (the one kept aside from a link, or the stored one). */
  backToSaved(): void;
  /** Keeps the current situation and forgets the one kept aside from before a link. */
  forgetEarlier(): void;
  /** The view without selection, alternative, text mode or filters (after an error). */
  resetView(): void;
}

export type AppStore = StoreApi<AppState>;

export interface StoreOptions {
  /** Injected storage; `null` when the browser has none (saving then says so). Omitted: no persistence. */
  storage?: MaybeStorage;
  /** The starting view; decided from `storage` alone (no link) when omitted. */
  start?: Start;
  /** A graph already loaded: the start is checked against it at once. */
  loaded?: { file: CareerGraphFile; graph: CareerGraph };
  /** Where other tabs' storage changes arrive (`window`). */
  tabs?: TabEvents;
}

const PERSISTED_KEY = (v: ViewState): string => storedText(v);

export function createAppStore(options: StoreOptions = {}): AppStore {
  const storage = options.storage;
  const start =
    options.start ?? (storage !== undefined ? decideStart({ search: '', storage }) : DEFAULT_START);
  let pendingStart: Start | null = start;
  let nextNoticeId = 1;
  const entries = (notices: readonly Notice[]): NoticeEntry[] =>
    notices.map((notice) => ({ id: nextNoticeId++, notice }));

  let data: DataState = { status: 'loading' };
  let view = start.view;
  let origin = start.origin;
  let notices = entries(start.notices);
  if (options.loaded) {
    const resolved = resolveStart(start, options.loaded.graph);
    pendingStart = null;
    data = { status: 'ready', ...options.loaded };
    view = resolved.view;
    origin = resolved.origin;
    notices = entries(resolved.notices);
  }

  const store = createStore<AppState>()((set, get) => {
    const sanitize = (next: ViewState): ViewState => {
      const d = get().data;
      if (d.status !== 'ready') return next;
      const regions = knownRegions(d.graph);
      return sanitizeViewState(
        next,
        (id) => d.graph.hasNode(id),
        (r) => regions.has(r),
      ).view;
    };
    /** The person's change: a link's view becomes theirs (and saved) once its situation changes. */
    const commit = (next: ViewState): void => {
      const { origin, view: before } = get();
      const adopted = origin === 'link' && PERSISTED_KEY(before) !== PERSISTED_KEY(next);
      set({ view: next, viewCause: 'person', origin: adopted ? 'own' : origin });
    };
    const patchView = (patch: Partial<ViewState>): void => commit({ ...get().view, ...patch });
    const patchSituation = (patch: Partial<ViewState['situation']>): void => {
      const situation = { ...get().view.situation, ...patch };
      // A new situation invalidates the chosen alternative's index.
      patchView({ situation, alternative: 0 });
    };
    const withoutKinds = (kinds: readonly NoticeKind[]): NoticeEntry[] =>
      get().notices.filter((e) => !kinds.includes(e.notice.kind));
    return {
      data,
      view,
      origin,
      viewCause: 'start',
      notices,
      centreRequest: 0,
      offThreadPlan: null,

      setGraph(file, graph, renamed) {
        if (pendingStart) {
          const resolved = resolveStart(pendingStart, graph);
          pendingStart = null;
          set({
            data: { status: 'ready', file, graph },
            view: resolved.view,
            origin: resolved.origin,
            viewCause: 'start',
            notices: [
              ...get().notices.filter((e) => !start.notices.includes(e.notice)),
              ...entries(resolved.notices),
            ],
          });
          return;
        }
        const regions = knownRegions(graph);
        const current = renamed ? renameViewIds(get().view, renamed.from, renamed.to) : get().view;
        const { view: clean, dropped } = sanitizeViewState(
          current,
          (id) => graph.hasNode(id),
          (r) => regions.has(r),
        );
        const more = dropped.length ? entries([{ kind: 'saved-ids-dropped', dropped }]) : [];
        set({
          data: { status: 'ready', file, graph },
          view: clean,
          viewCause: 'graph',
          notices: [...get().notices, ...more],
        });
      },
      setLoadError(title, problems) {
        set({ data: { status: 'error', title, problems } });
      },
      addHeld(id) {
        const { holds } = get().view.situation;
        if (holds.includes(id)) return;
        patchSituation({ holds: [...holds, id] });
      },
      removeHeld(id) {
        const { holds, years } = get().view.situation;
        patchSituation({
          holds: holds.filter((h) => h !== id),
          years: Object.fromEntries(Object.entries(years).filter(([k]) => k !== id)),
        });
      },
      setYears(id, years) {
        const next = Object.fromEntries([
          ...Object.entries(get().view.situation.years),
          [id, normaliseYears(years)],
        ]);
        patchSituation({ years: next });
      },
      setRegion(region) {
        const { region: _old, ...rest } = get().view.situation;
        commit({ ...get().view, situation: region ? { ...rest, region } : rest, alternative: 0 });
      },
      setPace(pace) {
        const { pace: _old, ...rest } = get().view.situation;
        const situation = pace === 'part-time' ? { ...rest, pace } : rest;
        commit({ ...get().view, situation, alternative: 0 });
      },
      markDone(id) {
        const { holds, years } = get().view.situation;
        const data = get().data;
        const isRole =
          data.status === 'ready' &&
          data.graph.hasNode(id) &&
          data.graph.getNodeAttribute(id, 'kind') === 'role';
        patchSituation({
          holds: holds.includes(id) ? holds : [...holds, id],
          years:
            isRole && ownValue(years, id) === undefined
              ? recordOf([...Object.entries(years), [id, 0]])
              : years,
        });
      },
      setGoal(goal) {
        patchView({ goal, alternative: 0 });
      },
      setObjective(by) {
        patchView({ by, alternative: 0 });
      },
      select(id, opts) {
        patchView({ selected: id });
        if (opts?.centre && id !== null) set({ centreRequest: get().centreRequest + 1 });
      },
      setAlternative(index) {
        patchView({ alternative: Math.max(0, Math.floor(index)) });
      },
      setMode(mode) {
        patchView({ mode });
      },
      toggleKind(kind) {
        const hidden = get().view.hiddenKinds;
        patchView({
          hiddenKinds: hidden.includes(kind) ? hidden.filter((k) => k !== kind) : [...hidden, kind],
        });
      },
      addNotice(notice) {
        set({ notices: [...get().notices, ...entries([notice])] });
      },
      dismissNotice(id) {
        set({ notices: get().notices.filter((e) => e.id !== id) });
      },
      clearNotices(...kinds) {
        const kept = withoutKinds(kinds);
        if (kept.length !== get().notices.length) set({ notices: kept });
      },
      clearSituation() {
        patchView({ situation: { holds: [], years: {} }, goal: null, alternative: 0 });
      },
      replaceView(next) {
        commit(sanitize(next));
      },
      restoreView(next, cause, origin) {
        set({ view: sanitize(next), viewCause: cause, origin: origin ?? get().origin });
      },
      backToSaved() {
        const target = readSavedBeforeLink(storage ?? null) ?? readStoredNow(storage ?? null);
        const own = target ?? storedOf(DEFAULT_VIEW_STATE);
        set({
          view: sanitize({ ...get().view, ...own, selected: null, alternative: 0 }),
          viewCause: 'back',
          origin: 'own',
          notices: withoutKinds(['link-shown', 'earlier-kept']),
        });
      },
      forgetEarlier() {
        forgetSavedBeforeLink(storage ?? null);
        set({ notices: withoutKinds(['link-shown', 'earlier-kept']) });
      },
      resetView() {
        const { situation, goal, by } = get().view;
        commit({ ...DEFAULT_VIEW_STATE, situation, goal, by });
      },
    };
  });

  // Only now, with the starting view in place, does anything get written.
  if (storage !== undefined) startPersistence(store, storage, { saved: start.saved, tabs: options.tabs });
  return store;
}
