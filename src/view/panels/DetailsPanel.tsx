// Everything known about the selected node: what it is, pays, needs and leads to, and where
// each figure comes from. Also the shortcuts "make this my goal" and "I have this".

import { useId } from 'react';
import type { CareerGraph } from '../../domain/career-graph';
import type { CareerNode, Source } from '../../domain/types';
import { ownValue } from '../../state/own-key';
import { describeMonths, formatYears } from '../format/duration';
import { KIND_NAMES } from '../format/labels';
import { describeCost, formatMoney } from '../format/money';
import { describeRequirement } from '../format/requirement-words';
import { describeSalary, salaryFor } from '../format/salary';
import { useApp, useAppStore } from '../store-context';
import { type ReadyData, useReadyData } from '../use-graph';
import { NodeLink } from './NodeLink';

export function DetailsPanel() {
  const data = useReadyData();
  const selected = useApp((s) => s.view.selected);
  const store = useAppStore();
  const ids = useId();
  const node = data && selected ? data.nodeOf(selected) : undefined;
  if (!data || !node) return null;
  return (
    <section className="panel details" aria-labelledby={`${ids}-h`}>
      <button
        type="button"
        className="icon close"
        aria-label="Close details"
        onClick={() => store.getState().select(null)}
      >
        ×
      </button>
      <NodeDetails data={data} node={node} headingId={`${ids}-h`} />
    </section>
  );
}

function SourceLink({ sourceKey, sources }: { sourceKey: string; sources: Record<string, Source> }) {
  const s = ownValue(sources, sourceKey);
  if (!s) return <span>{sourceKey}</span>;
  // "undated (retrieved 2026)" would nest parentheses; flatten it to "undated, retrieved 2026".
  const text = `${s.title} (${s.published.replace(/\s*\(([^)]*)\)/g, ', $1')})`;
  return s.url ? (
    <a href={s.url} target="_blank" rel="noreferrer noopener">
      {text}
    </a>
  ) : (
    <span>{text}</span>
  );
}

/**
 * What the node leads to, one row per target: a node can need this one in several of its options
 * (CCS names medical coder in four), so the ways are merged into one phrase, and the target id is
 * a unique key (repeated keys made React keep rows of the previously selected node).
 */
export function leadsTo(graph: CareerGraph, id: string): { id: string; label: string; how: string }[] {
  const byTarget = new Map<string, { plain: Set<string>; years: Set<number> }>();
  graph.forEachOutEdge(id, (_key, attrs, _s, target) => {
    let entry = byTarget.get(target);
    if (!entry) {
      entry = { plain: new Set(), years: new Set() };
      byTarget.set(target, entry);
    }
    if (attrs.type === 'experience') entry.years.add(attrs.years ?? 0);
    else
      entry.plain.add(
        attrs.type === 'preferred'
          ? 'preferred for'
          : attrs.type === 'anyOf'
            ? 'one option for'
            : 'required for',
      );
  });
  const ORDER = ['required for', 'one option for', 'preferred for'];
  return [...byTarget]
    .map(([target, { plain, years }]) => {
      const ways = ORDER.filter((w) => plain.has(w));
      if (years.size > 0) {
        const ys = [...years].sort((a, b) => a - b).map((y) => formatYears(y).replace(/ yr$/, ''));
        ways.push(`${ys.join(' or ')} yr of it needed for`);
      }
      return { id: target, label: graph.getNodeAttribute(target, 'label'), how: ways.join(', or ') };
    })
    .sort((a, b) => a.label.localeCompare(b.label));
}

function NodeDetails({ data, node, headingId }: { data: ReadyData; node: CareerNode; headingId: string }) {
  const store = useAppStore();
  const view = useApp((s) => s.view);
  const region = view.situation.region;
  const currency = data.file.currency;
  const sources = data.file.sources;
  const requires = describeRequirement(node.requires, data.labelOf);
  const prefers = describeRequirement(node.prefers, data.labelOf);
  const next = leadsTo(data.graph, node.id);
  const regional = region ? salaryFor(node, region) : undefined;
  const held = view.situation.holds.includes(node.id);
  const isGoal = view.goal === node.id;

  return (
    <>
      <h2 id={headingId}>{node.label}</h2>
      <p className="kind-line">
        <span className={`kind-dot kind-${node.kind}`} aria-hidden="true" />
        {KIND_NAMES[node.kind]}
        {node.level !== undefined ? ` · level ${node.level} of 5` : ''}
        {node.issuer ? ` · issued by ${node.issuer}` : ''}
      </p>
      {node.summary ? <p>{node.summary}</p> : null}
      <div className="row actions">
        <button type="button" onClick={() => store.getState().setGoal(node.id)} disabled={isGoal}>
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
          {describeMonths(node.months ?? 0, node.monthsKnown === false ? 1 : 0)},{' '}
          {describeCost(node.cost ?? 0, node.costKnown === false ? 1 : 0, currency)}
          {node.kind === 'role' ? ' (time to find the job once qualified)' : ''}
        </dd>
        {node.regions?.length ? (
          <>
            <dt>Only in</dt>
            <dd>{node.regions.join(', ')}</dd>
          </>
        ) : null}
        <dt>Requires</dt>
        <dd>{requires ?? 'Nothing: open to anyone.'}</dd>
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
