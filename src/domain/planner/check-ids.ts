// The first check of every planning question: each id it names is a node of the graph.

import type { CareerGraph } from '../career-graph';
import type { Situation } from '../types';
import { UnknownNodeError } from './types';

/** Throws UnknownNodeError for the first id in the question that is not in the graph. */
export function checkIds(graph: CareerGraph, situation: Situation, goal?: string): void {
  if (goal !== undefined && !graph.hasNode(goal)) throw new UnknownNodeError(goal, 'goal');
  for (const id of situation.holds) if (!graph.hasNode(id)) throw new UnknownNodeError(id, 'holds');
  for (const id of Object.keys(situation.years ?? {})) {
    if (!graph.hasNode(id)) throw new UnknownNodeError(id, 'years');
  }
}
