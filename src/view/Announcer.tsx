// The one polite live region: says which node is selected (for keyboard users moving through the
// graph) and what changed in the plan ("Plan updated: 3 steps, 4 yr 2 mo, $46,440 (fastest)").

import { useEffect, useState } from 'react';
import { KIND_NAMES } from '../present/format/labels';
import { planAnnouncement } from '../present/plan-model';
import { selectPlanView } from '../state/derive';
import { useApp } from './store-context';
import { useReadyData } from './use-graph';

export function Announcer() {
  const data = useReadyData();
  const selected = useApp((s) => s.view.selected);
  const holds = useApp((s) => s.view.situation.holds);
  const planView = useApp(selectPlanView);
  const node = data && selected ? data.nodeOf(selected) : undefined;
  const selection = node ? `Selected ${node.label}, ${KIND_NAMES[node.kind].toLowerCase()}.` : '';
  const plan = data ? planAnnouncement(data.graph, planView, holds) : '';
  const [message, setMessage] = useState('');
  // Whichever changed last is said; the first plan after start-up is said too.
  useEffect(() => setMessage(selection), [selection]);
  useEffect(() => setMessage(plan), [plan]);
  return (
    <p className="visually-hidden" aria-live="polite" data-testid="announcer">
      {message}
    </p>
  );
}
