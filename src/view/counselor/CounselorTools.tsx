// The counselor's toolbar: Copy link, Present, Print handout, Export PNG / SVG, Compare, with one
// status line saying what happened; and the presentation and compare dialogs they open. The bar is
// a named region (a landmark); a disabled button's reason exists only while it applies.

import { type ReactNode, useCallback, useId, useState } from 'react';
import { linkTo } from '../../state/app-address';
import { selectPlanView } from '../../state/derive';
import type { ExportResult } from '../export/export-graph';
import { useGraphAdapter } from '../graph/graph-handle';
import { counselorDialogs } from '../lazy/on-demand-parts';
import { PrintHandout, printHandout } from '../lazy/print-handout';
import { useApp, useAppStore } from '../store-context';
import { useReadyData } from '../use-graph';
import './counselor.css';

type Open = 'none' | 'present' | 'compare';

/** The presentation and compare dialogs, loaded when one first opens (CounselorDialogs.tsx). */
const CounselorDialogs = counselorDialogs.View;

export function CounselorTools() {
  const data = useReadyData();
  const store = useAppStore();
  const view = useApp((s) => s.view);
  const planView = useApp(selectPlanView);
  const adapter = useGraphAdapter();
  const [open, setOpen] = useState<Open>('none');
  const [status, setStatus] = useState('');
  const [manualLink, setManualLink] = useState<string | null>(null);
  const ids = useId();

  const hasPlan = planView.kind === 'plan';
  const graphShown = view.mode === 'graph' && adapter !== null;

  const copyLink = async (): Promise<void> => {
    // Not the bare href: a skip link's "#situation" is no part of the view.
    const link = linkTo(window.location);
    try {
      await navigator.clipboard.writeText(link);
      setManualLink(null);
      setStatus('Link copied: whoever opens it sees this view.');
    } catch {
      setManualLink(link);
      setStatus('The clipboard is not available here: copy the link from the box.');
    }
  };

  const save = async (result: ExportResult): Promise<void> => {
    if (!result.ok) {
      setStatus(result.message);
      return;
    }
    const { downloadBlob } = await import('../export/export-graph');
    downloadBlob(result.blob, result.fileName);
    setStatus(`Saved ${result.fileName}.`);
  };

  const goalLabel = data && view.goal ? data.labelOf(view.goal) : null;
  const exportTitle = goalLabel ? `Career graph with the plan to ${goalLabel}` : 'Career graph';
  const close = useCallback(() => setOpen('none'), []);

  if (!data) return null;
  const needsPlan = hasPlan ? undefined : `${ids}-needs-plan`;
  const needsGraph = graphShown ? undefined : `${ids}-needs-graph`;
  return (
    <>
      <section className="counselor-bar" aria-label="Share and present">
        <div className="app-toolbar">
          <ToolButton onClick={() => void copyLink()}>Copy link</ToolButton>
          <ToolButton
            whyNot={needsPlan}
            onClick={() => {
              if (view.mode !== 'graph') store.getState().setMode('graph');
              setOpen('present');
            }}
          >
            Present
          </ToolButton>
          <ToolButton onClick={() => void printHandout()}>Print handout</ToolButton>
          <ToolButton
            whyNot={needsGraph}
            onClick={() => adapter && void adapter.exportPng(view.goal).then(save)}
          >
            Export PNG
          </ToolButton>
          <ToolButton
            whyNot={needsGraph}
            onClick={() => adapter && void adapter.exportSvg(view.goal, exportTitle).then(save)}
          >
            Export SVG
          </ToolButton>
          <ToolButton whyNot={needsPlan} onClick={() => setOpen('compare')}>
            Compare
          </ToolButton>
          {needsPlan ? (
            <span id={needsPlan} className="visually-hidden">
              Choose a goal first.
            </span>
          ) : null}
          {needsGraph ? (
            <span id={needsGraph} className="visually-hidden">
              Switch to the Graph view to export it.
            </span>
          ) : null}
        </div>
        <p className="toolbar-status" role="status">
          {status}
          {manualLink ? (
            <>
              {' '}
              <label className="visually-hidden" htmlFor={`${ids}-link`}>
                Link to this view
              </label>
              <input
                id={`${ids}-link`}
                readOnly
                value={manualLink}
                onFocus={(e) => e.currentTarget.select()}
              />
            </>
          ) : null}
        </p>
      </section>
      <PrintHandout
        graph={data.graph}
        situation={view.situation}
        result={
          planView.kind === 'plan'
            ? planView.result
            : planView.kind === 'unreachable'
              ? planView.result
              : null
        }
        index={planView.kind === 'plan' ? planView.index : 0}
      />
      {open !== 'none' && planView.kind === 'plan' ? <CounselorDialogs open={open} onClose={close} /> : null}
    </>
  );
}

/**
 * A toolbar button; `whyNot`, when given, is the id of the sentence saying why it is unavailable:
 * the button is then disabled and described by it.
 */
function ToolButton({
  whyNot,
  onClick,
  children,
}: {
  whyNot?: string | undefined;
  onClick: () => void;
  children: ReactNode;
}) {
  return (
    <button type="button" disabled={whyNot !== undefined} aria-describedby={whyNot} onClick={onClick}>
      {children}
    </button>
  );
}
