// Why no plan exists: the requirement that cannot be met and what blocks it (a region, a
// requirement cycle, a one-of with no alternatives), in plain words.

import type { CareerGraph } from '../career-graph';
import { isAllOf, isAnyOf, isExperience } from '../requirement';
import type { Requirement } from '../types';
import type { Question } from './problem';
import { inRegion } from './problem';
import type { Blocker } from './types';

/** `obtainable(id)` says whether the node can be held at some point (held, or derivable). */
export function explainUnreachable(
  graph: CareerGraph,
  q: Question,
  goal: string,
  obtainable: (id: string) => boolean,
): { reason: string; blockers: Blocker[] } {
  const label = (id: string): string => graph.getNodeAttributes(id).label;
  const requirementOf = (id: string): Requirement | undefined => {
    const node = graph.getNodeAttributes(id);
    if (q.includePreferred && node.prefers !== undefined) {
      return node.requires === undefined ? node.prefers : { allOf: [node.requires, node.prefers] };
    }
    return node.requires;
  };
  const met = (r: Requirement): boolean => {
    if (typeof r === 'string') return obtainable(r);
    if (isExperience(r)) return obtainable(r.experience);
    if (isAllOf(r)) return r.allOf.every(met);
    if (isAnyOf(r)) return r.anyOf.some(met);
    return false;
  };
  const phrase = (r: Requirement): string => {
    if (typeof r === 'string') return label(r);
    if (isExperience(r)) return `${r.years} year${r.years === 1 ? '' : 's'} as ${label(r.experience)}`;
    if (isAllOf(r))
      return r.allOf.length === 1 && r.allOf[0] !== undefined
        ? phrase(r.allOf[0])
        : `all of (${r.allOf.map(phrase).join('; ')})`;
    if (isAnyOf(r)) return `one of (${r.anyOf.map(phrase).join('; ')})`;
    return '?';
  };
  /** The smallest parts of a requirement that fail: under all-of the failing children, under one-of all of them. */
  const failing = (r: Requirement): Requirement[] => {
    if (met(r)) return [];
    if (isAllOf(r)) return r.allOf.flatMap(failing);
    return [r];
  };

  const blockers: Blocker[] = [];
  const explained = new Set<string>();
  const ids = (r: Requirement): string[] => {
    if (typeof r === 'string') return [r];
    if (isExperience(r)) return [r.experience];
    if (isAllOf(r)) return r.allOf.flatMap(ids);
    if (isAnyOf(r)) return r.anyOf.flatMap(ids);
    return [];
  };
  // Depth first from the goal through what fails, on an explicit stack (chains can be long).
  type Action = { blocker: Blocker } | { next: string };
  interface Frame {
    actions: Action[];
    at: number;
  }
  const path: string[] = [];
  const onPath = new Set<string>();
  const frames: Frame[] = [];
  /** Starts explaining `id`: records what blocks it now, or opens a frame for its failing parts. */
  const enter = (id: string): void => {
    if (onPath.has(id)) {
      const cycle = [...path.slice(path.indexOf(id)), id];
      blockers.push({
        node: id,
        why: 'cycle',
        detail: `requirement cycle: ${cycle.map(label).join(' needs ')}, and nothing outside the cycle opens it`,
      });
      return;
    }
    if (explained.has(id) || q.held.has(id)) return;
    explained.add(id);
    const node = graph.getNodeAttributes(id);
    if (!inRegion(graph, id, q.region)) {
      blockers.push({
        node: id,
        why: 'region',
        detail: `${node.label} is offered only in: ${(node.regions ?? []).join(', ')} (you chose ${q.region})`,
      });
      return;
    }
    const req = requirementOf(id);
    if (req === undefined) return;
    const actions: Action[] = [];
    for (const part of failing(req)) {
      if (isAnyOf(part) && part.anyOf.length === 0) {
        actions.push({
          blocker: { node: id, why: 'unobtainable', detail: `${node.label} needs one of an empty list` },
        });
      }
      for (const next of ids(part)) actions.push({ next });
    }
    path.push(id);
    onPath.add(id);
    frames.push({ actions, at: 0 });
  };
  enter(goal);
  while (frames.length > 0) {
    const frame = frames[frames.length - 1] as Frame;
    const action = frame.actions[frame.at++];
    if (action === undefined) {
      frames.pop();
      onPath.delete(path.pop() ?? '');
      continue;
    }
    if ('blocker' in action) blockers.push(action.blocker);
    else if (!obtainable(action.next) || onPath.has(action.next)) enter(action.next);
  }

  const goalReq = requirementOf(goal);
  const needs =
    inRegion(graph, goal, q.region) && goalReq !== undefined
      ? `${label(goal)} needs ${failing(goalReq).map(phrase).join(' and ')}, which cannot be met: `
      : '';
  const said = new Set<string>();
  const unique = blockers.filter((b) => !said.has(b.detail) && said.add(b.detail) !== undefined);
  return {
    reason: `No plan reaches ${label(goal)}. ${needs}${unique.map((b) => b.detail).join('; ')}.`,
    blockers: unique,
  };
}
