// What a node requires, in the words every panel uses: the requirement, "open to anyone" only when
// the data says so, and "eligibility not known" when no source gives the rules.

import type { CareerNode } from '../domain/types';
import { describeRequirement, type LabelOf } from './format/requirement-words';
import { UNKNOWN_WORDS } from './plan-words';

export const OPEN_TO_ANYONE = 'Nothing: open to anyone.';

/** "One of: ….", "Nothing: open to anyone.", or "Eligibility not known — check with the issuer.": a sentence. */
export function requiresWords(
  node: Pick<CareerNode, 'requires' | 'requiresKnown'>,
  labelOf: LabelOf,
): string {
  const known = describeRequirement(node.requires, labelOf);
  if (node.requiresKnown === false) {
    const unknown = `${UNKNOWN_WORDS.eligibility}.`;
    return known ? `${known}; other rules not known. ${unknown}` : unknown;
  }
  return known ? `${known}.` : OPEN_TO_ANYONE;
}
