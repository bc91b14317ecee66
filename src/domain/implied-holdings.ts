// What holding a node necessarily implies: the nodes every way of meeting its requirement needs.
// Someone who holds a role got past its prerequisites (a working technician has the diploma).

import type { CareerGraph } from './career-graph';
import { isAllOf, isAnyOf, isExperience } from './requirement';
import type { Requirement } from './types';

/**
 * A node counted as held because of something the person holds: `id` is needed by every way of
 * obtaining `because` (the first held node, in the person's order, that needs it).
 */
export interface ImpliedHolding {
  id: string;
  because: string;
}

/** A set of node indices as bits (graph order), so unions and intersections are word-wise. */
type Bits = Uint32Array;

const WORD = 32;

function bitsWith(size: number, index: number): Bits {
  const bits = new Uint32Array(Math.ceil(size / WORD));
  bits[index >>> 5] = 1 << (index & 31);
  return bits;
}

/**
 * necessary(string or experience of r) = necessary(r); necessary(allOf) = union of the children's;
 * necessary(anyOf) = intersection of the children's (empty for an empty anyOf); a node's own
 * necessary set is itself plus its requirement's. Recursion here follows one requirement's nesting,
 * which the format limits (MAX_REQUIREMENT_DEPTH), never the graph.
 */
function requirementBits(req: Requirement, words: number, bitsOf: (id: string) => Bits | null): Bits {
  if (typeof req === 'string' || isExperience(req)) {
    return bitsOf(typeof req === 'string' ? req : req.experience) ?? new Uint32Array(words);
  }
  if (isAllOf(req)) {
    const out = new Uint32Array(words);
    for (const child of req.allOf) {
      const b = requirementBits(child, words, bitsOf);
      for (let w = 0; w < words; w++) out[w] = (out[w] as number) | (b[w] as number);
    }
    return out;
  }
  if (isAnyOf(req) && req.anyOf.length > 0) {
    const [first, ...rest] = req.anyOf;
    const out = Uint32Array.from(requirementBits(first as Requirement, words, bitsOf));
    for (const child of rest) {
      const b = requirementBits(child, words, bitsOf);
      for (let w = 0; w < words; w++) out[w] = (out[w] as number) & (b[w] as number);
    }
    return out;
  }
  return new Uint32Array(words);
}

/**
 * The nodes every way of obtaining `root` needs (not `root` itself), in graph order. Walked with an
 * explicit stack, so a chain of any length never deepens the call stack. A requirement cycle is
 * cut where it closes: the node met again counts as needing only itself there, which can only
 * leave things out (every set is built by union and intersection, both monotone), never add a
 * node that is not needed. The same graph and root always give the same answer.
 */
export function necessaryFor(graph: CareerGraph, root: string): string[] {
  if (!graph.hasNode(root)) return [];
  const ids = graph.nodes();
  const indexOf = new Map(ids.map((id, i) => [id, i]));
  const words = Math.ceil(ids.length / WORD);
  const done = new Map<string, Bits>();
  const open = new Set<string>();
  const bitsOf = (id: string): Bits | null => {
    const known = done.get(id);
    if (known) return known;
    const i = indexOf.get(id);
    // On the walk's path (a cycle): itself only. Not a node: nothing (the validator names it).
    return i !== undefined && open.has(id) ? bitsWith(ids.length, i) : null;
  };
  const stack = [root];
  while (stack.length > 0) {
    const id = stack[stack.length - 1] as string;
    if (done.has(id)) {
      stack.pop();
    } else if (!open.has(id)) {
      open.add(id);
      const requires = graph.getNodeAttribute(id, 'requires');
      const deps = requires === undefined ? [] : requirementNodes(requires);
      for (let k = deps.length - 1; k >= 0; k--) {
        const dep = deps[k] as string;
        if (graph.hasNode(dep) && !done.has(dep) && !open.has(dep)) stack.push(dep);
      }
    } else {
      stack.pop();
      const requires = graph.getNodeAttribute(id, 'requires');
      // A copy: a lone id's requirement hands back that node's own (memoised) set.
      const bits =
        requires === undefined
          ? new Uint32Array(words)
          : Uint32Array.from(requirementBits(requires, words, bitsOf));
      const i = indexOf.get(id) as number;
      bits[i >>> 5] = (bits[i >>> 5] as number) | (1 << (i & 31));
      open.delete(id);
      done.set(id, bits);
    }
  }
  const bits = done.get(root) as Bits;
  return ids.filter((id, i) => id !== root && ((bits[i >>> 5] as number) & (1 << (i & 31))) !== 0);
}

/** The node ids a requirement mentions (strings and experience roles), in order. */
function requirementNodes(req: Requirement): string[] {
  const out: string[] = [];
  const stack: Requirement[] = [req];
  while (stack.length > 0) {
    const r = stack.pop() as Requirement;
    if (typeof r === 'string') out.push(r);
    else if (isExperience(r)) out.push(r.experience);
    else if (isAllOf(r)) for (let k = r.allOf.length - 1; k >= 0; k--) stack.push(r.allOf[k] as Requirement);
    else if (isAnyOf(r)) for (let k = r.anyOf.length - 1; k >= 0; k--) stack.push(r.anyOf[k] as Requirement);
  }
  return out;
}

/**
 * What holding `holds` implies beyond them: each needed node not already held, once, credited to
 * the first held node (in the person's order) that needs it; ordered by that node, then graph
 * order. Held ids that are not nodes imply nothing (the planner reports them).
 */
export function impliedHoldings(graph: CareerGraph, holds: readonly string[]): ImpliedHolding[] {
  const held = new Set(holds);
  const seen = new Set<string>();
  const out: ImpliedHolding[] = [];
  for (const because of holds) {
    for (const id of necessaryFor(graph, because)) {
      if (held.has(id) || seen.has(id)) continue;
      seen.add(id);
      out.push({ id, because });
    }
  }
  return out;
}
