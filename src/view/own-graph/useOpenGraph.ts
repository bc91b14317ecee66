// Opening a graph file (picker or drop): check it off the main thread with progress, then keep it
// and show it; a file with problems leaves the current graph as it is and lists every problem.
// The checking code (check-file.ts) loads the first time a graph is opened, not with the explorer.

import { useCallback, useState } from 'react';
import type { KeptGraph } from '../../state/graph-library';
import type { LibraryStore } from '../../state/graph-library-store';
import type { Checked } from './check-file';
import { editOnLoad } from './edit-on-load';

export type Failed = Extract<Checked, { ok: false }>;

const loadCheckFile = () => import('./check-file');

export function useOpenGraph(library: LibraryStore) {
  const [busy, setBusy] = useState<string | null>(null);
  const [failed, setFailed] = useState<Failed | null>(null);

  const finish = useCallback(
    async (checked: Checked, origin: KeptGraph['origin'], beforeShow?: (key: string) => void) => {
      if (!checked.ok) {
        setFailed(checked);
        setBusy(null);
        return;
      }
      setFailed(null);
      setBusy(`Keeping "${checked.file.title}" in this browser…`);
      const shown = await library.getState().openFile(checked.file, checked.text, origin, beforeShow);
      if (!shown) setBusy(null);
    },
    [library],
  );

  const openFile = useCallback(
    async (file: File) => {
      setFailed(null);
      setBusy('Reading the file…');
      const { checkGraphFile } = await loadCheckFile();
      await finish(await checkGraphFile(file, setBusy), 'opened');
    },
    [finish],
  );

  /** A graph made in memory (spreadsheets, a new graph): checked the same way; `edit` opens the editor. */
  const openText = useCallback(
    async (text: string, name: string, origin: KeptGraph['origin'], edit = false) => {
      setFailed(null);
      const { checkText } = await loadCheckFile();
      await finish(await checkText(text, name, setBusy), origin, edit ? editOnLoad : undefined);
    },
    [finish],
  );

  return { busy, failed, openFile, openText, showProblems: setFailed, clearProblems: () => setFailed(null) };
}
