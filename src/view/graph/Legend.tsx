// The legend: shape and colour per kind (each a checkbox that shows or hides that kind) and line
// style per requirement type, drawn from the theme like the canvas. Folds away (on phones it
// starts folded) so it never has to cover the map.

import { useState } from 'react';
import type { EdgeType } from '../../domain/career-graph';
import { NODE_KINDS } from '../../domain/types';
import { KIND_NAMES } from '../../present/format/labels';
import { useApp, useAppStore } from '../store-context';
import { EDGE_STYLES, PALETTES } from '../theme/theme';
import { useTheme } from '../theme/theme-store';

const NARROW = '(max-width: 700px)';

/** One line sample: the line style and arrow of `type` in `colour`. */
export function EdgeSample({ type, colour, canvas }: { type: EdgeType; colour: string; canvas: string }) {
  const e = EDGE_STYLES[type];
  const dash = e.dash ? e.dash.join(' ') : undefined;
  return (
    <svg width="34" height="10" aria-hidden="true" className="edge-sample">
      <line
        x1="0"
        y1="5"
        x2="26"
        y2="5"
        stroke={colour}
        strokeWidth={Math.min(3, e.width)}
        strokeDasharray={dash}
      />
      {e.arrow === 'circle' ? (
        <circle cx="30" cy="5" r="3.5" fill={colour} />
      ) : (
        <path d="M26 1 L34 5 L26 9 Z" fill={e.hollow ? canvas : colour} stroke={colour} strokeWidth="1.2" />
      )}
    </svg>
  );
}

export function Legend() {
  const hidden = useApp((s) => s.view.hiddenKinds);
  const store = useAppStore();
  const theme = useTheme();
  const palette = PALETTES[theme];
  const [open, setOpen] = useState(() => typeof matchMedia !== 'function' || !matchMedia(NARROW).matches);
  return (
    <section className={open ? 'legend' : 'legend folded'} aria-label="Legend and filter">
      <button type="button" className="legend-toggle" aria-expanded={open} onClick={() => setOpen((o) => !o)}>
        {open ? 'Hide legend' : 'Legend'}
      </button>
      {open ? (
        <>
          <fieldset>
            <legend className="visually-hidden">Show kinds</legend>
            {NODE_KINDS.map((kind) => (
              <label key={kind} className="legend-item">
                <input
                  type="checkbox"
                  checked={!hidden.includes(kind)}
                  onChange={() => store.getState().toggleKind(kind)}
                />
                <span className="swatch" aria-hidden="true">
                  <span className={`shape shape-${kind}`} />
                </span>
                {KIND_NAMES[kind]}
              </label>
            ))}
          </fieldset>
          <ul className="legend-edges" aria-label="Lines">
            {(['allOf', 'anyOf', 'experience', 'preferred'] as const).map((type) => (
              <li key={type}>
                <EdgeSample type={type} colour={palette.edgeStrong} canvas={palette.canvas} />
                {EDGE_STYLES[type].name}
              </li>
            ))}
            <li>
              <span className="legend-held" aria-hidden="true" />
              you have it
            </li>
            <li>
              <span className="legend-plan" aria-hidden="true" />
              your plan, numbered
            </li>
          </ul>
        </>
      ) : null}
    </section>
  );
}
