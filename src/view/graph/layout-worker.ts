// Web Worker that lays out big graphs off the main thread: receives a LayoutInput, reports
// progress, and posts the positions back as plain [id, x, y] rows.

import { type LayoutInput, layoutPositions } from './layered-layout';

export type LayoutReply =
  | { kind: 'progress'; done: number }
  | { kind: 'done'; positions: [string, number, number][] };

self.onmessage = (e: MessageEvent<LayoutInput>) => {
  const reply = (m: LayoutReply) => self.postMessage(m);
  const positions = layoutPositions(e.data, (done) => reply({ kind: 'progress', done }));
  reply({ kind: 'done', positions: [...positions].map(([id, p]) => [id, p.x, p.y]) });
};
