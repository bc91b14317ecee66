// Keeps the address bar in step with the view and Back/Forward in step with what the person did:
// a meaningful change (goal, situation, objective, alternative, graph) pushes a history entry,
// repeated edits of one field (typing years) replace it instead, and anything else (selection,
// view mode, filters) only rewrites the address. Back/Forward put the entry's view back.

import { appFragment } from './app-address';
import { DEFAULT_GRAPH_KEY, withGraphParam } from './graph-scope';
import { knownRegions } from './regions';
import { encodeShareQuery, parseShareQuery, resolveShareLink } from './share-link';
import type { ViewOrigin } from './start';
import type { AppStore } from './store';
import { DEFAULT_VIEW_STATE, type ViewState } from './view-state';

export interface AddressBar {
  location: Pick<Location, 'pathname' | 'search' | 'hash'>;
  history: Pick<History, 'pushState' | 'replaceState' | 'state'>;
}

/** Where `popstate` arrives (`window`). */
export interface PopStateEvents {
  addEventListener(type: 'popstate', listener: () => void): void;
  removeEventListener(type: 'popstate', listener: () => void): void;
}

const json = (v: unknown): string => JSON.stringify(v);

/**
 * What a change is, for history: null when it is not worth an entry. Years edits of the same roles
 * in a row share one entry (typing "12" in a years field is one step, not two).
 */
export function historyKey(before: ViewState, after: ViewState): string | null {
  const a = before.situation;
  const b = after.situation;
  const keys: string[] = [];
  if (before.goal !== after.goal) keys.push('goal');
  if (before.by !== after.by) keys.push('by');
  if ((a.region ?? null) !== (b.region ?? null)) keys.push('region');
  if (json(a.holds) !== json(b.holds)) keys.push(`holds ${json(b.holds)}`);
  const yearIds = [...new Set([...Object.keys(a.years), ...Object.keys(b.years)])].filter(
    (id) =>
      (Object.hasOwn(a.years, id) ? a.years[id] : undefined) !==
      (Object.hasOwn(b.years, id) ? b.years[id] : undefined),
  );
  if (yearIds.length && !keys.some((k) => k.startsWith('holds'))) keys.push(`years ${json(yearIds.sort())}`);
  const { holds: _h, years: _y, region: _r, ...restA } = a;
  const { holds: _h2, years: _y2, region: _r2, ...restB } = b;
  if (json(restA) !== json(restB)) keys.push(`situation ${json(restB)}`);
  if (keys.length === 0 && before.alternative !== after.alternative) keys.push(`alt ${after.alternative}`);
  return keys.length === 0 ? null : keys.join('|');
}

/** Only edits of the same role's years, one after another, share a history entry. */
const continues = (key: string, last: string | null): boolean => key === last && key.startsWith('years ');

/** What each history entry carries besides its address. */
interface EntryState {
  origin: ViewOrigin;
}

export interface AddressSync {
  stop(): void;
}

/** NOTE: subscribes to `store` and listens for popstate; `stop` undoes both. */
export function startAddressSync(
  store: AppStore,
  env: { address: AddressBar; events?: PopStateEvents | undefined; graph?: string },
): AddressSync {
  const { address, events } = env;
  const graphKey = env.graph ?? DEFAULT_GRAPH_KEY;
  let lastPushKey: string | null = null;
  let shown: ViewState | null = null;
  let shownGraph: unknown = null;

  /** `mark`: write the entry's state even when the address is already right (the first entry). */
  const write = (push: boolean, mark = false): void => {
    // The address names the graph (all but the default), so a link says which graph it is for.
    const query = withGraphParam(encodeShareQuery(store.getState().view), graphKey);
    const { search, pathname, hash } = address.location;
    // An in-page anchor's fragment ("#situation") goes: the address keeps only the app's state.
    const fragment = appFragment(hash);
    const same = query === search || (query === '' && search === '?');
    if (same && fragment === hash && !mark) return;
    const url = `${pathname}${same ? search : query}${fragment}`;
    // Each entry remembers whose view it is, so Back to a link's view never makes it the saved one.
    const entry: EntryState = { origin: store.getState().origin };
    if (push) address.history.pushState(entry, '', url);
    else address.history.replaceState(entry, '', url);
  };

  const onChange = (): void => {
    // Read the store itself, not the listener's arguments: a nested update may have come first.
    const state = store.getState();
    if (state.data.status !== 'ready') return;
    const before = shown;
    const graphChanged = shownGraph !== null && shownGraph !== state.data.graph;
    if (before === state.view && !graphChanged) return;
    shown = state.view;
    shownGraph = state.data.graph;
    const cause = state.viewCause;
    if (before === null || cause === 'start' || cause === 'history' || cause === 'tab') {
      write(false, before === null);
      return;
    }
    const key = graphChanged ? 'graph' : historyKey(before, state.view);
    if (key === null || continues(key, lastPushKey)) {
      write(false);
      return;
    }
    lastPushKey = key;
    write(true);
  };

  const onPopState = (): void => {
    const state = store.getState();
    if (state.data.status !== 'ready') return;
    const { graph } = state.data;
    const regions = knownRegions(graph);
    const parsed = parseShareQuery(address.location.search);
    const current = state.view;
    // The entry's view; what a link does not carry (view mode, filters) stays as it is.
    const view: ViewState =
      parsed.kind === 'link'
        ? resolveShareLink(
            parsed.link,
            current,
            (id) => graph.hasNode(id),
            (r) => regions.has(r),
          ).view
        : { ...current, ...DEFAULT_VIEW_STATE, mode: current.mode, hiddenKinds: current.hiddenKinds };
    lastPushKey = null;
    const entry = address.history.state as Partial<EntryState> | null;
    const origin = entry?.origin === 'link' || entry?.origin === 'own' ? entry.origin : undefined;
    state.restoreView(view, 'history', origin);
    // A click on an in-page anchor is a history step too: its "#situation" is taken off again.
    if (appFragment(address.location.hash) !== address.location.hash) write(false);
  };

  const unsubscribe = store.subscribe(onChange);
  events?.addEventListener('popstate', onPopState);
  onChange();
  return {
    stop() {
      unsubscribe();
      events?.removeEventListener('popstate', onPopState);
    },
  };
}
