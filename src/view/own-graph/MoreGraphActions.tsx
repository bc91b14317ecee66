// "More graph actions": the graphs bar's less frequent actions (spreadsheets, download, a new
// graph) behind one labelled disclosure, so the bar keeps to one row. Esc closes it and gives
// focus back to its summary; choosing an action closes it too.

import { type ReactNode, useRef } from 'react';

export function MoreGraphActions({ children }: { children: ReactNode }) {
  const details = useRef<HTMLDetailsElement>(null);
  const close = (refocus: boolean) => {
    const d = details.current;
    if (!d?.open) return;
    d.open = false;
    if (refocus) d.querySelector('summary')?.focus();
  };
  return (
    <details
      className="own-more"
      ref={details}
      onKeyDown={(e) => {
        if (e.key !== 'Escape' || !details.current?.open) return;
        e.stopPropagation();
        close(true);
      }}
      // An action chosen (a button pressed, a file picked) closes the menu.
      onClick={(e) => {
        if ((e.target as HTMLElement).closest('button')) close(true);
      }}
      onChange={() => close(true)}
    >
      <summary>More graph actions</summary>
      <div className="own-more-panel">{children}</div>
    </details>
  );
}
