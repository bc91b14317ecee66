// A polite live region that says which node is selected, for screen-reader users moving
// through the graph with the keyboard: its plan step, what it requires and what it leads to.

import { selectPlanView } from '../state/derive';
import { describeNodeForSpeech } from './graph-keys/describe-node';
import { useApp } from './store-context';
import { useReadyData } from './use-graph';

export function Announcer() {
  const data = useReadyData();
  const selected = useApp((s) => s.view.selected);
  const held = useApp((s) => s.view.situation.holds);
  const goal = useApp((s) => s.view.goal);
  const planView = useApp(selectPlanView);
  const planSteps = planView.kind === 'plan' ? planView.plan.steps.map((s) => s.id) : [];
  const text = data && selected ? describeNodeForSpeech(data.graph, selected, { planSteps, held, goal }) : '';
  return (
    <p className="visually-hidden" aria-live="polite">
      {text ? `Selected ${text}` : ''}
    </p>
  );
}
