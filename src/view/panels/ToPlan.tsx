// On a phone the plan is a long scroll below the goal (situation, pace and objective come first):
// after choosing a goal nothing in view said a plan had appeared. This button, under the goal in
// the one-column layout only, scrolls to the plan and moves focus to its heading.

import { useApp } from '../store-context';
import { ONE_COLUMN, useMediaQuery } from '../useMediaQuery';

/** The plan panel's id (PlanPanel.tsx). */
export const PLAN_SECTION = 'plan';

export function ToPlan() {
  const oneColumn = useMediaQuery(ONE_COLUMN);
  const goal = useApp((s) => s.view.goal);
  if (!oneColumn || !goal) return null;
  const toPlan = () => {
    const section = document.getElementById(PLAN_SECTION);
    section?.scrollIntoView({ block: 'start' });
    section?.querySelector<HTMLElement>('h2')?.focus({ preventScroll: true });
  };
  return (
    <button type="button" className="to-plan" onClick={toPlan}>
      See your plan ↓
    </button>
  );
}
