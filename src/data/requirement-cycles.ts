// Requirement cycles that no alternative avoids: the ids every way of meeting a requirement needs
// (all of them through allOf, the common ones through anyOf), and the strongly connected
// components of that "must have" graph, found without recursion (Tarjan's algorithm on a stack).

import type { Requirement } from '../domain/types';

/**
 * Ids that every way of meeting the requirement needs: allOf and experience add theirs, anyOf
 * keeps only what all its options need (`anyOf: ["rhit", "rhit"]` needs "rhit").
 */
export function mustHaveIds(req: Requirement | undefined): Set<string> {
  if (req === undefined) return new Set();
  if (typeof req === 'string') return new Set([req]);
  if ('experience' in req) return new Set([req.experience]);
  if ('allOf' in req) {
    const all = new Set<string>();
    for (const r of req.allOf) for (const id of mustHaveIds(r)) all.add(id);
    return all;
  }
  let common: Set<string> | undefined;
  for (const r of req.anyOf) {
    const ids = mustHaveIds(r);
    common = common === undefined ? ids : new Set([...common].filter((id) => ids.has(id)));
    if (common.size === 0) break;
  }
  return common ?? new Set();
}

/** Components of more than one node, or of one node with an edge to itself; in discovery order. */
export function cyclicComponents(edges: ReadonlyMap<string, readonly string[]>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const found: string[][] = [];
  let next = 0;
  for (const start of edges.keys()) {
    if (index.has(start)) continue;
    // Each frame: a node and how many of its successors have been looked at.
    const frames: { node: string; at: number }[] = [{ node: start, at: 0 }];
    index.set(start, next);
    low.set(start, next++);
    stack.push(start);
    onStack.add(start);
    while (frames.length > 0) {
      const frame = frames[frames.length - 1] as { node: string; at: number };
      const succ = edges.get(frame.node) ?? [];
      if (frame.at < succ.length) {
        const w = succ[frame.at++] as string;
        if (!index.has(w)) {
          index.set(w, next);
          low.set(w, next++);
          stack.push(w);
          onStack.add(w);
          frames.push({ node: w, at: 0 });
        } else if (onStack.has(w)) {
          low.set(frame.node, Math.min(low.get(frame.node) as number, index.get(w) as number));
        }
        continue;
      }
      frames.pop();
      const v = frame.node;
      const parent = frames[frames.length - 1];
      if (parent) low.set(parent.node, Math.min(low.get(parent.node) as number, low.get(v) as number));
      if (low.get(v) !== index.get(v)) continue;
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop() as string;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1 || succ.includes(v)) found.push(component);
    }
  }
  return found;
}

/** One cycle inside a component, from its smallest id, following the smallest next id; first repeated at the end. */
export function cycleIn(
  edges: ReadonlyMap<string, readonly string[]>,
  component: readonly string[],
): string[] {
  const inside = new Set(component);
  const start = [...component].sort()[0] as string;
  const seen = new Map<string, number>();
  const walk: string[] = [];
  let at = start;
  while (!seen.has(at)) {
    seen.set(at, walk.length);
    walk.push(at);
    const nextId = (edges.get(at) ?? []).filter((n) => inside.has(n)).sort()[0];
    if (nextId === undefined) break;
    at = nextId;
  }
  return [...walk.slice(seen.get(at) ?? 0), at];
}
