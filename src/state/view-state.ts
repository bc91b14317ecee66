// The whole view state as one plain, serialisable object: situation, goal, objective, selection,
// chosen alternative, view mode and kind filter. A share link or presentation mode can round-trip it.

import type { Objective } from '../domain/planner/types';
import type { NodeKind, Situation } from '../domain/types';
import { recordOf } from './own-key';

export const VIEW_MODES = ['graph', 'text'] as const;
export type ViewMode = (typeof VIEW_MODES)[number];

export interface ViewState {
  situation: Situation & { years: Record<string, number> };
  goal: string | null;
  by: Objective;
  selected: string | null;
  /** Index into the plan's alternatives (0 = best). */
  alternative: number;
  mode: ViewMode;
  /** Kinds hidden by the filter. */
  hiddenKinds: NodeKind[];
}

export const DEFAULT_VIEW_STATE: ViewState = {
  situation: { holds: [], years: {} },
  goal: null,
  by: 'months',
  selected: null,
  alternative: 0,
  mode: 'graph',
  hiddenKinds: [],
};

export const MAX_YEARS = 80;

/**
 * Years as the app keeps them everywhere (store, storage, links): within 0–80 and at most six
 * decimals, so the same value reads back the same from storage and from a link (1.555 stays 1.555).
 */
export function normaliseYears(years: number): number {
  if (!Number.isFinite(years)) return 0;
  return Number(Math.min(MAX_YEARS, Math.max(0, years)).toFixed(6));
}

/**
 * Drops ids the graph does not know (a dataset edit may remove a node), and a region it has no
 * figures for, and says which were dropped,
 * so stale state never reaches the planner, which throws on unknown ids.
 */
export function sanitizeViewState(
  view: ViewState,
  hasNode: (id: string) => boolean,
  hasRegion: (region: string) => boolean = () => true,
): { view: ViewState; dropped: string[] } {
  const dropped: string[] = [];
  const keep = (id: string): boolean => {
    if (hasNode(id)) return true;
    dropped.push(id);
    return false;
  };
  const holds = [...new Set(view.situation.holds)].filter(keep);
  const years = recordOf(Object.entries(view.situation.years).filter(([id]) => holds.includes(id)));
  const goal = view.goal !== null && keep(view.goal) ? view.goal : null;
  const selected = view.selected !== null && hasNode(view.selected) ? view.selected : null;
  // Other situation fields (none are ids) are kept as they are.
  const { region, ...rest } = view.situation;
  const situation: ViewState['situation'] = { ...rest, holds, years };
  if (region) {
    if (hasRegion(region)) situation.region = region;
    else dropped.push(`region ${region}`);
  }
  if (view.situation.pace === 'part-time') situation.pace = 'part-time';
  return { view: { ...view, situation, goal, selected }, dropped };
}
