// The editor's requirement builder as a tree of groups and items, and its pure operations: add,
// remove, move, switch a group between all of / one of, and the conversion to and from the format.

import { isAllOf, isAnyOf, isExperience } from '../domain/requirement';
import type { Requirement } from '../domain/types';

export type GroupMode = 'allOf' | 'anyOf';

/** Every part has a `key` that survives moves and edits, so the view keeps focus on it. */
export type TreePart = NodeItem | ExperienceItem | TreeGroup;
export interface NodeItem {
  kind: 'node';
  key: string;
  /** '' until a node is picked. */
  id: string;
}
export interface ExperienceItem {
  kind: 'experience';
  key: string;
  /** The role id, '' until one is picked. */
  role: string;
  years: number;
}
export interface TreeGroup {
  kind: 'group';
  key: string;
  mode: GroupMode;
  parts: TreePart[];
}
/** Indices from the top group down to a part; [] is the top group itself. */
export type TreePath = readonly number[];

// Keys only need to differ within one tree; a counter is the simplest source.
let lastKey = 0;
const newKey = (): string => `part-${++lastKey}`;

export const nodeItem = (id = ''): NodeItem => ({ kind: 'node', key: newKey(), id });
export const experienceItem = (role = '', years = 1): ExperienceItem => ({
  kind: 'experience',
  key: newKey(),
  role,
  years,
});
export const group = (mode: GroupMode = 'allOf', parts: TreePart[] = []): TreeGroup => ({
  kind: 'group',
  key: newKey(),
  mode,
  parts,
});

function partOf(r: Requirement): TreePart {
  if (typeof r === 'string') return nodeItem(r);
  if (isExperience(r)) return experienceItem(r.experience, r.years);
  if (isAllOf(r)) return group('allOf', r.allOf.map(partOf));
  if (isAnyOf(r)) return group('anyOf', r.anyOf.map(partOf));
  return nodeItem('');
}

/**
 * The tree for a requirement. The top of the tree is always a group: a requirement that is one
 * node or one experience becomes an "all of" group holding it; no requirement is an empty one.
 */
export function treeOf(r: Requirement | undefined): TreeGroup {
  if (r === undefined) return group('allOf');
  const top = partOf(r);
  return top.kind === 'group' ? top : group('allOf', [top]);
}

function requirementOfPart(p: TreePart): Requirement | undefined {
  if (p.kind === 'node') return p.id.trim() === '' ? undefined : p.id;
  if (p.kind === 'experience')
    return p.role.trim() === '' ? undefined : { experience: p.role, years: p.years };
  const members = p.parts.map(requirementOfPart).filter((m): m is Requirement => m !== undefined);
  if (members.length === 0) return undefined;
  if (members.length === 1) return members[0];
  return p.mode === 'allOf' ? { allOf: members } : { anyOf: members };
}

/**
 * The requirement the tree says, normalised the way the builder tells the person: an empty group
 * and an item with nothing picked are left out, and a group of one item is that item. `undefined`
 * when nothing is left (the node has no requirement).
 */
export function requirementOf(tree: TreeGroup): Requirement | undefined {
  return requirementOfPart(tree);
}

export function partAt(tree: TreeGroup, path: TreePath): TreePart | undefined {
  let at: TreePart | undefined = tree;
  for (const i of path) at = at?.kind === 'group' ? at.parts[i] : undefined;
  return at;
}

/** How deep the tree nests, counted as the format counts: an item is 1, each group around it one more. */
export function depthOf(p: TreePart): number {
  return p.kind === 'group' ? 1 + Math.max(0, ...p.parts.map(depthOf)) : 1;
}

/** `tree` with the group at `path` replaced by `f(group)`; unchanged when `path` is not a group. */
function updateGroup(tree: TreeGroup, path: TreePath, f: (g: TreeGroup) => TreeGroup): TreeGroup {
  const [head, ...rest] = path;
  if (head === undefined) return f(tree);
  const child = tree.parts[head];
  if (child?.kind !== 'group') return tree;
  const next = updateGroup(child, rest, f);
  return next === child ? tree : { ...tree, parts: tree.parts.map((p, i) => (i === head ? next : p)) };
}

/** Adds `part` at the end of the group at `groupPath`. */
export function addPart(tree: TreeGroup, groupPath: TreePath, part: TreePart): TreeGroup {
  return updateGroup(tree, groupPath, (g) => ({ ...g, parts: [...g.parts, part] }));
}

/** Replaces the part at `path` (not the top group). */
export function replacePart(tree: TreeGroup, path: TreePath, part: TreePart): TreeGroup {
  const index = path[path.length - 1];
  if (index === undefined) return tree;
  return updateGroup(tree, path.slice(0, -1), (g) =>
    index < g.parts.length ? { ...g, parts: g.parts.map((p, i) => (i === index ? part : p)) } : g,
  );
}

/** Removes the part at `path` (the top group cannot be removed). */
export function removePart(tree: TreeGroup, path: TreePath): TreeGroup {
  const index = path[path.length - 1];
  if (index === undefined) return tree;
  return updateGroup(tree, path.slice(0, -1), (g) => ({
    ...g,
    parts: g.parts.filter((_, i) => i !== index),
  }));
}

/** Moves the part at `path` one place up (-1) or down (+1) in its group; unchanged at either end. */
export function movePart(tree: TreeGroup, path: TreePath, by: -1 | 1): TreeGroup {
  const index = path[path.length - 1];
  if (index === undefined) return tree;
  return updateGroup(tree, path.slice(0, -1), (g) => {
    const to = index + by;
    const a = g.parts[index];
    const b = g.parts[to];
    if (a === undefined || b === undefined) return g;
    const parts = [...g.parts];
    parts[index] = b;
    parts[to] = a;
    return { ...g, parts };
  });
}

/** Switches the group at `groupPath` between all of and one of. */
export function setMode(tree: TreeGroup, groupPath: TreePath, mode: GroupMode): TreeGroup {
  return updateGroup(tree, groupPath, (g) => (g.mode === mode ? g : { ...g, mode }));
}
