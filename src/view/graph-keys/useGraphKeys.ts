// The graph canvas's key handler, following the table in graph-keys.ts: moves the selection
// (the adapter finds the node that way), zooms, fits, opens the details; says when nothing is there.

import { type KeyboardEvent, type RefObject, useCallback, useState } from 'react';
import { rememberDetailsOpener } from '../focus/details-focus';
import { focusAfterRender } from '../focus/focus-after-render';
import type { CytoscapeAdapter } from '../graph/cytoscape-adapter';
import { useAppStore } from '../store-context';
import { graphKeyAction, nothingThatWay } from './graph-keys';

const DIRECTION = { leadsTo: 'next', requires: 'prev', up: 'up', down: 'down' } as const;

export function useGraphKeys(adapter: RefObject<CytoscapeAdapter | null>) {
  const store = useAppStore();
  // A message for the graph's status region; the counter makes a repeated message speak again.
  const [note, setNote] = useState({ text: '', n: 0 });
  const say = useCallback((text: string) => setNote((prev) => ({ text, n: prev.n + 1 })), []);

  const onKeyDown = useCallback(
    (e: KeyboardEvent<HTMLElement>) => {
      const a = adapter.current;
      const action = graphKeyAction(e);
      if (!a || !action) return;
      e.preventDefault();
      const state = store.getState();
      const selected = state.view.selected;
      const labelOf = (id: string) =>
        state.data.status === 'ready' && state.data.graph.hasNode(id)
          ? state.data.graph.getNodeAttribute(id, 'label')
          : id;
      switch (action.kind) {
        case 'move': {
          const id = a.neighbour(selected, DIRECTION[action.move]);
          if (id) {
            say('');
            state.select(id, { centre: true });
          } else if (selected) say(nothingThatWay(action.move, labelOf(selected)));
          return;
        }
        case 'first': {
          const id = a.neighbour(null, 'next');
          if (id) state.select(id, { centre: true });
          return;
        }
        case 'details':
          if (!selected) {
            say('Nothing is selected: arrow keys choose a node.');
            return;
          }
          rememberDetailsOpener(e.currentTarget);
          focusAfterRender(() => [document.querySelector<HTMLElement>('.details h2')]);
          return;
        case 'zoom':
          a.zoomBy(action.factor);
          return;
        case 'fit':
          a.fitAll();
          return;
        case 'clear':
          say('');
          state.select(null);
          return;
      }
    },
    [adapter, store, say],
  );

  // A no-break space on every other message: the same words twice still change the region.
  const message = note.text ? `${note.text}${note.n % 2 ? '\u00a0' : ''}` : '';
  return { onKeyDown, message };
}
