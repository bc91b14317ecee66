// Keeps the address bar in step with the view (replaceState: no history entries) and, when the app
// was opened from a share link, applies it once the graph is ready: the link wins, the stored
// situation is kept aside, and whatever the link got wrong becomes one visible notice.

import { selectPlanView } from './derive';
import { loadStored, type MaybeStorage } from './persist';
import { knownRegions } from './regions';
import {
  describeAltClamped,
  describeIgnored,
  encodeShareQuery,
  parseShareQuery,
  resolveShareLink,
} from './share-link';
import { keepSavedBeforeLink, markLinkApplied } from './share-link-saved';
import type { AppStore } from './store';

export interface AddressBar {
  location: Pick<Location, 'pathname' | 'search' | 'hash'>;
  history: Pick<History, 'replaceState' | 'state'>;
}

export const SAVED_KEPT_NOTICE =
  'You opened a shared link, so this view shows the situation in the link. Your own saved situation is kept: choose "Back to my saved situation" to return to it.';

export interface ShareLinkSync {
  /** True when the app was opened from a link that replaced a stored situation. */
  readonly replacedSaved: boolean;
  stop(): void;
}

export function startShareLinkSync(
  store: AppStore,
  env: { address: AddressBar; storage: MaybeStorage },
): ShareLinkSync {
  const { address, storage } = env;
  const parsed = parseShareQuery(address.location.search);
  let replacedSaved = false;
  if (parsed.kind === 'link') {
    const stored = loadStored(storage);
    if (stored.kind === 'ok' || stored.kind === 'partial') {
      const { link } = parsed;
      const same =
        JSON.stringify([stored.value.situation.holds, stored.value.goal, stored.value.by]) ===
          JSON.stringify([link.holds, link.goal, link.by]) &&
        JSON.stringify(stored.value.situation.years) === JSON.stringify(link.years) &&
        (stored.value.situation.region ?? null) === link.region;
      if (!same) replacedSaved = keepSavedBeforeLink(storage, stored.value);
    }
  }

  let applied = false;
  const writeAddress = (): void => {
    const query = encodeShareQuery(store.getState().view);
    if (query === address.location.search || (query === '' && address.location.search === '?')) return;
    address.history.replaceState(
      address.history.state,
      '',
      `${address.location.pathname}${query}${address.location.hash}`,
    );
  };

  const onChange = (): void => {
    const state = store.getState();
    if (state.data.status !== 'ready') return;
    if (!applied) {
      applied = true;
      if (parsed.kind === 'link') {
        const { graph } = state.data;
        const regions = knownRegions(graph);
        const { view, ignored } = resolveShareLink(
          parsed.link,
          state.view,
          (id) => graph.hasNode(id),
          (r) => regions.has(r),
        );
        state.replaceView(view);
        // An alternative beyond the plans there are: show the last one and say so (the address
        // is rewritten below, so a copied link never carries the stale index).
        const asked = store.getState().view.alternative;
        if (asked > 0) {
          const plans = selectPlanView(store.getState());
          const count = plans.kind === 'plan' ? plans.result.plans.length : 0;
          if (asked >= count) {
            store.getState().setAlternative(Math.max(0, count - 1));
            ignored.push(
              count > 0
                ? describeAltClamped(asked, count)
                : `alt "${asked}" (there is no plan to choose from)`,
            );
          }
        }
        if (replacedSaved) {
          const { situation, goal, by } = store.getState().view;
          markLinkApplied(storage, { situation, goal, by });
        }
        const notices = [
          describeIgnored([...parsed.ignored, ...ignored]),
          replacedSaved ? SAVED_KEPT_NOTICE : null,
        ];
        const more = notices.filter((n): n is string => n !== null);
        if (more.length) store.setState({ notices: [...store.getState().notices, ...more] });
      }
    }
    writeAddress();
  };

  const unsubscribe = store.subscribe(onChange);
  onChange();
  return {
    get replacedSaved() {
      return replacedSaved;
    },
    stop: unsubscribe,
  };
}
