// A polite live region that says which node is selected, for screen-reader users moving
// through the graph with the keyboard: its plan step, what it requires and what it leads to.
// It speaks when the selection changes, not again when only the plan around it does.

import { useState } from 'react';
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
  const [said, setSaid] = useState<{ id: string | null; text: string }>({ id: null, text: '' });
  if (said.id !== selected) {
    const planSteps = planView.kind === 'plan' ? planView.plan.steps.map((s) => s.id) : [];
    const text =
      data && selected ? describeNodeForSpeech(data.graph, selected, { planSteps, held, goal }) : '';
    setSaid({ id: selected, text: text ? `Selected ${text}` : '' });
  }
  return (
    <p className="visually-hidden" aria-live="polite">
      {said.text}
    </p>
  );
}
