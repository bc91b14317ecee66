// "What can I reach within N months?": the domain's withinReach on the app's situation, memoised
// on graph, situation and months. Kept beside NextSteps because src/state belongs to another area.

import { useMemo } from 'react';
import { withinReach } from '../../domain/planner/index';
import type { ReachItem } from '../../domain/planner/types';
import { useApp } from '../store-context';

/** Items within `months`; empty while no graph is loaded or when the question cannot be asked. */
export function useWithinReach(months: number): ReachItem[] {
  const graph = useApp((s) => (s.data.status === 'ready' ? s.data.graph : null));
  const situation = useApp((s) => s.view.situation);
  return useMemo(() => {
    if (!graph || !(months >= 0)) return [];
    const { holds, years, region, pace } = situation;
    try {
      return withinReach(
        graph,
        { holds, years, ...(region ? { region } : {}), ...(pace ? { pace } : {}) },
        months,
      );
    } catch {
      return [];
    }
  }, [graph, situation, months]);
}
