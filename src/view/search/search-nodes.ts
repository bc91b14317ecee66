// Node search, ranked the way people type: an exact label, abbreviation or id first, then labels
// that start with the query, then fuse.js fuzzy matches with every word of the query matched on
// its own (in any field), falling back to any word when no node has them all.

import Fuse, { type Expression } from 'fuse.js';
import type { CareerNode } from '../../domain/types';

interface Entry {
  node: CareerNode;
  id: string;
  label: string;
  /** The label without its bracketed part: "Cancer registrar (oncology data specialist)" → "Cancer registrar". */
  name: string;
  /** Abbreviations in brackets: "(RHIA)", "(ODS)". */
  abbr: string;
  summary: string;
}

const norm = (s: string): string => s.toLowerCase().replace(/\s+/g, ' ').trim();

function entryOf(node: CareerNode): Entry {
  const name = node.label.replace(/\s*\([^)]*\)/g, '').trim();
  const abbr = [...node.label.matchAll(/\(([A-Z][A-Z0-9-]+)\)/g)].map((m) => m[1]).join(' ');
  return { node, id: node.id, label: node.label, name, abbr, summary: node.summary ?? '' };
}

const KEYS = [
  { name: 'label', weight: 2 },
  { name: 'abbr', weight: 2 },
  { name: 'id', weight: 1 },
  { name: 'summary', weight: 0.5 },
];

export type NodeSearch = (query: string) => CareerNode[];

export function createNodeSearch(nodes: readonly CareerNode[]): NodeSearch {
  const entries = nodes.map(entryOf);
  const fuse = new Fuse(entries, { keys: KEYS, threshold: 0.4, ignoreLocation: true, includeScore: true });
  const anyField = (word: string): Expression => ({ $or: KEYS.map((k) => ({ [k.name]: word })) });

  return (query) => {
    const q = norm(query);
    if (q === '') return [];
    const exact: Entry[] = [];
    const prefix: Entry[] = [];
    for (const e of entries) {
      const abbrs = e.abbr.toLowerCase().split(' ');
      if ([norm(e.label), norm(e.name), e.id].includes(q) || abbrs.includes(q)) exact.push(e);
      else if (norm(e.label).startsWith(q) || e.id.startsWith(q.replace(/ /g, '-'))) prefix.push(e);
    }
    // Shorter labels first among prefixes: "Medical coder" before "Medical coder supervisor".
    prefix.sort((a, b) => a.label.length - b.label.length || a.id.localeCompare(b.id));
    const words = q.split(' ');
    let fuzzy = fuse.search(words.length > 1 ? { $and: words.map(anyField) } : q);
    if (fuzzy.length === 0 && words.length > 1) fuzzy = fuse.search({ $or: words.map(anyField) });
    const seen = new Set<string>();
    const out: CareerNode[] = [];
    for (const e of [...exact, ...prefix, ...fuzzy.map((r) => r.item)]) {
      if (seen.has(e.id)) continue;
      seen.add(e.id);
      out.push(e.node);
    }
    return out;
  };
}
