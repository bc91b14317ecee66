// "What can I reach within N months?" for the app's situation: the domain's withinReach, asked the
// way the state layer asks every planning question (views render answers, they never plan).

import type { CareerGraph } from '../domain/career-graph';
import type { ReachItem } from '../domain/planner/types';
import type { Situation } from '../domain/types';
import { plannedSituation } from './planned-situation';
import { loadedPlanner, loadPlanner } from './planner-on-demand';

/**
 * Items within `months`; empty when the question cannot be asked (a negative or absent span) or the
 * planner is still loading (it is asked again when it has: see useWithinReach).
 */
export function itemsWithinReach(graph: CareerGraph, situation: Situation, months: number): ReachItem[] {
  if (!(months >= 0)) return [];
  const planner = loadedPlanner();
  if (planner === null) {
    void loadPlanner();
    return [];
  }
  const { holds, years, region, pace } = plannedSituation(graph, situation).situation;
  try {
    return planner.withinReach(
      graph,
      { holds, years, ...(region ? { region } : {}), ...(pace ? { pace } : {}) },
      months,
    );
  } catch {
    return [];
  }
}
