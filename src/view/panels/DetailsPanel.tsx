// Everything known about the selected node: what it is, pays, needs and leads to, and where
// each figure comes from. Also the shortcuts "make this my goal" and "I have this". Opened from a
// control outside the graph, it takes focus (its heading); closed, it gives focus back.

import { type RefObject, useEffect, useId, useRef } from 'react';
import type { CareerNode, Source } from '../../domain/types';
import { KIND_NAMES } from '../../present/format/labels';
import { formatMoney } from '../../present/format/money';
import { describeRequirement } from '../../present/format/requirement-words';
import { describeSalary, flatDate, salaryFor } from '../../present/format/salary';
import { leadsTo, obtainWords, requiresWords } from '../../present/node-words';
import { ownValue } from '../../state/own-key';
import { rememberDetailsOpener, returnFocusFromDetails } from '../focus/details-focus';
import { useApp, useAppStore } from '../store-context';
import { type ReadyData, useReadyData } from '../use-graph';
import { NodeLink } from './NodeLink';

export function DetailsPanel() {
  const data = useReadyData();
  const selected = useApp((s) => s.view.selected);
  const store = useAppStore();
  const ids = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const lastFocus = useLastFocus();
  const node = data && selected ? data.nodeOf(selected) : undefined;

  useEffect(() => {
    if (!selected) return;
    const from = lastFocus.current;
    // Nothing focused yet (a link opened the app) or keys on the graph: leave focus where it is.
    if (!from || from.inGraph) return;
    if (!from.inDetails) rememberDetailsOpener(from.el);
    heading.current?.focus();
  }, [selected, lastFocus]);

  if (!data || !node) return null;
  return (
    <section className="panel details" aria-labelledby={`${ids}-h`}>
      <button
        type="button"
        className="icon close"
        aria-label="Close details"
        onClick={() => {
          store.getState().select(null);
          returnFocusFromDetails();
        }}
      >
        ×
      </button>
      <NodeDetails data={data} node={node} headingId={`${ids}-h`} headingRef={heading} />
    </section>
  );
}

interface FocusOrigin {
  el: HTMLElement;
  inGraph: boolean;
  inDetails: boolean;
}

/**
 * The element focused last, and where it was at that moment (a link inside the details is gone by
 * the time the new node's details render, so its place is noted when it takes focus).
 */
function useLastFocus() {
  const last = useRef<FocusOrigin | null>(null);
  useEffect(() => {
    const onFocus = (e: FocusEvent): void => {
      const el = e.target;
      if (!(el instanceof HTMLElement)) return;
      last.current = {
        el,
        inGraph: el.closest('.graph-canvas') !== null,
        inDetails: el.closest('.details') !== null,
      };
    };
    document.addEventListener('focusin', onFocus);
    return () => document.removeEventListener('focusin', onFocus);
  }, []);
  return last;
}

function SourceLink({ sourceKey, sources }: { sourceKey: string; sources: Record<string, Source> }) {
  const s = ownValue(sources, sourceKey);
  if (!s) return <span>{sourceKey}</span>;
  const text = `${s.title} (${flatDate(s.published)})`;
  return s.url ? (
    <a href={s.url} target="_blank" rel="noreferrer noopener">
      {text}
    </a>
  ) : (
    <span>{text}</span>
  );
}

