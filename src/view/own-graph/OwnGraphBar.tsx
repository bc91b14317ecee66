// The bar under the header for choosing, opening, keeping, editing and sharing career graphs: the
// picker (the current graph's title always visible), "Open a graph file", edit, the person's
// kept graphs, spreadsheets, download and a new graph under "More graph actions", and share (one
// row at 1280 px); drop anywhere; and the editor when it is open: beside the map on a wide screen
// (in the dock App.tsx keeps for it), so the map stays in sight at 1280×800; here, on a phone.

import { lazy, type ReactNode, Suspense, useEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { graphFileText } from '../../data/graph-file-text';
import { isBuiltinKey } from '../../state/graph-library';
import type { LibraryStore } from '../../state/graph-library-store';
import { useGraphAdapter } from '../graph/graph-handle';
import { useReadyData } from '../use-graph';
import { ONE_COLUMN, useMediaQuery } from '../useMediaQuery';
import { downloadText, fileNameOf } from './download';
import { takeEditOnLoad } from './edit-on-load';
import { GraphPicker } from './GraphPicker';
import { loadCsvFiles, ProblemsPanel, ShareGraph } from './lazy-parts';
import { useLibrary, useLibraryStore } from './library-context';
import { MoreGraphActions } from './MoreGraphActions';
import { useFileDrop } from './useFileDrop';
import { useOpenGraph } from './useOpenGraph';
import { YourGraphs } from './YourGraphs';
import './own-graph.css';

const GraphEditor = lazy(() => import('../editor/GraphEditor'));

/** Where the editor opens on a wide screen: a column beside the explorer (App.tsx). */
export const EDITOR_DOCK_ID = 'editor-dock';

export function OwnGraphBar() {
  const library = useLibraryStore();
  return library ? <Bar library={library} /> : null;
}

const today = (): string => new Date().toISOString().slice(0, 10);

function Bar({ library }: { library: LibraryStore }) {
  const data = useReadyData();
  const currentKey = useLibrary(library, (s) => s.currentKey);
  const message = useLibrary(library, (s) => s.message);
  const deleted = useLibrary(library, (s) => s.deleted);
  const own = !isBuiltinKey(currentKey);
  const { busy, failed, openFile, openText, showProblems, clearProblems } = useOpenGraph(library);
  const [editing, setEditing] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);
  const oneColumn = useMediaQuery(ONE_COLUMN);
  const [dock, setDock] = useState<HTMLElement | null>(null);
  useEffect(() => setDock(document.getElementById(EDITOR_DOCK_ID)), []);
  const closeEditor = () => {
    setEditing(false);
    // The editor was far from its button (beside the map): focus goes back to the button.
    editButton.current?.focus();
  };
  // The map loses (or gets back) the dock's width: the whole graph is fitted to what it has.
  const adapter = useGraphAdapter();
  const docked = editing && !oneColumn && dock !== null;
  const dockedBefore = useRef(false);
  useEffect(() => {
    if (docked === dockedBefore.current) return;
    dockedBefore.current = docked;
    const frame = requestAnimationFrame(() => adapter?.fitAll());
    return () => cancelAnimationFrame(frame);
  }, [docked, adapter]);
  const dragging = useFileDrop((f) => void openFile(f));

  useEffect(() => {
    if (own && data && takeEditOnLoad(currentKey)) setEditing(true);
  }, [own, data, currentKey]);

  const editCopy = () => {
    if (!data) return;
    const copy = { ...data.file, title: `${data.file.title} (copy)` };
    void openText(graphFileText(copy), copy.title, 'copy', true);
  };
  const newGraph = async () => {
    // graph-edit.ts (with the spreadsheet columns) is editor code: fetched when first needed.
    const { blankGraph } = await import('../../state/graph-edit');
    const blank = blankGraph(today());
    void openText(graphFileText(blank), blank.title, 'made', true);
  };

  return (
    <section className="own-bar" aria-label="Choose, open and share graphs">
      <GraphPicker library={library} />
      <label className="own-file-button">
        Open a graph file
        <input
          type="file"
          accept=".json,application/json"
          onChange={(e) => {
            const f = e.currentTarget.files?.[0];
            e.currentTarget.value = '';
            if (f) void openFile(f);
          }}
        />
      </label>
      {data ? (
        own ? (
          <button
            type="button"
            ref={editButton}
            aria-pressed={editing}
            onClick={() => (editing ? closeEditor() : setEditing(true))}
          >
            Edit this graph
          </button>
        ) : (
          <button type="button" onClick={editCopy}>
            Edit a copy
          </button>
        )
      ) : null}
      <YourGraphs library={library} />
      <MoreGraphActions>
        <label className="own-file-button">
          Import spreadsheets (CSV)
          <input
            type="file"
            accept=".csv,text/csv"
            multiple
            onChange={async (e) => {
              const files = Array.from(e.currentTarget.files ?? []);
              e.currentTarget.value = '';
              if (files.length === 0) return;
              const { readCsvFiles } = await loadCsvFiles();
              const r = await readCsvFiles(files);
              if (r.ok) await openText(r.text, r.title, 'opened');
              else
                showProblems({
                  ok: false,
                  fileName: files.map((f) => f.name).join(', '),
                  problems: r.problems,
                  total: r.problems.length,
                });
            }}
          />
        </label>
        {data ? (
          <>
            <button
              type="button"
              onClick={() =>
                downloadText(
                  fileNameOf(data.file.title, 'json'),
                  graphFileText(data.file),
                  'application/json',
                )
              }
            >
              Download this graph
            </button>
            <button type="button" onClick={() => void loadCsvFiles().then((m) => m.downloadCsv(data.file))}>
              Export spreadsheets (CSV)
            </button>
          </>
        ) : null}
        <button type="button" onClick={() => void newGraph()}>
          New graph
        </button>
      </MoreGraphActions>
      {/* Last in the row, so the link it makes comes next, on its own line. */}
      {data && own ? (
        <Suspense fallback={<p role="status">Loading sharing…</p>}>
          <ShareGraph file={data.file} />
        </Suspense>
      ) : null}
      {busy ? (
        <p className="own-progress" role="status">
          {busy}
        </p>
      ) : null}
      {message ? (
        <p className={`own-message ${message.tone}`} role={message.tone === 'problem' ? 'alert' : 'status'}>
          {message.text}
          {deleted && message.tone === 'info' ? (
            <button type="button" onClick={() => library.getState().undoDelete()}>
              Undo
            </button>
          ) : null}
        </p>
      ) : null}
      {failed ? (
        <Suspense fallback={<p role="status">Loading the problems found…</p>}>
          <ProblemsPanel failed={failed} onClose={clearProblems} />
        </Suspense>
      ) : null}
      {dragging ? (
        <div className="own-drop" aria-hidden="true">
          Drop the graph file to open it
        </div>
      ) : null}
      {editing && own && data ? (
        <Docked dock={oneColumn ? null : dock}>
          <Suspense fallback={<p role="status">Opening the editor…</p>}>
            <GraphEditor library={library} onClose={closeEditor} takeFocus={docked} />
          </Suspense>
        </Docked>
      ) : null}
    </section>
  );
}

/** The editor in the dock beside the map when there is one, else in place (a phone, no dock). */
function Docked({ dock, children }: { dock: HTMLElement | null; children: ReactNode }) {
  return dock ? createPortal(children, dock) : children;
}
