// One node's fields in the editor, every field of the format: typing is checked as you go (the
// requirement syntax, numbers, then the validator); what is wrong shows next to the field.

import { useId, useState } from 'react';
import type { Problem } from '../../data/problem';
import { parseRequirementText, printRequirement } from '../../data/requirement-text';
import { type CareerGraphFile, NODE_KINDS } from '../../domain/types';
import { describeRequirement } from '../../present/format/requirement-words';
import {
  cellsNode,
  columnOfPath,
  type NodeCells,
  nodeCells,
  renameMentions,
  replaceNode,
} from '../../state/graph-edit';
import { requirementOf, type TreeGroup, treeOf } from '../../state/requirement-tree';
import { EVERYDAY_FIELDS, type FieldInfo, NODE_FIELDS } from './field-labels';
import { RequirementBuilder } from './RequirementBuilder';
import type { Applied } from './useGraphEdits';

interface Props {
  file: CareerGraphFile;
  index: number;
  apply: (next: CareerGraphFile, group: string | null, renamed?: { from: string; to: string }) => Applied;
  onIdChange: (id: string) => void;
}

/** Problems of node `index` by field, and the rest. */
function splitProblems(problems: readonly Problem[], index: number) {
  const byField: Record<string, string[]> = {};
  const other: string[] = [];
  for (const p of problems) {
    const mine = p.path.startsWith(`$.nodes[${index}]`);
    const field = mine ? columnOfPath(p.path) : undefined;
    const text = `${p.message} (expected ${p.expected})`;
    if (field) byField[field] = [...(byField[field] ?? []), text];
    else other.push(`${p.path}: ${text}`);
  }
  return { byField, other };
}

export function NodeForm({ file, index, apply, onIdChange }: Props) {
  const node = file.nodes[index];
  const [drafts, setDrafts] = useState<NodeCells>(() => (node ? nodeCells(node) : {}));
  const [problems, setProblems] = useState<{ byField: Record<string, string[]>; other: string[] }>({
    byField: {},
    other: [],
  });
  /** The builder's tree: its own state, so an empty group or an unpicked item stays on screen. */
  const [tree, setTree] = useState<TreeGroup>(() => treeOf(node?.requires));
  const base = useId();
  if (!node) return null;

  const change = (name: string, value: string, group: string | null = `node:${index}:${name}`) => {
    const next = { ...drafts, [name]: value };
    setDrafts(next);
    const decoded = cellsNode(next);
    const unread = Object.entries(decoded.problems);
    if (unread.length) {
      setProblems({ byField: Object.fromEntries(unread.map(([k, m]) => [k, [m]])), other: [] });
      return;
    }
    const idChanged = decoded.node.id !== node.id;
    let candidate = replaceNode(file, index, decoded.node);
    if (idChanged) candidate = renameMentions(candidate, node.id, decoded.node.id);
    const r = apply(candidate, group, idChanged ? { from: node.id, to: decoded.node.id } : undefined);
    if (r.ok) {
      setProblems({ byField: {}, other: [] });
      if (decoded.node.id !== node.id) onIdChange(decoded.node.id);
    } else setProblems(splitProblems(r.problems, index));
  };

  /** The text follows the builder; an edit that leaves the text as it was is not an undo step. */
  const build = (next: TreeGroup, typing: string | null) => {
    setTree(next);
    const r = requirementOf(next);
    const text = r === undefined ? '' : printRequirement(r);
    if (text !== (drafts.requires ?? ''))
      change('requires', text, typing && `node:${index}:requires:${typing}`);
  };
  /** The builder follows the text whenever the text reads. */
  const typeRequires = (text: string) => {
    change('requires', text);
    if (text.trim() === '') setTree(treeOf(undefined));
    else {
      const r = parseRequirementText(text);
      if (r.ok) setTree(treeOf(r.requirement));
    }
  };

  const labelOf = (id: string): string => file.nodes.find((n) => n.id === id)?.label ?? id;
  /** A requirement as the explorer will word it, so the nesting the text makes is plain to see. */
  const readsAs = (name: string, errs: readonly string[]): string | undefined => {
    const text = drafts[name] ?? '';
    if ((name !== 'requires' && name !== 'prefers') || errs.length || text.trim() === '') return undefined;
    const r = parseRequirementText(text);
    return r.ok ? describeRequirement(r.requirement, labelOf) : undefined;
  };

  const field = (f: FieldInfo) => {
    const id = `${base}-${f.name}`;
    const errs = problems.byField[f.name] ?? [];
    const words = readsAs(f.name, errs);
    const described = [f.hint ? `${id}-hint` : '', errs.length ? `${id}-err` : ''].filter(Boolean).join(' ');
    const common = {
      id,
      value: drafts[f.name] ?? '',
      'aria-invalid': errs.length > 0,
      'aria-describedby': described || undefined,
    };
    return (
      <div
        className={`editor-field${errs.length ? ' invalid' : ''}${f.name === 'requires' ? ' editor-wide' : ''}`}
        key={f.name}
      >
        <label htmlFor={id}>{f.label}</label>
        {f.name === 'kind' ? (
          <select {...common} onChange={(e) => change(f.name, e.target.value)}>
            {NODE_KINDS.map((k) => (
              <option key={k} value={k}>
                {k}
              </option>
            ))}
          </select>
        ) : f.long ? (
          <textarea {...common} rows={2} onChange={(e) => change(f.name, e.target.value)} />
        ) : f.name === 'requires' ? (
          <input {...common} onChange={(e) => typeRequires(e.target.value)} />
        ) : (
          <input {...common} onChange={(e) => change(f.name, e.target.value)} />
        )}
        {f.hint ? (
          <small id={`${id}-hint`} className="muted">
            {f.hint}
          </small>
        ) : null}
        {words ? <small className="editor-reads-as">Reads as: {words}</small> : null}
        {errs.length ? (
          <small id={`${id}-err`} className="editor-error" role="alert">
            {errs.join('; ')}
          </small>
        ) : null}
        {f.name === 'requires' ? (
          <RequirementBuilder
            tree={tree}
            nodes={file.nodes}
            selfId={node.id}
            onChange={build}
            stale={(drafts.requires ?? '').trim() !== '' && !parseRequirementText(drafts.requires ?? '').ok}
            describedBy={errs.length ? `${id}-err` : undefined}
          />
        ) : null}
      </div>
    );
  };

  return (
    <div className="editor-node-form">
      {NODE_FIELDS.filter((f) => EVERYDAY_FIELDS.has(f.name)).map(field)}
      <details>
        <summary>More fields (issuer, codes, salary, outlook, regions, sources…)</summary>
        {NODE_FIELDS.filter((f) => !EVERYDAY_FIELDS.has(f.name)).map(field)}
      </details>
      {problems.other.length ? (
        <div className="editor-error" role="alert">
          <p>This change is not applied yet:</p>
          <ul>
            {problems.other.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}