function NodeDetails({
  data,
  node,
  headingId,
  headingRef,
}: {
  data: ReadyData;
  node: CareerNode;
  headingId: string;
  headingRef: RefObject<HTMLHeadingElement | null>;
}) {
  const store = useAppStore();
  const view = useApp((s) => s.view);
  const region = view.situation.region;
  const currency = data.file.currency;
  const sources = data.file.sources;
  const prefers = describeRequirement(node.prefers, data.labelOf);
  const next = leadsTo(data.graph, node.id);
  const regional = region ? salaryFor(node, region) : undefined;
  const held = view.situation.holds.includes(node.id);
  const isGoal = view.goal === node.id;

  return (
    <>
      <h2 id={headingId} ref={headingRef} tabIndex={-1}>
        {node.label}
      </h2>
      <p className="kind-line">
        <span className={`kind-dot kind-${node.kind}`} aria-hidden="true" />
        {KIND_NAMES[node.kind]}
        {node.level !== undefined ? ` · level ${node.level} of 5` : ''}
        {node.issuer ? ` · issued by ${node.issuer}` : ''}
      </p>
      {node.summary ? <p>{node.summary}</p> : null}
      <div className="row actions">
        {/* aria-disabled, not disabled: a disabled button drops the focus that just pressed it. */}
        <button
          type="button"
          onClick={() => {
            if (!isGoal) store.getState().setGoal(node.id);
          }}
          aria-disabled={isGoal ? 'true' : undefined}
        >
          {isGoal ? 'This is your goal' : 'Make this my goal'}
        </button>
        <button
          type="button"
          onClick={() => (held ? store.getState().removeHeld(node.id) : store.getState().addHeld(node.id))}
        >
          {held ? 'I don’t have this' : 'I already have this'}
        </button>
      </div>
      <dl className="facts">
        {node.codes && Object.keys(node.codes).length ? (
          <>
            <dt>Codes</dt>
            <dd>
              {Object.entries(node.codes)
                .map(([k, v]) => `${k.toUpperCase()} ${v}`)
                .join(', ')}
            </dd>
          </>
        ) : null}
        {node.salary ? (
          <>
            <dt>Salary (national)</dt>
            <dd>
              {node.salary.median !== undefined ? `median ${formatMoney(node.salary.median, currency)}` : ''}
              {node.salary.median !== undefined && node.salary.mean !== undefined ? ', ' : ''}
              {node.salary.mean !== undefined ? `mean ${formatMoney(node.salary.mean, currency)}` : ''}
              {node.salary.low !== undefined && node.salary.high !== undefined
                ? `; range ${formatMoney(node.salary.low, currency)}–${formatMoney(node.salary.high, currency)}`
                : ''}{' '}
              a year, {node.salary.year}. Source:{' '}
              <SourceLink sourceKey={node.salary.source} sources={sources} />
            </dd>
          </>
        ) : null}
        {region ? (
          <>
            <dt>Salary in {region}</dt>
            <dd>
              {regional?.region ? (
                <>
                  {describeSalary(regional, currency)}. Source:{' '}
                  <SourceLink sourceKey={regional.source} sources={sources} />
                </>
              ) : (
                'No figure for this region in the data.'
              )}
            </dd>
          </>
        ) : null}
        {node.outlook ? (
          <>
            <dt>Outlook</dt>
            <dd>
              {node.outlook.growthPercent >= 0 ? '+' : '−'}
              {Math.abs(node.outlook.growthPercent)}% jobs, {node.outlook.period}. Source:{' '}
              <SourceLink sourceKey={node.outlook.source} sources={sources} />
            </dd>
          </>
        ) : null}
        <dt>To obtain</dt>
        <dd>
          {obtainWords(node, currency)}
          {node.kind === 'role' ? ' (time to find the job once qualified)' : ''}
        </dd>
        {node.regions?.length ? (
          <>
            <dt>Only in</dt>
            <dd>{node.regions.join(', ')}</dd>
          </>
        ) : null}
        <dt>Requires</dt>
        <dd>{requiresWords(node, data.labelOf)}</dd>
        {prefers ? (
          <>
            <dt>Employers prefer</dt>
            <dd>{prefers}</dd>
          </>
        ) : null}
        <dt>Leads to</dt>
        <dd>
          {next.length === 0 ? (
            'Nothing further in this graph.'
          ) : (
            <ul className="leads">
              {next.map((n) => (
                <li key={n.id}>
                  {n.how} <NodeLink id={n.id}>{n.label}</NodeLink>
                </li>
              ))}
            </ul>
          )}
        </dd>
        {node.notes ? (
          <>
            <dt>Notes</dt>
            <dd>{node.notes}</dd>
          </>
        ) : null}
        {node.sources?.length ? (
          <>
            <dt>Sources</dt>
            <dd>
              <ul className="sources">
                {node.sources.map((k) => (
                  <li key={k}>
                    <SourceLink sourceKey={k} sources={sources} />
                  </li>
                ))}
              </ul>
            </dd>
          </>
        ) : null}
      </dl>
    </>
  );
}
