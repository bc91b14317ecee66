// Requirement trees: walking them, the ids they mention, and how each id is needed.
// Pure functions over the format's `Requirement` type.

import type { AllOf, AnyOf, Experience, Requirement } from './types';

export const isAllOf = (r: Requirement): r is AllOf => typeof r === 'object' && 'allOf' in r;
export const isAnyOf = (r: Requirement): r is AnyOf => typeof r === 'object' && 'anyOf' in r;
export const isExperience = (r: Requirement): r is Experience => typeof r === 'object' && 'experience' in r;

/** How a prerequisite is needed, which is what its derived edge is labelled with. */
export type NeedType = 'allOf' | 'anyOf' | 'experience';

export interface RequirementLeaf {
  id: string;
  need: NeedType;
  /** Years, for experience leaves. */
  years?: number;
  /** Path of the leaf inside the requirement, e.g. `anyOf[1].allOf[0]`; '' for the root. */
  path: string;
}

/**
 * Every node id mentioned in a requirement, with how it is needed: an id directly under an
 * `anyOf` is one of several alternatives; an experience leaf needs years in a role; any other id
 * (the root, or under an `allOf`) is needed outright.
 */
export function requirementLeaves(req: Requirement | undefined): RequirementLeaf[] {
  const leaves: RequirementLeaf[] = [];
  const walk = (r: Requirement, parent: NeedType, path: string): void => {
    if (typeof r === 'string') {
      leaves.push({ id: r, need: parent, path });
    } else if (isExperience(r)) {
      leaves.push({ id: r.experience, need: 'experience', years: r.years, path });
    } else if (isAllOf(r)) {
      r.allOf.forEach((c, i) => {
        walk(c, 'allOf', `${path ? `${path}.` : ''}allOf[${i}]`);
      });
    } else if (isAnyOf(r)) {
      r.anyOf.forEach((c, i) => {
        walk(c, 'anyOf', `${path ? `${path}.` : ''}anyOf[${i}]`);
      });
    }
  };
  if (req !== undefined) walk(req, 'allOf', '');
  return leaves;
}

/** The distinct node ids a requirement mentions, in order of first mention. */
export function requirementIds(req: Requirement | undefined): string[] {
  return [...new Set(requirementLeaves(req).map((l) => l.id))];
}

/**
 * Ids that every way of meeting the requirement needs (reached through `allOf` and experience
 * only). A cycle made of these links can never be met.
 */
export function strictlyRequiredIds(req: Requirement | undefined): string[] {
  const ids: string[] = [];
  const walk = (r: Requirement): void => {
    if (typeof r === 'string') ids.push(r);
    else if (isExperience(r)) ids.push(r.experience);
    else if (isAllOf(r)) r.allOf.forEach(walk);
    else if (isAnyOf(r) && r.anyOf.length === 1 && r.anyOf[0] !== undefined) walk(r.anyOf[0]);
  };
  if (req !== undefined) walk(req);
  return [...new Set(ids)];
}
