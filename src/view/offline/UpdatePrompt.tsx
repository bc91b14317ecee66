// Says when a new version of the app has been deployed and is ready, and reloads into it when asked.
// `register` starts the service worker and calls onNeedRefresh when a new version is waiting.

import { useEffect, useId, useState } from 'react';
import './update-prompt.css';

/** Starts the service worker; the result switches to the waiting version and reloads. */
export type RegisterServiceWorker = (handlers: {
  onNeedRefresh: () => void;
}) => (reload?: boolean) => Promise<void>;

export const UPDATE_READY = 'A new version of Career Path Explorer is ready.';

export function UpdatePrompt({ register }: { register: RegisterServiceWorker }) {
  const [update, setUpdate] = useState<((reload?: boolean) => Promise<void>) | null>(null);
  const [shown, setShown] = useState(false);
  const [reloading, setReloading] = useState(false);
  const titleId = useId();
  useEffect(() => {
    const updateSW = register({ onNeedRefresh: () => setShown(true) });
    setUpdate(() => updateSW);
  }, [register]);
  return (
    <>
      {/* Present from the start so screen readers announce the message when it appears. */}
      <p className="visually-hidden" role="status">
        {shown ? `${UPDATE_READY} Reload to update, at the bottom of the page.` : ''}
      </p>
      {shown ? (
        <aside className="update-prompt" aria-labelledby={titleId}>
          <p id={titleId}>{UPDATE_READY}</p>
          <p className="update-prompt-note">Reloading keeps your situation and goal.</p>
          <div className="update-prompt-actions">
            <button
              type="button"
              disabled={reloading || update === null}
              onClick={() => {
                setReloading(true);
                void update?.(true);
              }}
            >
              {reloading ? 'Reloading…' : 'Reload to update'}
            </button>
            <button type="button" onClick={() => setShown(false)}>
              Later
            </button>
          </div>
        </aside>
      ) : null}
    </>
  );
}
