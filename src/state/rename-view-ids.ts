// A node renamed in the editor keeps its place in the view: the goal, what the person holds (and
// its years) and the selection follow the new id instead of being dropped as unknown.

import { recordOf } from './own-key';
import type { ViewState } from './view-state';

export function renameViewIds(view: ViewState, from: string, to: string): ViewState {
  if (from === to) return view;
  const id = (x: string): string => (x === from ? to : x);
  const { holds, years } = view.situation;
  return {
    ...view,
    goal: view.goal === null ? null : id(view.goal),
    selected: view.selected === null ? null : id(view.selected),
    situation: {
      ...view.situation,
      holds: holds.map(id),
      years: recordOf(Object.entries(years).map(([k, v]) => [id(k), v] as const)),
    },
  };
}
