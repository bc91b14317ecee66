// What of the address is the app's own: the query (the view) and a graph carried in the fragment
// (`#graph-file=…`, graph-fragment.ts). An in-page anchor's fragment ("#situation", from the skip
// link) is not: the address the app writes and every link it copies leave it out.

/** The fragment's key for a whole graph file in a link (read by graph-fragment.ts). */
export const FRAGMENT_KEY = 'graph-file';

/** `hash` when it carries a graph, else '' (an anchor's "#situation" is no part of a link). */
export function appFragment(hash: string): string {
  return new URLSearchParams(hash.replace(/^#/, '')).has(FRAGMENT_KEY) ? hash : '';
}

/** The link to this view: the address without a fragment that is not the app's. */
export function linkTo(location: Pick<Location, 'origin' | 'pathname' | 'search' | 'hash'>): string {
  return `${location.origin}${location.pathname}${location.search}${appFragment(location.hash)}`;
}
