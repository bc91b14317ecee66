// The graph's keys in one table: the "Keys" help lists it and the key handler follows it, so what
// the help says is what the keys do. Pure: no React, no Cytoscape (the graph is reached through
// the few moves it needs).

export type GraphMove = 'leadsTo' | 'requires' | 'up' | 'down';

export type GraphKeyAction =
  | { kind: 'move'; move: GraphMove }
  | { kind: 'first' }
  | { kind: 'details' }
  | { kind: 'zoom'; factor: number }
  | { kind: 'fit' }
  | { kind: 'clear' };

export interface GraphKey {
  /** KeyboardEvent.key values. */
  keys: readonly string[];
  /** How the help writes the keys. */
  label: string;
  /** What they do, in the help's words. */
  does: string;
  action: GraphKeyAction;
}

export const GRAPH_KEYS: readonly GraphKey[] = [
  {
    keys: ['ArrowRight'],
    label: '→',
    does: 'a node this one leads to (a connected node)',
    action: { kind: 'move', move: 'leadsTo' },
  },
  {
    keys: ['ArrowLeft'],
    label: '←',
    does: 'a node this one requires (a connected node)',
    action: { kind: 'move', move: 'requires' },
  },
  {
    keys: ['ArrowDown'],
    label: '↓',
    does: 'the next node down in the same column',
    action: { kind: 'move', move: 'down' },
  },
  {
    keys: ['ArrowUp'],
    label: '↑',
    does: 'the next node up in the same column',
    action: { kind: 'move', move: 'up' },
  },
  {
    keys: ['Home'],
    label: 'Home',
    does: 'the first node (top left); any arrow starts there when nothing is selected',
    action: { kind: 'first' },
  },
  {
    keys: ['Enter'],
    label: 'Enter',
    does: 'read the selected node’s details (Close details comes back here)',
    action: { kind: 'details' },
  },
  { keys: ['+', '='], label: '+', does: 'zoom in', action: { kind: 'zoom', factor: 1.25 } },
  { keys: ['-'], label: '−', does: 'zoom out', action: { kind: 'zoom', factor: 0.8 } },
  { keys: ['0'], label: '0', does: 'fit the whole graph', action: { kind: 'fit' } },
  { keys: ['Escape'], label: 'Esc', does: 'clear the selection', action: { kind: 'clear' } },
];

/** The action for a key press, or null when the graph leaves the key alone (Tab, typing with Ctrl…). */
export function graphKeyAction(e: {
  key: string;
  altKey?: boolean;
  ctrlKey?: boolean;
  metaKey?: boolean;
}): GraphKeyAction | null {
  if (e.altKey || e.ctrlKey || e.metaKey) return null;
  return GRAPH_KEYS.find((k) => k.keys.includes(e.key))?.action ?? null;
}

/** One sentence for the canvas's description: the same table, read aloud. */
export function graphKeysSentence(): string {
  return `Keys: ${GRAPH_KEYS.map((k) => `${k.label} ${k.does}`).join('; ')}.`;
}

/** What to say when a move finds nothing that way. */
export function nothingThatWay(move: GraphMove, label: string): string {
  switch (move) {
    case 'leadsTo':
      return `${label} leads to nothing further.`;
    case 'requires':
      return `${label} requires nothing.`;
    case 'up':
      return `Nothing above ${label} in this column.`;
    case 'down':
      return `Nothing below ${label} in this column.`;
  }
}
