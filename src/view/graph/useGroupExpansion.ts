// Which of a big graph's group boxes are expanded: view state (not in the URL), reset with a new
// graph. A node chosen to be shown (search, text view, keyboard) expands its own group.

import type { ElementDefinition } from 'cytoscape';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { groupToReveal } from './group-visibility';

export interface GroupInfo {
  id: string;
  /** "Levels 2–3, block 5" */
  name: string;
  count: number;
}

export interface GroupExpansionState {
  groups: GroupInfo[];
  expanded: string[];
  /** Said in a status region after each change ("Expanded …: 412 nodes shown"). */
  message: string;
  toggle(id: string): void;
  expand(id: string): void;
  expandAll(): void;
  collapseAll(): void;
}

const nodes = (n: number) => `${n.toLocaleString('en-US')} node${n === 1 ? '' : 's'}`;

/** `all`: every element of the graph (group boxes carry `count` and `name`, members `group`). */
export function useGroupExpansion(
  all: readonly ElementDefinition[],
  selected: string | null,
  centreRequest: number,
): GroupExpansionState {
  const groups = useMemo(
    () =>
      all
        .filter((e) => e.classes === 'group')
        .map((e) => ({ id: String(e.data.id), name: String(e.data.name), count: Number(e.data.count) })),
    [all],
  );
  const groupOf = useMemo(() => {
    const map = new Map<string, string>();
    for (const e of all) if (e.data.group !== undefined) map.set(String(e.data.id), String(e.data.group));
    return map;
  }, [all]);
  const [expanded, setExpanded] = useState<string[]>([]);
  const [message, setMessage] = useState('');
  // A new graph starts collapsed.
  // biome-ignore lint/correctness/useExhaustiveDependencies: reset on new groups only
  useEffect(() => {
    setExpanded([]);
    setMessage('');
  }, [groups]);
  const byId = useMemo(() => new Map(groups.map((g) => [g.id, g])), [groups]);
  const expand = useCallback(
    (id: string) => {
      const g = byId.get(id);
      if (!g) return;
      setExpanded((list) => (list.includes(id) ? list : [...list, id]));
      setMessage(`Expanded ${g.name}: ${nodes(g.count)} shown.`);
    },
    [byId],
  );
  const toggle = useCallback(
    (id: string) => {
      const g = byId.get(id);
      if (!g) return;
      if (!expanded.includes(id)) return expand(id);
      setExpanded((list) => list.filter((x) => x !== id));
      setMessage(`Collapsed ${g.name} into one box of ${nodes(g.count)}.`);
    },
    [byId, expanded, expand],
  );
  // Search, the text view and the keyboard ask to centre a node: its group opens around it.
  // biome-ignore lint/correctness/useExhaustiveDependencies: only a new centre request reveals
  useEffect(() => {
    if (centreRequest === 0) return;
    const g = groupToReveal(selected, groupOf, new Set(expanded));
    if (g) expand(g);
  }, [centreRequest, groupOf]);
  return {
    groups,
    expanded,
    message,
    toggle,
    expand,
    expandAll: () => {
      setExpanded(groups.map((g) => g.id));
      setMessage(`Expanded all ${groups.length} groups: every node shown.`);
    },
    collapseAll: () => {
      setExpanded([]);
      setMessage(`Collapsed all ${groups.length} groups.`);
    },
  };
}
