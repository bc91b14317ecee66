// "What can I reach within N months?": the state layer's answer for the app's situation, memoised
// on graph, situation and months.

import { useMemo, useSyncExternalStore } from 'react';
import type { ReachItem } from '../../domain/planner/types';
import { loadedPlanner, onPlannerLoaded } from '../../state/planner-on-demand';
import { itemsWithinReach } from '../../state/within-reach';
import { useApp } from '../store-context';

/** Items within `months`; empty while no graph is loaded or when the question cannot be asked. */
export function useWithinReach(months: number): ReachItem[] {
  const graph = useApp((s) => (s.data.status === 'ready' ? s.data.graph : null));
  const situation = useApp((s) => s.view.situation);
  // Asked again when the planner (loaded on demand) arrives.
  const planner = useSyncExternalStore(onPlannerLoaded, loadedPlanner);
  return useMemo(
    () => (graph && planner !== undefined ? itemsWithinReach(graph, situation, months) : []),
    [graph, situation, months, planner],
  );
}
