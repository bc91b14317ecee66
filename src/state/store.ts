// The one app store (zustand, vanilla so tests and a later presentation mode can drive it):
// the loaded graph, the serialisable view state, notices, and the actions that change them.

import { createStore, type StoreApi } from 'zustand/vanilla';
import type { CareerGraph } from '../domain/career-graph';
import type { Objective } from '../domain/planner/types';
import type { CareerGraphFile, NodeKind, Pace } from '../domain/types';
import { loadStored, type MaybeStorage, saveStored } from './persist';
import { knownRegions } from './regions';
import { DEFAULT_VIEW_STATE, sanitizeViewState, type ViewMode, type ViewState } from './view-state';

export type DataState =
  | { status: 'loading' }
  | { status: 'error'; title: string; problems: string[] }
  | { status: 'ready'; file: CareerGraphFile; graph: CareerGraph };

export interface AppState {
  data: DataState;
  view: ViewState;
  /** Messages the person should see once (stored state unreadable, ids dropped). */
  notices: string[];
  /** Bumped when the viewport should move to the selection (search, text view), not on a click. */
  centreRequest: number;

  setGraph(file: CareerGraphFile, graph: CareerGraph): void;
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
  dismissNotice(index: number): void;
  clearSituation(): void;
  /** Replaces the whole view state (share links, presentation mode); ids are checked against the graph. */
  replaceView(view: ViewState): void;
}

export type AppStore = StoreApi<AppState>;

export function createAppStore(options: { storage?: MaybeStorage; initialView?: ViewState } = {}): AppStore {
  const storage = options.storage ?? null;
  const stored = loadStored(storage);
  const notices: string[] = [];
  let view: ViewState = options.initialView ?? DEFAULT_VIEW_STATE;
  if (stored.kind === 'ok' || stored.kind === 'partial') view = { ...view, ...stored.value };
  if (stored.kind === 'partial') notices.push(stored.message);
  if (stored.kind === 'corrupt') notices.push(stored.message);

  const store = createStore<AppState>()((set, get) => {
    const patchView = (patch: Partial<ViewState>): void => set({ view: { ...get().view, ...patch } });
    const patchSituation = (patch: Partial<ViewState['situation']>): void => {
      const situation = { ...get().view.situation, ...patch };
      // A new situation invalidates the chosen alternative's index.
      patchView({ situation, alternative: 0 });
    };
    return {
      data: { status: 'loading' },
      view,
      notices,
      centreRequest: 0,

      setGraph(file, graph) {
        const regions = knownRegions(graph);
        const { view: clean, dropped } = sanitizeViewState(
          get().view,
          (id) => graph.hasNode(id),
          (r) => regions.has(r),
        );
        const more = dropped.length
          ? [`Some saved items are no longer in this career graph and were left out: ${dropped.join(', ')}.`]
          : [];
        set({ data: { status: 'ready', file, graph }, view: clean, notices: [...get().notices, ...more] });
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
        const { [id]: _gone, ...rest } = years;
        patchSituation({ holds: holds.filter((h) => h !== id), years: rest });
      },
      setYears(id, years) {
        const clean = Number.isFinite(years) ? Math.min(80, Math.max(0, years)) : 0;
        patchSituation({ years: { ...get().view.situation.years, [id]: clean } });
      },
      setRegion(region) {
        const { region: _old, ...rest } = get().view.situation;
        set({ view: { ...get().view, situation: region ? { ...rest, region } : rest, alternative: 0 } });
      },
      setPace(pace) {
        const { pace: _old, ...rest } = get().view.situation;
        const situation = pace === 'part-time' ? { ...rest, pace } : rest;
        set({ view: { ...get().view, situation, alternative: 0 } });
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
          years: isRole ? { ...years, [id]: years[id] ?? 0 } : years,
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
      dismissNotice(index) {
        set({ notices: get().notices.filter((_, i) => i !== index) });
      },
      clearSituation() {
        patchView({ situation: { holds: [], years: {} }, goal: null, alternative: 0 });
      },
      replaceView(next) {
        const data = get().data;
        const clean =
          data.status === 'ready' ? sanitizeViewState(next, (id) => data.graph.hasNode(id)).view : next;
        set({ view: clean });
      },
    };
  });

  // Persist only what a person entered; selection and view mode are not worth restoring.
  let last = '';
  store.subscribe((state) => {
    const { situation, goal, by } = state.view;
    const key = JSON.stringify({ situation, goal, by });
    if (key === last) return;
    last = key;
    saveStored(storage, { situation, goal, by });
  });
  return store;
}
