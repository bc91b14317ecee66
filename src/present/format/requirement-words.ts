// A requirement tree in plain words: "one of: Bachelor's degree in HIM, Master's degree in HIM".
// Pure text so the details panel, the text view and a later handout all say the same thing.

import { isAllOf, isAnyOf, isExperience } from '../../domain/requirement';
import type { Requirement } from '../../domain/types';
import { formatYears } from './duration';

export type LabelOf = (id: string) => string;

function words(req: Requirement, labelOf: LabelOf, nested: boolean): string {
  if (typeof req === 'string') return labelOf(req);
  if (isExperience(req)) return `${formatYears(req.years)} as ${labelOf(req.experience)}`;
  const [kind, parts] = isAllOf(req)
    ? ['all of', req.allOf]
    : isAnyOf(req)
      ? ['one of', req.anyOf]
      : ['', []];
  // A group of one is just its member: "one of: X" reads oddly.
  if (parts.length === 1 && parts[0] !== undefined) return words(parts[0], labelOf, nested);
  const texts = parts.map((p) => words(p, labelOf, true));
  // Commas separate members unless a member has its own commas; then semicolons keep them apart.
  const inner = texts.join(texts.some((t) => t.includes(',')) ? '; ' : ', ');
  return nested ? `(${kind}: ${inner})` : `${kind}: ${inner}`;
}

/** The whole requirement in one line; `undefined` when there is none. */
export function describeRequirement(req: Requirement | undefined, labelOf: LabelOf): string | undefined {
  if (req === undefined) return undefined;
  return words(req, labelOf, false);
}
