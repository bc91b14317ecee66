// The validator with its closest-id suggestions (fuse.js) bound in, for callers that check
// synchronously: `npm run validate`, the editor, spreadsheets. The app opens a person's own graph
// through load-own.ts instead, which loads fuse.js only when there is an unknown id.

import { closestIdHints } from './closest-ids';
import { type ValidationResult, validateWith } from './validate-core';

export type { ValidationResult } from './validate-core';

export function validateCareerGraph(raw: unknown): ValidationResult {
  return validateWith(raw, closestIdHints);
}
