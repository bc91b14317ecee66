// The app's Web Workers, made in one place. The one-file build (npm run build:single) swaps this
// module for app-workers.single.ts: a page opened from disk may start no worker (its CSP says
// worker-src 'none'), so there everything runs on the main thread.

/** Whether this build starts workers at all. */
export const WORKERS = typeof Worker !== 'undefined';

/** The layered-layout worker (src/view/graph/layout-worker.ts). */
export function layoutWorker(): Worker {
  return new Worker(new URL('./graph/layout-worker.ts', import.meta.url), { type: 'module' });
}

/** The graph-file checker (src/data/check-graph.worker.ts). */
export function checkGraphWorker(): Worker {
  return new Worker(new URL('../data/check-graph.worker.ts', import.meta.url), { type: 'module' });
}

/** The planner for big graphs (src/state/plan.worker.ts). */
export function planWorker(): Worker {
  return new Worker(new URL('../state/plan.worker.ts', import.meta.url), { type: 'module' });
}
