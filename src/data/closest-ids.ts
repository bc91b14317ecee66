// Suggestions for a mistyped id: the existing ids that look most like it (fuzzy, via fuse.js).
// One index per list of ids, built on first use, and a cap on how many ids get suggestions.

import Fuse from 'fuse.js';
import type { HintsFor } from './id-hints';
import { MAX_SUGGESTED_IDS } from './limits';

/** Longer "ids" are surely not typos of an id; fuzzy search on them is slow. */
const MAX_WANTED_LENGTH = 64;
const OPTIONS = { includeScore: true, threshold: 0.4, ignoreLocation: true };

/** Up to `limit` ids closest to `wanted`, best first; ties keep the order of `ids`. */
export function closestIds(wanted: string, ids: readonly string[], limit = 3): string[] {
  if (wanted.length > MAX_WANTED_LENGTH) return [];
  const fuse = new Fuse(ids as string[], OPTIONS);
  return fuse
    .search(wanted, { limit })
    .map((r) => r.item)
    .slice(0, limit);
}

/** `; closest: "a", "b"` or '' when nothing is close. */
function hintText(close: readonly string[]): string {
  return close.length ? `; closest: ${close.map((c) => `"${c}"`).join(', ')}` : '';
}

/** `; closest: "a", "b"` or '' when nothing is close. */
export function closestHint(wanted: string, ids: readonly string[]): string {
  return hintText(closestIds(wanted, ids));
}

/**
 * Hints for many unknown ids against one list: one fuse.js index for all of them, and only the
 * first `limit` distinct unknown ids get a search (the rest get no hint), so 5,000 typos cost
 * no more than 50.
 */
export class IdSuggester {
  private fuse: Fuse<string> | undefined;
  private readonly hints = new Map<string, string>();

  constructor(
    private readonly ids: readonly string[],
    private readonly limit = MAX_SUGGESTED_IDS,
  ) {}

  /** `; closest: "a", "b"`, or '' when nothing is close or the cap is reached. */
  hint(wanted: string): string {
    const known = this.hints.get(wanted);
    if (known !== undefined) return known;
    if (this.hints.size >= this.limit || wanted.length > MAX_WANTED_LENGTH) return '';
    this.fuse ??= new Fuse(this.ids as string[], OPTIONS);
    const hint = hintText(
      this.fuse
        .search(wanted, { limit: 3 })
        .map((r) => r.item)
        .slice(0, 3),
    );
    this.hints.set(wanted, hint);
    return hint;
  }
}

/** The validator's suggestions (src/data/id-hints.ts): one IdSuggester per list of ids. */
export const closestIdHints: HintsFor = (ids) => new IdSuggester(ids);
