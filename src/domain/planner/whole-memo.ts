// The last few whole problems built on a graph (buildWhole), kept by what was asked, so that the
// same question asked again (another objective, a repeated plan) skips the build while every node
// read for it still reads the same (problem.ts checks that).

import { currentWayLimit } from './compile';
import type { GraphIndex, RankedWays } from './graph-index';
import type { Problem, Question } from './problem';
import { newScratch, type Scratch } from './scratch';

/** Problems kept per graph index: a few questions (objectives, goals) asked in turn. */
export const WHOLE_MEMO_SIZE = 4;

/** A problem kept, with what it was built from. */
export interface Kept {
  key: string;
  /** Its working arrays are not handed out: each caller gets its own. */
  problem: Problem;
  /** The graph ranks of its real nodes, and each one's ranked ways then (by node index). */
  ranks: Int32Array;
  ranked: readonly RankedWays[];
  /** Ranks of the nodes its ways name that were left out for their region. */
  outside: readonly number[];
  /**
   * Working arrays a finished question handed back (see handBack), lent to the next caller: the
   * same question asked again (another objective, a repeated plan) then allocates none.
   */
  spare?: Scratch;
}

const perIndex = new WeakMap<GraphIndex, Kept[]>();
/** The kept entry of each kept problem, by its ids array (which the problems lent from it share). */
const byIds = new WeakMap<readonly string[], Kept>();

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

/**
 * The problem kept for this key if `stillSame` says its nodes still read the same: a new Problem
 * object over the same arrays (which no search writes) with working arrays of its own, so no two
 * callers share them.
 */
export function keptProblem(
  gi: GraphIndex,
  key: string,
  stillSame: (kept: Kept) => boolean,
): Problem | undefined {
  const entries = perIndex.get(gi);
  const at = entries?.findIndex((e) => e.key === key) ?? -1;
  const kept = entries?.[at];
  if (entries === undefined || kept === undefined) return undefined;
  entries.splice(at, 1);
  if (!stillSame(kept)) return undefined;
  entries.unshift(kept);
  const p = kept.problem;
  const scratch = kept.spare ?? newScratch(p.ids.length, p.wayOwner.length);
  kept.spare = undefined;
  return withScratch(p, scratch);
}

/**
 * Hands back the working arrays of a problem the caller is done with, when it is a kept one: the
 * next caller of the same question gets them (see Kept.spare). Only a question that ended
 * normally hands them back, so they are as every pass leaves them (see scratch.ts); after an
 * error the next caller gets new ones.
 */
export function handBack(p: Problem): void {
  const kept = byIds.get(p.ids);
  if (kept !== undefined && kept.spare === undefined && p.scratch.got.length === p.ids.length)
    kept.spare = p.scratch;
}

/**
 * A problem's arrays with these working arrays. Every Problem is made here, so all have one
 * shape (one hidden class): the searches' property reads stay monomorphic, kept problems too.
 */
export function withScratch(p: Omit<Problem, 'scratch'>, scratch: Scratch): Problem {
  return {
    ids: p.ids,
    real: p.real,
    index: p.index,
    goal: p.goal,
    months: p.months,
    cost: p.cost,
    wayStart: p.wayStart,
    wayOwner: p.wayOwner,
    wayLocal: p.wayLocal,
    wayBase: p.wayBase,
    condStart: p.condStart,
    condNode: p.condNode,
    condDelay: p.condDelay,
    condRaw: p.condRaw,
    userStart: p.userStart,
    userCond: p.userCond,
    condWay: p.condWay,
    scratch,
  };
}

/** Keeps a problem just built (the oldest of WHOLE_MEMO_SIZE goes). */
export function keepProblem(gi: GraphIndex, kept: Kept): void {
  let entries = perIndex.get(gi);
  if (entries === undefined) {
    entries = [];
    perIndex.set(gi, entries);
  }
  const entry: Kept = { ...kept, problem: withScratch(kept.problem, newScratch(0, 0)) };
  byIds.set(entry.problem.ids, entry);
  entries.unshift(entry);
  entries.length = Math.min(entries.length, WHOLE_MEMO_SIZE);
}
