// One-time messages as typed values (what happened, with the items it concerns), and the words
// for each. Lists are capped, so a link naming 10,000 unknown ids gives a short notice.

export type Notice =
  /** The stored situation is not JSON or not an object; the text was kept aside under `keptAs`. */
  | { kind: 'stored-unreadable'; why: string; keptAs: string | null }
  /** Parts of the stored situation (of this or another version) could not be read and were left out. */
  | { kind: 'stored-partial'; dropped: string[] }
  /** Saved ids or a region this career graph does not have. */
  | { kind: 'saved-ids-dropped'; dropped: string[] }
  /** Parts of a share link that could not be used. */
  | { kind: 'link-ignored'; ignored: string[] }
  /** The view comes from a share link, and the person has a saved situation it leaves untouched. */
  | { kind: 'link-shown' }
  /** A situation replaced by a changed link view is kept; the person can go back to it. */
  | { kind: 'earlier-kept' }
  /** Saving failed (full or disabled storage); the state stays in memory. */
  | { kind: 'save-failed'; why: string };

export type NoticeKind = Notice['kind'];

/** A notice as the store holds it: an id to dismiss it by. */
export interface NoticeEntry {
  id: number;
  notice: Notice;
}

/** At most this many items are named in one notice, each at most MAX_ITEM_CHARS long. */
export const MAX_LISTED = 10;
export const MAX_ITEM_CHARS = 100;

const clip = (item: string): string =>
  item.length > MAX_ITEM_CHARS ? `${item.slice(0, MAX_ITEM_CHARS - 1)}…` : item;

/** "a; b; c", or the first MAX_LISTED items and "…and 9,990 more"; long items are cut short. */
export function listCapped(items: readonly string[], max = MAX_LISTED, separator = '; '): string {
  const shown = items.slice(0, max).map(clip).join(separator);
  if (items.length <= max) return shown;
  const more = new Intl.NumberFormat('en-US').format(items.length - max);
  return `${shown}${separator}…and ${more} more`;
}

export function describeNotice(n: Notice): string {
  switch (n.kind) {
    case 'stored-unreadable':
      return `Your saved situation could not be read (${n.why}), so the explorer started fresh.${
        n.keptAs ? ' The unreadable text is kept in this browser, not deleted.' : ''
      }`;
    case 'stored-partial':
      return `Part of your saved situation could not be read and was left out: ${listCapped(n.dropped)}. Everything else was kept.`;
    case 'saved-ids-dropped':
      return `Some saved items are no longer in this career graph and were left out: ${listCapped(n.dropped, MAX_LISTED, ', ')}.`;
    case 'link-ignored':
      return `This link had parts that could not be used, so they were ignored: ${listCapped(n.ignored)}. The rest of the link was applied.`;
    case 'link-shown':
      return 'You opened a shared link, so this view shows the situation in the link. Your own saved situation is kept: choose "Back to my saved situation" to return to it.';
    case 'earlier-kept':
      return 'You are using a situation from a shared link that you changed. Your earlier saved situation is kept: choose "Back to my saved situation" to return to it, or "Forget it" to keep this one.';
    case 'save-failed':
      return `Your changes could not be saved in this browser (${n.why}). They are kept while this page stays open: copy the link to keep them.`;
  }
}
