// The counselor's dialogs: the presentation (its stage drives the graph's spotlight) and compare,
// each in its own chunk (lazy-views.tsx). Loaded the first time one opens (on-demand-parts.ts), so
// the toolbar in the first frame (CounselorTools.tsx) carries none of it.

import { Suspense, useCallback, useEffect, useMemo, useRef } from 'react';
import { planOtherGoal } from '../../state/compare';
import { selectPlanView } from '../../state/derive';
import { useGraphAdapter } from '../graph/graph-handle';
import { ComparePanel, PresentationMode } from '../lazy/lazy-views';
import { nodesByKind } from '../panels/node-options';
import type { PresentationStage } from '../presentation/PresentationMode';
import { useApp, useAppStore } from '../store-context';
import { useReadyData } from '../use-graph';

export interface CounselorDialogsProps {
  open: 'present' | 'compare';
  onClose: () => void;
}

export function CounselorDialogs({ open, onClose }: CounselorDialogsProps) {
  const data = useReadyData();
  const store = useAppStore();
  const situation = useApp((s) => s.view.situation);
  const planView = useApp(selectPlanView);
  const adapter = useGraphAdapter();

  // A stage that waits for the adapter: presenting from the text view switches to the graph first.
  const pending = useRef<string | null | undefined>(undefined);
  useEffect(() => {
    if (adapter && pending.current !== undefined) {
      adapter.spotlight(pending.current);
      pending.current = undefined;
    }
  }, [adapter]);
  const stage = useMemo(
    (): PresentationStage => ({
      show(focus) {
        if (adapter) adapter.spotlight(focus);
        else pending.current = focus;
      },
      end() {
        pending.current = undefined;
        adapter?.endSpotlight();
      },
    }),
    [adapter],
  );
  const goals = useMemo(
    () =>
      data
        ? nodesByKind(data.graph).flatMap(({ nodes }) => nodes.map((n) => ({ id: n.id, label: n.label })))
        : [],
    [data],
  );
  const planFor = useCallback((goal: string) => planOtherGoal(store.getState(), goal), [store]);

  if (!data || planView.kind !== 'plan') return null;
  return open === 'present' ? (
    <Suspense fallback={null}>
      <PresentationMode
        graph={data.graph}
        goal={planView.result.goal}
        plan={planView.plan}
        situation={situation}
        stage={stage}
        onExit={onClose}
        fullscreen
      />
    </Suspense>
  ) : (
    <Suspense fallback={null}>
      <ComparePanel
        graph={data.graph}
        result={planView.result}
        holds={situation.holds}
        goals={goals}
        planFor={planFor}
        onClose={onClose}
      />
    </Suspense>
  );
}
