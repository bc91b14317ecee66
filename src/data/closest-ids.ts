// Suggestions for a mistyped id: the existing ids that look most like it (fuzzy, via fuse.js).

import Fuse from 'fuse.js';

/** Up to `limit` ids closest to `wanted`, best first; ties keep the order of `ids`. */
export function closestIds(wanted: string, ids: readonly string[], limit = 3): string[] {
  const fuse = new Fuse(ids as string[], { includeScore: true, threshold: 0.4, ignoreLocation: true });
  return fuse
    .search(wanted, { limit })
    .map((r) => r.item)
    .slice(0, limit);
}

/** `; closest: "a", "b"` or '' when nothing is close. */
export function closestHint(wanted: string, ids: readonly string[]): string {
  const close = closestIds(wanted, ids);
  return close.length ? `; closest: ${close.map((c) => `"${c}"`).join(', ')}` : '';
}
