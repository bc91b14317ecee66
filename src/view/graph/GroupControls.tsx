// The controls of a big graph's group boxes, in the page (a canvas box has no DOM): Expand all,
// Collapse all, and one folded list of every group by name and count, the expanded ones first
// with their Collapse buttons, so all of it is reachable by keyboard and said by a screen reader.
// One line over the map however many groups are open (a "Collapse …" button per expanded group
// in the bar piled down over the canvas: docs/map-5000-in.png, 2026-12-01).

import './group-controls.css';
import type { GroupExpansionState } from './useGroupExpansion';

const countOf = (n: number) => n.toLocaleString('en-US');

export function GroupControls({ state }: { state: GroupExpansionState }) {
  const { groups, expanded } = state;
  if (groups.length === 0) return null;
  const byId = new Map(groups.map((g) => [g.id, g]));
  // The last expanded first, then the collapsed groups in their order.
  const open = [...expanded].reverse().flatMap((id) => byId.get(id) ?? []);
  const listed = [...open, ...groups.filter((g) => !expanded.includes(g.id))];
  return (
    <div className="group-controls">
      <fieldset className="group-bar">
        <legend className="visually-hidden">Groups of nodes</legend>
        <button type="button" onClick={state.expandAll} disabled={expanded.length === groups.length}>
          Expand all
        </button>
        <button type="button" onClick={state.collapseAll} disabled={expanded.length === 0}>
          Collapse all
        </button>
      </fieldset>
      <details className="group-list">
        <summary>
          Groups: {expanded.length} of {groups.length} expanded
        </summary>
        <ul>
          {listed.map((g) => {
            const isOpen = expanded.includes(g.id);
            return (
              <li key={g.id} className={isOpen ? 'expanded' : undefined}>
                <button type="button" onClick={() => state.toggle(g.id)}>
                  {isOpen ? 'Collapse' : 'Expand'} {g.name} ({countOf(g.count)})
                </button>
              </li>
            );
          })}
        </ul>
      </details>
      <p className="visually-hidden" role="status">
        {state.message}
      </p>
    </div>
  );
}
