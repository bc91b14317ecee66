// The one polite live region: what changed last is said. A new selection says the node, its plan
// step, what it requires and what it leads to (for keyboard users moving through the graph); a new
// plan says "Plan updated: 3 steps, 4 yr 2 mo, $46,440 (fastest)" or why there is no plan.

import { useState } from 'react';
import { planAnnouncement } from '../present/plan-model';
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
  const [message, setMessage] = useState('');
  const [spokenFor, setSpokenFor] = useState<string | null>(null);
  const [spokenPlan, setSpokenPlan] = useState('');
  // The selection is described when it changes, not again when only the plan around it does.
  if (spokenFor !== selected) {
    const planSteps = planView.kind === 'plan' ? planView.plan.steps.map((s) => s.id) : [];
    const text =
      data && selected ? describeNodeForSpeech(data.graph, selected, { planSteps, held, goal }) : '';
    setSpokenFor(selected);
    setMessage(text ? `Selected ${text}` : '');
  }
  const plan = data ? planAnnouncement(data.graph, planView, held) : '';
  if (plan !== spokenPlan) {
    setSpokenPlan(plan);
    setMessage(plan);
  }
  return (
    <p className="visually-hidden" aria-live="polite" data-testid="announcer">
      {message}
    </p>
  );
}
