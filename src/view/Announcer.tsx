// A polite live region that says which node is selected, for screen-reader users moving
// through the graph with the keyboard.

import { KIND_NAMES } from './format/labels';
import { useApp } from './store-context';
import { useReadyData } from './use-graph';

export function Announcer() {
  const data = useReadyData();
  const selected = useApp((s) => s.view.selected);
  const node = data && selected ? data.nodeOf(selected) : undefined;
  return (
    <p className="visually-hidden" aria-live="polite">
      {node ? `Selected ${node.label}, ${KIND_NAMES[node.kind].toLowerCase()}.` : ''}
    </p>
  );
}
