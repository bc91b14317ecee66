// A visible "Keys" button beside the graph that shows what its keys do (from the same table the
// key handler follows), and the graph's status line for moves that find nothing. A disclosure:
// Esc or focus moving elsewhere closes it.

import { useEffect, useId, useRef, useState } from 'react';
import { GRAPH_KEYS, graphKeysSentence } from './graph-keys';
import './keys-help.css';

export interface KeysHelpProps {
  /** Id for the one-sentence summary the canvas is described by. */
  summaryId: string;
  /** What the last key press found (or did not find), spoken politely. */
  message: string;
}

export function KeysHelp({ summaryId, message }: KeysHelpProps) {
  const [open, setOpen] = useState(false);
  const ids = useId();
  const button = useRef<HTMLButtonElement>(null);
  const root = useRef<HTMLDivElement>(null);
  // Focus leaving the help closes it, so the open panel never hides what gets focus next.
  useEffect(() => {
    const el = root.current;
    if (!el || !open) return;
    const onFocusOut = (e: FocusEvent): void => {
      if (!el.contains(e.relatedTarget as Node | null)) setOpen(false);
    };
    // Esc on the button or in the panel closes it and leaves focus on the button.
    const onKey = (e: KeyboardEvent): void => {
      if (e.key !== 'Escape') return;
      e.stopPropagation();
      setOpen(false);
      button.current?.focus();
    };
    el.addEventListener('focusout', onFocusOut);
    el.addEventListener('keydown', onKey);
    return () => {
      el.removeEventListener('focusout', onFocusOut);
      el.removeEventListener('keydown', onKey);
    };
  }, [open]);
  return (
    <div className="keys-help" ref={root}>
      <button
        ref={button}
        type="button"
        aria-expanded={open}
        aria-controls={`${ids}-panel`}
        onClick={() => setOpen((o) => !o)}
      >
        Keys
      </button>
      <section
        id={`${ids}-panel`}
        className="keys-help-panel"
        aria-labelledby={`${ids}-h`}
        hidden={!open}
        // A click on its text focuses the panel itself (focus stays inside, so it stays open).
        tabIndex={-1}
      >
        <h2 id={`${ids}-h`}>Keys on the graph</h2>
        <p>Click the graph or Tab to it, then:</p>
        <dl>
          {GRAPH_KEYS.map((k) => (
            <div key={k.label}>
              <dt>
                <kbd>{k.label}</kbd>
              </dt>
              <dd>{k.does}</dd>
            </div>
          ))}
        </dl>
        <button
          type="button"
          onClick={() => {
            setOpen(false);
            button.current?.focus();
          }}
        >
          Close keys
        </button>
      </section>
      <p id={summaryId} hidden>
        {graphKeysSentence()}
      </p>
      <p className="visually-hidden" role="status">
        {message}
      </p>
    </div>
  );
}
