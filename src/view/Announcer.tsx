// The one polite live region: what changed last is said. A new selection says the node, its plan
// step, what it requires and what it leads to (for keyboard users moving through the graph); a new
// plan says "Plan updated: 3 steps, 4 yr 2 mo, $46,440 (fastest)" or why there is no plan.

import { useState } from 'react';
import { selectPlanView } from '../state/derive';
import { nodeSpeech, planModel } from './lazy/on-demand-parts';
import { useOnDemand } from './lazy/use-on-demand';
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
  // The selection is described when it changes, not again when only the plan around it does; the
  // words for it load with the first selection (on-demand-parts.ts), and it is said once they are here.
  const speech = useOnDemand(nodeSpeech, selected !== null);
  if (spokenFor !== selected && (selected === null || speech !== null)) {
    const planSteps = planView.kind === 'plan' ? planView.plan.steps.map((s) => s.id) : [];
    const text =
      data && selected && speech
        ? speech.describeNodeForSpeech(data.graph, selected, { planSteps, held, goal })
        : '';
    setSpokenFor(selected);
    setMessage(text ? `Selected ${text}` : '');
  }
  // Said once the plan model (loaded with the first answer) is there: nothing is said for no goal.
  const answered = !['no-data', 'no-goal', 'planning'].includes(planView.kind);
  const model = useOnDemand(planModel, answered);
  const plan = data && model ? model.planAnnouncement(data.graph, planView, held) : '';
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
