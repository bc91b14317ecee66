// What the person holds, in the words the handout and the slides both use: "Medical records
// technician, 2 yr" (the years are part of the fact: a plan's waits count from them).

import { ownValue } from '../domain/own-key';
import type { Situation } from '../domain/types';
import { formatYears } from './format/duration';

/** One phrase per thing held, years included where given. */
export function heldWords(
  situation: Pick<Situation, 'holds' | 'years'>,
  labelOf: (id: string) => string,
): string[] {
  return situation.holds.map((id) => {
    const years = ownValue(situation.years, id);
    return years ? `${labelOf(id)}, ${formatYears(years)}` : labelOf(id);
  });
}

/** What holding one node counts as already done, in words and as the ids to link. */
export interface ImpliedGroup {
  because: string;
  ids: string[];
  /** "Counted as already done because you hold Health Information Technician: High school diploma". */
  text: string;
  /** The same up to the colon, for a rendering that links each node after it. */
  lead: string;
}

/** The implied holdings grouped by the held node that implies them, in the order given. */
export function impliedWords(
  implied: readonly { id: string; because: string }[],
  labelOf: (id: string) => string,
): ImpliedGroup[] {
  const groups = new Map<string, string[]>();
  for (const { id, because } of implied) groups.set(because, [...(groups.get(because) ?? []), id]);
  return [...groups].map(([because, ids]) => {
    const lead = `Counted as already done because you hold ${labelOf(because)}`;
    return { because, ids, lead, text: `${lead}: ${ids.map(labelOf).join(', ')}` };
  });
}
