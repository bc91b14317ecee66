// The controls of a big graph's group boxes, in the page (a canvas box has no DOM): Expand all,
// Collapse all, one "Collapse …" button per expanded group, and every group by name and count in
// a list of toggles, so all of it is reachable by keyboard and said by a screen reader.

import './group-controls.css';
import type { GroupExpansionState } from './useGroupExpansion';

/** Collapse buttons shown in the bar; the list below has every group. */
const MAX_COLLAPSE_BUTTONS = 3;

const countOf = (n: number) => n.toLocaleString('en-US');

export function GroupControls({ state }: { state: GroupExpansionState }) {
  const { groups, expanded } = state;
  if (groups.length === 0) return null;
  const byId = new Map(groups.map((g) => [g.id, g]));
  const recent = expanded
    .slice(-MAX_COLLAPSE_BUTTONS)
    .reverse()
    .flatMap((id) => byId.get(id) ?? []);
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
        {recent.map((g) => (
          <button key={g.id} type="button" className="group-collapse" onClick={() => state.toggle(g.id)}>
            Collapse {g.name} ({countOf(g.count)})
          </button>
        ))}
      </fieldset>
      <details className="group-list">
        <summary>
          Groups: {expanded.length} of {groups.length} expanded
        </summary>
        <ul>
          {groups.map((g) => {
            const open = expanded.includes(g.id);
            return (
              <li key={g.id}>
                <button type="button" onClick={() => state.toggle(g.id)}>
                  {open ? 'Collapse' : 'Expand'} {g.name} ({countOf(g.count)})
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
