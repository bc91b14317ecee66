// The last few whole problems built on a graph (buildWhole), kept by what was asked, so that the same
// question asked again (another objective, a repeated plan) skips the build: used only while every node read for it still reads the same.

import type { CareerGraph } from '../career-graph';
import type { CareerNode, Requirement } from '../types';
import { currentWayLimit } from './compile';
import type { GraphIndex } from './graph-index';
import type { Problem, Question } from './problem';
import { newScratch } from './scratch';

/** Problems kept per graph index: a few questions (objectives, goals) asked in turn. */
export const WHOLE_MEMO_SIZE = 4;

/** What building a problem read of each node it looked at, to see whether a node still reads so. */
export interface NodeReads {
  /** Ranks of the nodes read: the problem's nodes and those left out for their region. */
  ranks: number[];
  requires: (Requirement | undefined)[];
  prefers: (Requirement | undefined)[];
  months: (number | undefined)[];
  cost: (number | undefined)[];
  kind: string[];
  /** A copy of each node's regions (the node's own array could be edited in place). */
  regions: (string[] | undefined)[];
}

interface Entry {
  key: string;
  reads: NodeReads;
  problem: Problem;
}

const perIndex = new WeakMap<GraphIndex, Entry[]>();

/** The question's content, as one string: two questions with the same key build the same problem. */
export function questionKey(q: Question, goal: string): string {
  return JSON.stringify([
    goal,
    q.includePreferred,
    q.region ?? null,
    q.pace ?? null,
    currentWayLimit(),
    [...q.held].sort(),
    [...q.years].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)),
  ]);
}

export function newReads(): NodeReads {
  return { ranks: [], requires: [], prefers: [], months: [], cost: [], kind: [], regions: [] };
}

/** Notes what a build reads of `node`, of rank `r`. */
export function noteRead(reads: NodeReads, r: number, node: CareerNode, includePreferred: boolean): void {
  reads.ranks.push(r);
  reads.requires.push(node.requires);
  reads.prefers.push(includePreferred ? node.prefers : undefined);
  reads.months.push(node.months);
  reads.cost.push(node.cost);
  reads.kind.push(node.kind);
  reads.regions.push(node.regions?.slice());
}

function sameRegions(a: readonly string[] | undefined, b: readonly string[] | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Whether every node read still reads the same (the index being the same, its nodes are). */
function stillReads(graph: CareerGraph, gi: GraphIndex, q: Question, reads: NodeReads): boolean {
  const { ranks } = reads;
  for (let i = 0; i < ranks.length; i++) {
    const node = graph.getNodeAttributes(gi.ids[ranks[i] as number] as string);
    if (
      node.requires !== reads.requires[i] ||
      (q.includePreferred ? node.prefers : undefined) !== reads.prefers[i] ||
      node.months !== reads.months[i] ||
      node.cost !== reads.cost[i] ||
      node.kind !== reads.kind[i] ||
      !sameRegions(node.regions, reads.regions[i])
    ) {
      return false;
    }
  }
  return true;
}

/**
 * The problem kept for this key, if its nodes still read the same: a new Problem object over the
 * same arrays (which no search writes) with working arrays of its own, so no two calls share them.
 */
export function keptProblem(
  graph: CareerGraph,
  gi: GraphIndex,
  q: Question,
  key: string,
): Problem | undefined {
  const entries = perIndex.get(gi);
  if (entries === undefined) return undefined;
  const at = entries.findIndex((e) => e.key === key);
  const entry = entries[at];
  if (entry === undefined) return undefined;
  entries.splice(at, 1);
  if (!stillReads(graph, gi, q, entry.reads)) return undefined;
  entries.unshift(entry);
  const p = entry.problem;
  return { ...p, scratch: newScratch(p.ids.length, p.wayOwner.length) };
}

/** Keeps `problem` for this key (the oldest of WHOLE_MEMO_SIZE goes), returning it to its caller as is. */
export function keepProblem(gi: GraphIndex, key: string, reads: NodeReads, problem: Problem): void {
  let entries = perIndex.get(gi);
  if (entries === undefined) {
    entries = [];
    perIndex.set(gi, entries);
  }
  entries.unshift({ key, reads, problem: { ...problem, scratch: newScratch(0, 0) } });
  entries.length = Math.min(entries.length, WHOLE_MEMO_SIZE);
}
