// Search over labels, abbreviations and ids (ranked in search-nodes.ts) as an ARIA combobox: type,
// arrow through results, Enter selects the node and centres the graph on it. How many results (or
// "No match") is said in a status region; the listbox only ever holds options. The ranking (and
// fuse.js with it) loads when the box first gets focus, not with the page; an Enter pressed before
// it is there is answered when it arrives.

import { type KeyboardEvent, useId, useMemo, useState } from 'react';
import type { CareerNode } from '../../domain/types';
import { KIND_NAMES } from '../../present/format/labels';
import { useApp, useAppStore } from '../store-context';
import { useReadyData } from '../use-graph';

const MAX_RESULTS = 8;

type SearchModule = typeof import('./search-nodes');
let searchModule: SearchModule | null = null;
let searchLoading: Promise<SearchModule> | null = null;
/** Loads the ranking (once); the box calls it on focus. */
export const loadSearch = (): Promise<SearchModule> =>
  (searchLoading ??= import('./search-nodes').then((m) => {
    searchModule = m;
    return m;
  }));

export function SearchBox() {
  const data = useReadyData();
  const store = useAppStore();
  const hidden = useApp((s) => s.view.hiddenKinds);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const [open, setOpen] = useState(false);
  const ids = useId();
  const [ranking, setRanking] = useState<SearchModule | null>(searchModule);
  const loadRanking = () => {
    if (ranking === null) void loadSearch().then(setRanking);
  };

  const search = useMemo(
    () => (data && ranking ? ranking.createNodeSearch(data.graph.mapNodes((_, n) => n)) : null),
    [data, ranking],
  );
  const results: CareerNode[] = useMemo(() => {
    if (!search || query.trim() === '') return [];
    return search(query)
      .filter((n) => !hidden.includes(n.kind))
      .slice(0, MAX_RESULTS);
  }, [search, query, hidden]);

  if (!data) return null;
  // Typed, and the ranking is there to answer (it loads on focus; until then, no "No match").
  const typed = open && query.trim() !== '' && search !== null;
  const expanded = typed && results.length > 0;
  const count = results.length === 1 ? '1 result' : `${results.length} results`;

  const choose = (node: CareerNode | undefined) => {
    if (!node) return;
    store.getState().select(node.id, { centre: true });
    setQuery('');
    setOpen(false);
  };

  const onKey = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      setOpen(true);
      setActive((a) => Math.min(a + 1, results.length - 1));
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      setActive((a) => Math.max(a - 1, 0));
    } else if (e.key === 'Enter') {
      e.preventDefault();
      if (search === null && data && query.trim() !== '') {
        // Enter before the ranking has loaded (it loads on first focus): answer when it is there,
        // with the best match for what was typed, as Enter would have a moment later.
        const typedQuery = query;
        void loadSearch().then((m) => {
          const nodes = m.createNodeSearch(data.graph.mapNodes((_, n) => n))(typedQuery);
          choose(nodes.find((n) => !hidden.includes(n.kind)));
        });
        return;
      }
      choose(results[active]);
    } else if (e.key === 'Escape') {
      setQuery('');
      setOpen(false);
    }
  };

  return (
    <div className="search">
      <label htmlFor={`${ids}-q`}>Search</label>
      <input
        id={`${ids}-q`}
        type="search"
        role="combobox"
        aria-expanded={expanded}
        aria-controls={`${ids}-list`}
        aria-autocomplete="list"
        aria-activedescendant={expanded && results[active] ? `${ids}-opt-${active}` : undefined}
        placeholder="Role, degree, credential…"
        autoComplete="off"
        value={query}
        onFocus={loadRanking}
        onChange={(e) => {
          loadRanking();
          setQuery(e.target.value);
          setActive(0);
          setOpen(true);
        }}
        onKeyDown={onKey}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
      />
      <div
        id={`${ids}-list`}
        role="listbox"
        aria-label="Search results"
        className="search-results"
        hidden={!expanded}
      >
        {results.map((n, i) => (
          <div
            key={n.id}
            id={`${ids}-opt-${i}`}
            role="option"
            tabIndex={-1}
            aria-selected={i === active}
            className={i === active ? 'active' : undefined}
            onMouseDown={(e) => {
              e.preventDefault();
              choose(n);
            }}
          >
            <span className={`kind-dot kind-${n.kind}`} aria-hidden="true" />
            {n.label} <span className="muted">{KIND_NAMES[n.kind]}</span>
          </div>
        ))}
      </div>
      <p className={typed && results.length === 0 ? 'muted no-match' : 'visually-hidden'} role="status">
        {typed ? (results.length === 0 ? 'No match' : `${count}, arrow keys to choose, Enter to open.`) : ''}
      </p>
    </div>
  );
}
