// One-time messages (saved state unreadable, saved ids gone), each dismissable.

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
          <button type="button" onClick={() => store.getState().dismissNotice(i)}>
            Dismiss
          </button>
        </p>
      ))}
    </div>
  );
}
