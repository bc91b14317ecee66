// Patterns of the format that code outside the validator checks too (a share link's region), kept
// apart from format-schema.ts so using one does not load zod.

/** A region code: a country or state code, optionally with a subdivision (`US`, `NJ`, `GB-SCT`). */
export const REGION_PATTERN = /^[A-Z][A-Z0-9]{1,2}(?:-[A-Z0-9]{1,3})?$/;
