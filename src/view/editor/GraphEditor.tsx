// The graph editor: the node list, the selected node's fields, the graph's fields and sources,
// add and delete (offering to remove the mentions of a node others require), undo and redo.
// Every change is validated first; the graph, plans and text view follow each valid one.

import { useEffect, useRef, useState } from 'react';
import { addNode, deleteNode, mentionsOf } from '../../state/graph-edit';
import type { LibraryStore } from '../../state/graph-library-store';
import { useReadyData } from '../use-graph';
import { GraphFields, SourcesFields } from './GraphFields';
import { NodeForm } from './NodeForm';
import { useGraphEdits } from './useGraphEdits';
import './editor.css';

/** `takeFocus`: the editor opens away from its button (beside the map), so focus goes to its heading. */
export default function GraphEditor({
  library,
  onClose,
  takeFocus = false,
}: {
  library: LibraryStore;
  onClose: () => void;
  takeFocus?: boolean;
}) {
  const data = useReadyData();
  if (!data) return null;
  return <Editor library={library} onClose={onClose} initial={data.file} takeFocus={takeFocus} />;
}

function Editor({
  library,
  onClose,
  initial,
  takeFocus,
}: {
  library: LibraryStore;
  onClose: () => void;
  initial: Parameters<typeof useGraphEdits>[0];
  takeFocus: boolean;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  // Once, when it opens (not on each edit).
  // biome-ignore lint/correctness/useExhaustiveDependencies: focus on opening only
  useEffect(() => {
    if (takeFocus) heading.current?.focus();
  }, []);
  const edits = useGraphEdits(initial, library);
  const { file } = edits;
  const [selectedId, setSelectedId] = useState<string | null>(file.nodes[0]?.id ?? null);
  /** Bumped when the fields must be read again from the file (undo, redo, another node). */
  const [formVersion, setFormVersion] = useState(0);
  const [confirmDelete, setConfirmDelete] = useState<string[] | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const index = file.nodes.findIndex((n) => n.id === selectedId);
  const node = index >= 0 ? file.nodes[index] : undefined;

  const select = (id: string | null) => {
    setSelectedId(id);
    setConfirmDelete(null);
    setProblem(null);
    setFormVersion((v) => v + 1);
  };
  const undo = () => {
    edits.undo();
    setFormVersion((v) => v + 1);
  };
  const redo = () => {
    edits.redo();
    setFormVersion((v) => v + 1);
  };

  useEffect(() => {
    // After undo/redo the selected node may be gone: fall back to the first.
    if (index < 0 && file.nodes[0]) setSelectedId(file.nodes[0].id);
  }, [index, file.nodes]);

  const add = () => {
    const r = addNode(file);
    const applied = edits.apply(r.file, null);
    if (applied.ok) select(r.id);
    else setProblem(applied.problems.map((p) => `${p.path}: ${p.message}`).join('; '));
  };
  const remove = (withMentions: boolean) => {
    if (!node) return;
    const r = edits.apply(deleteNode(file, node.id, withMentions), null);
    if (r.ok) select(file.nodes.find((n) => n.id !== node.id)?.id ?? null);
    else setProblem(r.problems.map((p) => `${p.path}: ${p.message} (expected ${p.expected})`).join('; '));
  };
  // The confirmation takes focus when it opens ("Keep the node", the safe answer) and gives it
  // back to "Delete this node" when it closes, so focus never falls to <body>.
  const deleteButton = useRef<HTMLButtonElement>(null);
  const keepButton = useRef<HTMLButtonElement>(null);
  const confirming = useRef(false);
  useEffect(() => {
    if (confirmDelete) keepButton.current?.focus();
    else if (confirming.current && (document.activeElement === document.body || !document.activeElement))
      deleteButton.current?.focus();
    confirming.current = confirmDelete !== null;
  }, [confirmDelete]);
  const askDelete = () => {
    if (!node) return;
    const users = mentionsOf(file, node.id).map((n) => n.label);
    if (users.length === 0) remove(false);
    else setConfirmDelete(users);
  };

  return (
    <section
      className="graph-editor"
      aria-label="Graph editor"
      onKeyDown={(e) => {
        const mod = e.ctrlKey || e.metaKey;
        if (mod && e.key.toLowerCase() === 'z') {
          e.preventDefault();
          if (e.shiftKey) redo();
          else undo();
        } else if (mod && e.key.toLowerCase() === 'y') {
          e.preventDefault();
          redo();
        }
      }}
    >
      <div className="editor-top own-row">
        <h2 ref={heading} tabIndex={-1}>
          Editing “{file.title}”
        </h2>
        <button type="button" onClick={undo} disabled={!edits.canUndo}>
          Undo
        </button>
        <button type="button" onClick={redo} disabled={!edits.canRedo}>
          Redo
        </button>
        <button type="button" onClick={onClose}>
          Close the editor
        </button>
        <span className="muted">Each valid change is shown and kept in this browser at once.</span>
      </div>
      <div className="editor-body">
        <nav className="editor-nodes" aria-label="Nodes">
          <button type="button" onClick={add}>
            Add a node
          </button>
          <ul>
            {file.nodes.map((n) => (
              <li key={n.id}>
                <button type="button" aria-current={n.id === selectedId} onClick={() => select(n.id)}>
                  {n.label} <span className="muted">({n.id})</span>
                </button>
              </li>
            ))}
          </ul>
        </nav>
        <div className="editor-main">
          {node ? (
            <>
              <div className="own-row">
                <h3>
                  {node.label} <span className="muted">{node.kind}</span>
                </h3>
                <button type="button" ref={deleteButton} onClick={askDelete}>
                  Delete this node
                </button>
              </div>
              {confirmDelete ? (
                <div
                  className="editor-confirm"
                  role="alertdialog"
                  aria-label="Delete a node others require"
                  onKeyDown={(e) => {
                    if (e.key !== 'Escape') return;
                    e.stopPropagation();
                    setConfirmDelete(null);
                    deleteButton.current?.focus();
                  }}
                >
                  <p>
                    “{node.label}” is required by: {confirmDelete.join(', ')}. Deleting it also removes it
                    from their requirements.
                  </p>
                  <button type="button" onClick={() => remove(true)}>
                    Delete and remove those mentions
                  </button>
                  <button type="button" ref={keepButton} onClick={() => setConfirmDelete(null)}>
                    Keep the node
                  </button>
                </div>
              ) : null}
              <NodeForm
                key={`${index}:${formVersion}`}
                file={file}
                index={index}
                apply={edits.apply}
                onIdChange={(id) => setSelectedId(id)}
              />
            </>
          ) : (
            <p>This graph has no nodes yet: add one.</p>
          )}
          {problem ? (
            <p className="editor-error" role="alert">
              {problem}
            </p>
          ) : null}
          <details>
            <summary>The graph's title, id, date and sources</summary>
            <GraphFields key={`graph:${formVersion}`} file={file} apply={edits.apply} />
            <SourcesFields key={`sources:${formVersion}`} file={file} apply={edits.apply} />
          </details>
        </div>
      </div>
    </section>
  );
}
