// The always-visible legend: shape and colour per kind (each a checkbox that shows or hides
// that kind) and line style per requirement type.

import { NODE_KINDS } from '../../domain/types';
import { KIND_NAMES } from '../../present/format/labels';
import { useApp, useAppStore } from '../store-context';

export function Legend() {
  const hidden = useApp((s) => s.view.hiddenKinds);
  const store = useAppStore();
  return (
    <section className="legend" aria-label="Legend and filter">
      <fieldset>
        <legend className="visually-hidden">Show kinds</legend>
        {NODE_KINDS.map((kind) => (
          <label key={kind} className="legend-item">
            <input
              type="checkbox"
              checked={!hidden.includes(kind)}
              onChange={() => store.getState().toggleKind(kind)}
            />
            <span className={`shape shape-${kind}`} aria-hidden="true" />
            {KIND_NAMES[kind]}
          </label>
        ))}
      </fieldset>
      <ul className="legend-edges" aria-label="Lines">
        <li>
          <svg width="34" height="10" aria-hidden="true">
            <line x1="0" y1="5" x2="26" y2="5" stroke="#555" strokeWidth="2" />
            <path d="M26 1 L34 5 L26 9 Z" fill="#555" />
          </svg>
          all of
        </li>
        <li>
          <svg width="34" height="10" aria-hidden="true">
            <line x1="0" y1="5" x2="26" y2="5" stroke="#555" strokeWidth="2" strokeDasharray="6 4" />
            <path d="M26 1 L33 5 L26 9 Z" fill="#fff" stroke="#555" strokeWidth="1.2" />
          </svg>
          one of
        </li>
        <li>
          <svg width="34" height="10" aria-hidden="true">
            <line x1="0" y1="5" x2="26" y2="5" stroke="#333" strokeWidth="3" />
            <path d="M26 1 L34 5 L26 9 Z" fill="#333" />
          </svg>
          years of experience
        </li>
        <li>
          <svg width="34" height="10" aria-hidden="true">
            <line x1="0" y1="5" x2="28" y2="5" stroke="#888" strokeWidth="1.5" strokeDasharray="1.5 3" />
            <circle cx="30" cy="5" r="3.5" fill="#888" />
          </svg>
          preferred (around the selection)
        </li>
        <li>
          <span className="legend-held" aria-hidden="true" />
          you have it
        </li>
        <li>
          <span className="legend-plan" aria-hidden="true" />
          your plan, numbered
        </li>
      </ul>
    </section>
  );
}
