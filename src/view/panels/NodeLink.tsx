// A node's name as a link-styled button: choosing it selects the node and centres the graph on it,
// the same from every panel that lists nodes.

import type { ReactNode } from 'react';
import { useAppStore } from '../store-context';

export function NodeLink({ id, children }: { id: string; children: ReactNode }) {
  const store = useAppStore();
  return (
    <button type="button" className="link" onClick={() => store.getState().select(id, { centre: true })}>
      {children}
    </button>
  );
}
