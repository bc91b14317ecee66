// The format's stated limits (documented in graph-data/README.md, "Limits"): values beyond them are
// problems, so every file the validator accepts plans with finite totals and no deep recursion.

/** Requirements nest at most this many levels (a bare id is 1, { "allOf": [id] } is 2). */
export const MAX_REQUIREMENT_DEPTH = 32;
/** `months` of one node: 50 years. */
export const MAX_MONTHS = 600;
/** `years` of experience in one requirement: a whole working life. */
export const MAX_YEARS = 80;
/** `cost` of one node and every salary figure, in the file's currency. */
export const MAX_MONEY = 10_000_000;
/** `growthPercent` of an outlook lies between these. */
export const MIN_GROWTH_PERCENT = -100;
export const MAX_GROWTH_PERCENT = 1000;
/** A source URL is at most this long. */
export const MAX_URL_LENGTH = 2000;
/** At most this many problems are listed for one file, then "…and N more problems". */
export const MAX_LISTED_PROBLEMS = 1000;
/** Unknown ids after this many get no "closest:" suggestion (each costs a fuzzy search). */
export const MAX_SUGGESTED_IDS = 50;
/** A requirement (or preference) mentions at most this many terms (ids, groups, experiences). */
export const MAX_REQUIREMENT_TERMS = 50_000;
/** A node's `regions` and `sources`, and its `codes` and `salaryByRegion` maps, hold at most this many entries. */
export const MAX_NODE_LIST = 1000;
/** Larger files are refused before parsing: a career lattice of 20,000 nodes is ~10 MB. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;
