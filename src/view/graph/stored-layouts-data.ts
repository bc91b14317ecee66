// The stored layouts themselves (graph-data/layouts/*.json, written by `npm run layout`), imported
// only by stored-layouts.ts, lazily, so they stay out of the initial code.

import type { StoredLayout } from './stored-layouts';

const files = import.meta.glob<StoredLayout>('../../../graph-data/layouts/*.json', {
  eager: true,
  import: 'default',
});

export const STORED_LAYOUTS: readonly StoredLayout[] = Object.values(files);
