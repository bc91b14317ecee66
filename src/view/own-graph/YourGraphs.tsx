// The graphs kept in this browser, in a disclosure: its rows (KeptRow.tsx: rename, duplicate,
// download and delete with undo) load when there is a kept graph to list (on-demand-parts.ts).

import type { LibraryStore } from '../../state/graph-library-store';
import { keptRow } from '../lazy/on-demand-parts';
import { useLibrary } from './library-context';

const KeptRow = keptRow.View;

export function YourGraphs({ library }: { library: LibraryStore }) {
  const kept = useLibrary(library, (s) => s.kept);
  const currentKey = useLibrary(library, (s) => s.currentKey);
  return (
    <details className="own-your-graphs">
      <summary>Your graphs ({kept.length})</summary>
      {kept.length === 0 ? (
        <p className="muted">None yet. Open a graph file, import spreadsheets, or start a new graph.</p>
      ) : (
        <ul>
          {kept.map((g) => (
            <KeptRow key={g.key} graph={g} library={library} current={g.key === currentKey} />
          ))}
        </ul>
      )}
    </details>
  );
}
