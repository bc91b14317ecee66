// The problems found in a file that was not opened: every one with its JSON path, line and column,
// as text a person can read, select and copy; the graph on screen is the one they had before.

import { useState } from 'react';
import type { Failed } from './useOpenGraph';

export function ProblemsPanel({ failed, onClose }: { failed: Failed; onClose: () => void }) {
  const [copied, setCopied] = useState(false);
  const text = failed.problems.join('\n');
  const count = failed.total === 1 ? '1 problem' : `${failed.total.toLocaleString('en-US')} problems`;
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setCopied(true);
    } catch {
      setCopied(false);
    }
  };
  return (
    <section className="own-problems" role="alert" aria-labelledby="own-problems-title">
      <h2 id="own-problems-title">
        “{failed.fileName}” was not opened: {count}
      </h2>
      <p>Nothing changed: the graph you had open is still shown. Fix these in the file and open it again.</p>
      <ol className="own-problem-list" aria-label="Problems in the file">
        {failed.problems.map((p, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: the list is fixed once shown
          <li key={i}>
            <code>{p}</code>
          </li>
        ))}
      </ol>
      <div className="own-row">
        <button type="button" onClick={copy}>
          Copy the problems
        </button>
        <button type="button" onClick={onClose}>
          Close
        </button>
        {copied ? <span role="status">Copied.</span> : null}
      </div>
    </section>
  );
}
