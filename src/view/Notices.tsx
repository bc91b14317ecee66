// One-time messages (saved state unreadable, saved ids gone, a shared link, a failed save), each
// dismissable. Notices are typed values; their words come from the state layer and are capped.

import { describeNotice, type NoticeEntry } from '../state/notices';
import { useApp, useAppStore } from './store-context';

export function Notices() {
  const notices = useApp((s) => s.notices);
  if (notices.length === 0) return null;
  return (
    <div className="notices" role="status">
      {notices.map((entry) => (
        <NoticeItem key={entry.id} entry={entry} />
      ))}
    </div>
  );
}

function NoticeItem({ entry }: { entry: NoticeEntry }) {
  const store = useAppStore();
  const { notice } = entry;
  const offersBack = notice.kind === 'link-shown' || notice.kind === 'earlier-kept';
  return (
    <p className="notice">
      {describeNotice(notice)}{' '}
      {offersBack ? (
        <button type="button" onClick={() => store.getState().backToSaved()}>
          Back to my saved situation
        </button>
      ) : null}{' '}
      {notice.kind === 'earlier-kept' ? (
        <button type="button" onClick={() => store.getState().forgetEarlier()}>
          Forget it
        </button>
      ) : (
        <button type="button" onClick={() => store.getState().dismissNotice(entry.id)}>
          Dismiss
        </button>
      )}
    </p>
  );
}
