// app-workers.ts for the one-file build: no workers (nothing beside the file, worker-src 'none').
// The callers check WORKERS first and run the same code on the main thread.

export const WORKERS = false;

function none(): never {
  throw new Error('app-workers: the one-file build starts no workers');
}

export const layoutWorker: () => Worker = none;
export const checkGraphWorker: () => Worker = none;
export const planWorker: () => Worker = none;
