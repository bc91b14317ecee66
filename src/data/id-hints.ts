// How the validator suggests the closest id for an unknown one, without loading the fuzzy search:
// it asks a `HintsFor` (fuse.js in closest-ids.ts) only when it meets an unknown id.

/** Hints for one list of ids: `; closest: "a", "b"`, or '' when nothing is close. */
export interface IdHints {
  hint(wanted: string): string;
}
export type HintsFor = (ids: readonly string[]) => IdHints;

/**
 * No suggestions, and a note of whether any were asked for (that is, whether an unknown id was
 * met): then the caller loads closest-ids.ts and checks again, with suggestions.
 */
export function askedForHints(): { hintsFor: HintsFor; asked: () => boolean } {
  let asked = false;
  const none: IdHints = {
    hint: () => {
      asked = true;
      return '';
    },
  };
  return { hintsFor: () => none, asked: () => asked };
}
