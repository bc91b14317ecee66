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
