// A graph's file text only when the validator accepts it, else the validator's problems. Apart from
// graph-file-text.ts, which the app loads at start-up, so writing a file's text loads no validator.

import type { CareerGraphFile } from '../domain/types';
import { graphFileText } from './graph-file-text';
import type { Problem } from './problem';
import { validateCareerGraph } from './validate';

/** The file text when the graph is valid; otherwise the validator's problems (nothing to download). */
export function checkedGraphFileText(
  file: CareerGraphFile,
): { ok: true; text: string } | { ok: false; problems: Problem[] } {
  const result = validateCareerGraph(file);
  return result.ok
    ? { ok: true, text: graphFileText(result.file) }
    : { ok: false, problems: result.problems };
}
