// The career graph shown, always visible: built-in graphs and the person's own, by title. Choosing
// another loads it with its own saved situation.

import { useId } from 'react';
import type { LibraryStore } from '../../state/graph-library-store';
import { useLibrary } from './library-context';

export function GraphPicker({ library }: { library: LibraryStore }) {
  const id = useId();
  const currentKey = useLibrary(library, (s) => s.currentKey);
  useLibrary(library, (s) => s.kept);
  const choices = library.getState().choices();
  const known = choices.some((c) => c.key === currentKey);
  return (
    <div className="own-picker">
      <label htmlFor={id}>Graph shown</label>
      <select id={id} value={currentKey} onChange={(e) => library.getState().choose(e.target.value)}>
        <optgroup label="Built in">
          {choices
            .filter((c) => c.builtin)
            .map((c) => (
              <option key={c.key} value={c.key}>
                {c.title}
              </option>
            ))}
        </optgroup>
        {choices.some((c) => !c.builtin) || !known ? (
          <optgroup label="Yours, kept in this browser">
            {choices
              .filter((c) => !c.builtin)
              .map((c) => (
                <option key={c.key} value={c.key}>
                  {c.title}
                </option>
              ))}
            {known ? null : <option value={currentKey}>{`Not in this browser: ${currentKey}`}</option>}
          </optgroup>
        ) : null}
      </select>
    </div>
  );
}
