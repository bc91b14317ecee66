// The Web Worker that validates an opened graph file, so a large file never freezes the page.
// It answers each request with progress messages, then one result (see check-graph-text.ts).

import { type CheckMessage, type CheckRequest, checkGraphText } from './check-graph-text';

const scope = self as unknown as { postMessage(m: CheckMessage): void };

self.onmessage = async (e: MessageEvent<CheckRequest>) => {
  try {
    await checkGraphText(e.data, (m) => scope.postMessage(m));
  } catch (error) {
    const message: CheckMessage = {
      type: 'result',
      ok: false,
      problems: [
        `${e.data.fileName}: $: the file could not be checked: ${error instanceof Error ? error.message : String(error)}`,
      ],
      total: 1,
    };
    scope.postMessage(message);
  }
};
