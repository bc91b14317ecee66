// The editor's one way to change the graph: every edit is checked by the validator first; a valid
// one becomes an undo step, is shown at once (graph, plans, text view) and is kept in the browser.

import { useCallback, useState } from 'react';
import type { Problem } from '../../data/problem';
import { validateCareerGraph } from '../../data/validate';
import { buildCareerGraph } from '../../domain/career-graph';
import type { CareerGraphFile } from '../../domain/types';
import { type EditHistory, record, redo, startHistory, undo } from '../../state/edit-history';
import { renamedBetween } from '../../state/graph-edit';
import type { LibraryStore } from '../../state/graph-library-store';
import { useAppStore } from '../store-context';

export type Applied = { ok: true } | { ok: false; problems: Problem[] };

export function useGraphEdits(initial: CareerGraphFile, library: LibraryStore) {
  const store = useAppStore();
  const [history, setHistory] = useState<EditHistory<CareerGraphFile>>(() => startHistory(initial));

  const show = useCallback(
    (file: CareerGraphFile, renamed?: { from: string; to: string }) => {
      store.getState().setGraph(file, buildCareerGraph(file), renamed);
      void library.getState().saveEdit(file);
    },
    [store, library],
  );

  /** Applies `next` when the validator accepts it; otherwise nothing changes and the problems say why. */
  const apply = useCallback(
    (next: CareerGraphFile, group: string | null = null, renamed?: { from: string; to: string }): Applied => {
      const result = validateCareerGraph(next);
      if (!result.ok) return { ok: false, problems: result.problems };
      setHistory((h) => record(h, result.file, group));
      show(result.file, renamed);
      return { ok: true };
    },
    [show],
  );

  const step = useCallback(
    (move: typeof undo) => {
      setHistory((h) => {
        const moved = move(h);
        // Undoing a rename takes the view's ids back too.
        if (moved !== h) show(moved.present, renamedBetween(h.present, moved.present));
        return moved;
      });
    },
    [show],
  );

  return {
    file: history.present,
    apply,
    canUndo: history.past.length > 0,
    canRedo: history.future.length > 0,
    undo: () => step(undo),
    redo: () => step(redo),
  };
}
