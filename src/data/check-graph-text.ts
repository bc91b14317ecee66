// Checking a graph file's text off the main thread: the worker's message types, and the checks it
// runs (the same validator as `npm run validate`), reporting each stage as it starts.

import type { CareerGraphFile } from '../domain/types';
import { loadOwnGraph } from './load-own';

export type CheckStage = 'parsing' | 'validating' | 'done';
export interface CheckRequest {
  text: string;
  fileName: string;
}
export type CheckMessage =
  | { type: 'progress'; stage: CheckStage }
  | { type: 'result'; ok: true; file: CareerGraphFile }
  | { type: 'result'; ok: false; problems: string[]; total: number };

/** Runs the validator and says what it is doing; the domain graph is rebuilt by the receiver. */
export async function checkGraphText(
  request: CheckRequest,
  report: (m: CheckMessage) => void,
): Promise<void> {
  report({ type: 'progress', stage: 'validating' });
  const result = await loadOwnGraph(request.text, request.fileName);
  report({ type: 'progress', stage: 'done' });
  if (result.ok) report({ type: 'result', ok: true, file: result.file });
  else report({ type: 'result', ok: false, problems: result.problems, total: result.total });
}
