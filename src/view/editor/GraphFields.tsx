// The graph's own fields (title, id, date reviewed, currency, summary) and its sources, in the
// editor: each change goes through the validator like any other edit.

import { useId, useState } from 'react';
import type { CareerGraphFile, Source } from '../../domain/types';
import type { Applied } from './useGraphEdits';

type Apply = (next: CareerGraphFile, group: string | null) => Applied;

const TOP_FIELDS = [
  ['title', 'Title'],
  ['id', 'Graph id'],
  ['updated', 'Data reviewed (YYYY-MM-DD)'],
  ['currency', 'Currency (e.g. USD)'],
  ['summary', 'Summary'],
] as const;

export function GraphFields({ file, apply }: { file: CareerGraphFile; apply: Apply }) {
  const base = useId();
  const [drafts, setDrafts] = useState<Record<string, string>>(() =>
    Object.fromEntries(TOP_FIELDS.map(([k]) => [k, String(file[k] ?? '')])),
  );
  const [errors, setErrors] = useState<Record<string, string>>({});
  const change = (key: (typeof TOP_FIELDS)[number][0], value: string) => {
    setDrafts({ ...drafts, [key]: value });
    const next: CareerGraphFile = { ...file, [key]: value };
    if (key === 'summary' && value === '') delete next.summary;
    const r = apply(next, `graph:${key}`);
    setErrors(
      r.ok ? {} : { [key]: r.problems.map((p) => `${p.message} (expected ${p.expected})`).join('; ') },
    );
  };
  return (
    <fieldset className="editor-graph-fields">
      <legend>The graph</legend>
      {TOP_FIELDS.map(([key, label]) => (
        <div className={`editor-field${errors[key] ? ' invalid' : ''}`} key={key}>
          <label htmlFor={`${base}-${key}`}>{label}</label>
          <input
            id={`${base}-${key}`}
            value={drafts[key] ?? ''}
            aria-invalid={Boolean(errors[key])}
            onChange={(e) => change(key, e.target.value)}
          />
          {errors[key] ? (
            <small className="editor-error" role="alert">
              {errors[key]}
            </small>
          ) : null}
        </div>
      ))}
    </fieldset>
  );
}

const SOURCE_FIELDS = [
  ['title', 'Title'],
  ['url', 'Web address'],
  ['published', 'Published (e.g. 2024)'],
  ['notes', 'Notes'],
] as const;

export function SourcesFields({ file, apply }: { file: CareerGraphFile; apply: Apply }) {
  const [error, setError] = useState<string | null>(null);
  const [newKey, setNewKey] = useState('');
  const run = (next: CareerGraphFile, group: string | null) => {
    const r = apply(next, group);
    setError(
      r.ok ? null : r.problems.map((p) => `${p.path}: ${p.message} (expected ${p.expected})`).join('; '),
    );
  };
  const setField = (key: string, field: (typeof SOURCE_FIELDS)[number][0], value: string) => {
    const old = file.sources[key];
    if (!old) return;
    const source: Source = { ...old, [field]: value };
    if ((field === 'url' || field === 'notes') && value === '') delete source[field];
    run({ ...file, sources: { ...file.sources, [key]: source } }, `source:${key}:${field}`);
  };
  const remove = (key: string) => {
    const { [key]: _gone, ...rest } = file.sources;
    run({ ...file, sources: rest }, null);
  };
  return (
    <fieldset className="editor-sources">
      <legend>Sources</legend>
      {Object.entries(file.sources).map(([key, s]) => (
        <details key={key}>
          <summary>
            {key}: {s.title}
          </summary>
          {SOURCE_FIELDS.map(([field, label]) => (
            <label key={field} className="editor-field">
              {label}
              <input defaultValue={s[field] ?? ''} onChange={(e) => setField(key, field, e.target.value)} />
            </label>
          ))}
          <button type="button" onClick={() => remove(key)}>
            Delete source {key}
          </button>
        </details>
      ))}
      <form
        className="own-row"
        onSubmit={(e) => {
          e.preventDefault();
          const key = newKey.trim();
          if (!key) return;
          run(
            {
              ...file,
              sources: {
                ...file.sources,
                [key]: { title: key, published: String(new Date().getFullYear()) },
              },
            },
            null,
          );
          setNewKey('');
        }}
      >
        <label>
          New source key
          <input value={newKey} onChange={(e) => setNewKey(e.target.value)} />
        </label>
        <button type="submit">Add source</button>
      </form>
      {error ? (
        <p className="editor-error" role="alert">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
