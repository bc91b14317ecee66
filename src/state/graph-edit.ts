// Editing a career graph file as plain data: a node as the editor's text fields (the spreadsheet's
// columns and cell forms), and back; add, rename, delete, and removing the mentions of a node.

import { type Column, NODE_COLUMNS } from '../data/csv/columns';
import type { CareerGraphFile, CareerNode, Requirement } from '../domain/types';

/** A node's fields as the editor shows them, by column name; an absent field is ''. */
export type NodeCells = Record<string, string>;

type Obj = Record<string, unknown>;

function valueAt(node: CareerNode, c: Column): unknown {
  const top = (node as unknown as Obj)[c.path[0]];
  if (c.path.length === 1) return top;
  return top !== null && typeof top === 'object' ? (top as Obj)[c.path[1]] : undefined;
}

export function nodeCells(node: CareerNode): NodeCells {
  const cells: NodeCells = {};
  for (const c of NODE_COLUMNS) {
    const v = valueAt(node, c);
    cells[c.name] = v === undefined ? '' : c.codec.encode(v);
  }
  return cells;
}

/**
 * The node the fields describe, and what in them cannot be read (by column). A field left empty
 * leaves its value out; the validator then judges the node as a whole.
 */
export function cellsNode(cells: NodeCells): { node: CareerNode; problems: Record<string, string> } {
  const node: Obj = {};
  const problems: Record<string, string> = {};
  for (const c of NODE_COLUMNS) {
    const text = cells[c.name] ?? '';
    if (text.trim() === '') continue;
    const decoded = c.codec.decode(text);
    if (!decoded.ok) {
      problems[c.name] = decoded.message;
      continue;
    }
    const [field, sub] = c.path;
    if (sub === undefined) node[field] = decoded.value;
    else node[field] = { ...((node[field] as Obj | undefined) ?? {}), [sub]: decoded.value };
  }
  return { node: node as unknown as CareerNode, problems };
}

/** Which column a validator path inside a node points at (`$.nodes[3].salary.year` → salaryYear). */
export function columnOfPath(path: string): string | undefined {
  const m = /^\$\.nodes\[\d+\](?:\.([A-Za-z$]+))?(?:\.([A-Za-z]+))?/.exec(path);
  if (!m?.[1]) return undefined;
  const exact = NODE_COLUMNS.find((c) => c.path[0] === m[1] && c.path[1] === m[2]);
  return (exact ?? NODE_COLUMNS.find((c) => c.path[0] === m[1]))?.name;
}

export function replaceNode(file: CareerGraphFile, index: number, node: CareerNode): CareerGraphFile {
  return { ...file, nodes: file.nodes.map((n, i) => (i === index ? node : n)) };
}

/** A fresh id like `new-node`, `new-node-2` that no node has. */
export function freeNodeId(file: CareerGraphFile, base = 'new-node'): string {
  const ids = new Set(file.nodes.map((n) => n.id));
  for (let n = 1; ; n++) {
    const id = n === 1 ? base : `${base}-${n}`;
    if (!ids.has(id)) return id;
  }
}

export function addNode(file: CareerGraphFile): { file: CareerGraphFile; id: string } {
  const id = freeNodeId(file);
  return { file: { ...file, nodes: [...file.nodes, { id, kind: 'role', label: 'New node' }] }, id };
}

function mapRequirement(r: Requirement, f: (id: string) => string | null): Requirement | null {
  if (typeof r === 'string') return f(r);
  if ('experience' in r) {
    const id = f(r.experience);
    return id === null ? null : { ...r, experience: id };
  }
  const all = 'allOf' in r;
  const before = all ? r.allOf : r.anyOf;
  const members = before.map((m) => mapRequirement(m, f)).filter((m): m is Requirement => m !== null);
  const [only] = members;
  if (only === undefined) return null;
  // A group that lost members down to one is that member.
  if (members.length === 1 && before.length > 1) return only;
  return all ? { allOf: members } : { anyOf: members };
}

const mentions = (r: Requirement | undefined, id: string): boolean => {
  if (r === undefined) return false;
  let found = false;
  mapRequirement(r, (x) => {
    if (x === id) found = true;
    return x;
  });
  return found;
};

/** The nodes whose requires or prefers name `id`. */
export function mentionsOf(file: CareerGraphFile, id: string): CareerNode[] {
  return file.nodes.filter((n) => n.id !== id && (mentions(n.requires, id) || mentions(n.prefers, id)));
}

function mapNodeRequirements(node: CareerNode, f: (id: string) => string | null): CareerNode {
  const out: CareerNode = { ...node };
  for (const key of ['requires', 'prefers'] as const) {
    const r = node[key];
    if (r === undefined) continue;
    const next = mapRequirement(r, f);
    if (next === null) delete out[key];
    else out[key] = next;
  }
  return out;
}

/** Deletes a node; `withMentions` also takes it out of every requirement that names it. */
export function deleteNode(file: CareerGraphFile, id: string, withMentions: boolean): CareerGraphFile {
  const nodes = file.nodes.filter((n) => n.id !== id);
  return {
    ...file,
    nodes: withMentions ? nodes.map((n) => mapNodeRequirements(n, (x) => (x === id ? null : x))) : nodes,
  };
}

/** A node's id changed: every requirement that named the old id names the new one. */
export function renameMentions(file: CareerGraphFile, from: string, to: string): CareerGraphFile {
  if (from === to) return file;
  return { ...file, nodes: file.nodes.map((n) => mapNodeRequirements(n, (x) => (x === from ? to : x))) };
}

/** A new graph to start from: one node, no sources. */
export function blankGraph(today: string): CareerGraphFile {
  return {
    format: 1,
    id: 'my-career-graph',
    title: 'My career graph',
    updated: today,
    currency: 'USD',
    sources: {},
    nodes: [{ id: 'first-step', kind: 'education', label: 'First step' }],
  };
}

/** The one node whose id differs between two versions of a graph (same place, same count), if any. */
export function renamedBetween(
  before: CareerGraphFile,
  after: CareerGraphFile,
): { from: string; to: string } | undefined {
  if (before.nodes.length !== after.nodes.length) return undefined;
  const changed = before.nodes
    .map((n, i) => ({ from: n.id, to: after.nodes[i]?.id ?? n.id }))
    .filter((p) => p.from !== p.to);
  return changed.length === 1 ? changed[0] : undefined;
}
