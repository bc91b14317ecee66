// One graph kept in this browser, on its own row of Your graphs (YourGraphs.tsx): rename,
// duplicate, download and delete (with undo). Deleting never touches another graph; undo puts the
// graph back as it was.

import { useState } from 'react';
import { graphFileText } from '../../data/graph-file-text';
import type { KeptGraph } from '../../state/graph-library';
import type { LibraryStore } from '../../state/graph-library-store';
import { downloadText, fileNameOf } from './download';

export function KeptRow({
  graph,
  library,
  current,
}: {
  graph: KeptGraph;
  library: LibraryStore;
  current: boolean;
}) {
  const [renaming, setRenaming] = useState<string | null>(null);
  // The validator loads on first use (src/data/load-own.ts), not with the page.
  const parsed = async () => (await import('../../data/load-own')).loadOwnGraph(graph.text, graph.title);
  return (
    <li className="own-kept">
      {renaming === null ? (
        <span className="own-kept-title">
          {graph.title}
          {current ? ' (shown)' : ''}
        </span>
      ) : (
        <form
          className="own-row"
          onSubmit={(e) => {
            e.preventDefault();
            void library.getState().rename(graph.key, renaming);
            setRenaming(null);
          }}
        >
          <label>
            New title for “{graph.title}”
            <input value={renaming} onChange={(e) => setRenaming(e.target.value)} />
          </label>
          <button type="submit">Save title</button>
          <button type="button" onClick={() => setRenaming(null)}>
            Cancel
          </button>
        </form>
      )}
      <span className="own-row">
        {current ? null : (
          <button type="button" onClick={() => library.getState().choose(graph.key)}>
            Show
          </button>
        )}
        <button type="button" aria-label={`Rename ${graph.title}`} onClick={() => setRenaming(graph.title)}>
          Rename
        </button>
        <button
          type="button"
          aria-label={`Duplicate ${graph.title}`}
          onClick={() => {
            void parsed().then((r) => {
              if (r.ok) void library.getState().duplicate(r.file);
            });
          }}
        >
          Duplicate
        </button>
        <button
          type="button"
          aria-label={`Download ${graph.title}`}
          onClick={() => {
            void parsed().then((r) =>
              downloadText(
                fileNameOf(graph.title, 'json'),
                r.ok ? graphFileText(r.file) : graph.text,
                'application/json',
              ),
            );
          }}
        >
          Download
        </button>
        <button
          type="button"
          aria-label={`Delete ${graph.title}`}
          onClick={() => library.getState().remove(graph.key)}
        >
          Delete
        </button>
      </span>
    </li>
  );
}
