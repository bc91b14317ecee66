// One-time messages (saved state unreadable, saved ids gone), each dismissable.

import { browserStorage } from '../state/persist';
import { backToSavedSituation } from '../state/share-link-saved';
import { SAVED_KEPT_NOTICE } from '../state/share-link-sync';
import { useApp, useAppStore } from './store-context';

export function Notices() {
  const notices = useApp((s) => s.notices);
  const store = useAppStore();
  if (notices.length === 0) return null;
  return (
    <div className="notices" role="status">
      {notices.map((n, i) => (
        <p key={n} className="notice">
          {n}{' '}
          {n === SAVED_KEPT_NOTICE ? (
            <button
              type="button"
              onClick={() => {
                backToSavedSituation(store, browserStorage());
                store.getState().dismissNotice(i);
              }}
            >
              Back to my saved situation
            </button>
          ) : null}{' '}
          <button type="button" onClick={() => store.getState().dismissNotice(i)}>
            Dismiss
          </button>
        </p>
      ))}
    </div>
  );
}
