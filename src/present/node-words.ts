// What a node requires, leads to and takes, in the words the details panel and the text view both
// use: "open to anyone" only when the data says so, "eligibility not known" when no source gives the rules.

import type { CareerGraph } from '../domain/career-graph';
import type { CareerNode } from '../domain/types';
import { describeMonths, formatYears } from './format/duration';
import { describeCost } from './format/money';
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

/** "3 mo, fee not known", "2 yr, $8,100": what obtaining the node takes. */
export function obtainWords(
  node: Pick<CareerNode, 'months' | 'monthsKnown' | 'cost' | 'costKnown'>,
  currency: string,
): string {
  return `${describeMonths(node.months ?? 0, node.monthsKnown === false ? 1 : 0)}, ${describeCost(node.cost ?? 0, node.costKnown === false ? 1 : 0, currency)}`;
}

/**
 * What a next step takes, after its kind ("Role · …"): a role whose requirements are met and that
 * asks no time or fee is open now ("no time or fee given" read as missing data); otherwise
 * "3 mo · fee not known".
 */
export function reachWords(
  node: Pick<CareerNode, 'kind' | 'monthsKnown' | 'costKnown'> | undefined,
  reach: { months: number; cost: number },
  currency: string,
): string {
  const monthsUnknown = node?.monthsKnown === false ? 1 : 0;
  const costUnknown = node?.costKnown === false ? 1 : 0;
  if (reach.months < 0.5 && reach.cost === 0 && !monthsUnknown && !costUnknown)
    return (node?.kind ?? 'role') === 'role' ? 'you qualify now' : 'no time or fee given';
  return `${describeMonths(reach.months, monthsUnknown)} \u00b7 ${describeCost(reach.cost, costUnknown, currency)}`;
}

/**
 * What the node leads to, one row per target: a node can need this one in several of its options
 * (CCS names medical coder in four), so the ways are merged into one phrase, and the target id is
 * a unique key (repeated keys made React keep rows of the previously selected node).
 */
export function leadsTo(graph: CareerGraph, id: string): { id: string; label: string; how: string }[] {
  const byTarget = new Map<string, { plain: Set<string>; years: Set<number> }>();
  graph.forEachOutEdge(id, (_key, attrs, _s, target) => {
    let entry = byTarget.get(target);
    if (!entry) {
      entry = { plain: new Set(), years: new Set() };
      byTarget.set(target, entry);
    }
    if (attrs.type === 'experience') entry.years.add(attrs.years ?? 0);
    else
      entry.plain.add(
        attrs.type === 'preferred'
          ? 'preferred for'
          : attrs.type === 'anyOf'
            ? 'one option for'
            : 'required for',
      );
  });
  const ORDER = ['required for', 'one option for', 'preferred for'];
  return [...byTarget]
    .map(([target, { plain, years }]) => {
      const ways = ORDER.filter((w) => plain.has(w));
      if (years.size > 0) {
        const ys = [...years].sort((a, b) => a - b).map((y) => formatYears(y).replace(/ yr$/, ''));
        ways.push(`${ys.join(' or ')} yr of it needed for`);
      }
      return { id: target, label: graph.getNodeAttribute(target, 'label'), how: ways.join(', or ') };
    })
    .sort((a, b) => a.label.localeCompare(b.label));
}
