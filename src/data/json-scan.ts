// One linear, non-recursive pass over JSON text that JSON.parse has accepted: finds keys given twice
// in one object (JSON.parse silently keeps the last) and the line and column of given JSON paths.

import type { PathSegment } from './json-path';

export interface TextPosition {
  line: number;
  column: number;
}

export interface DuplicateKey {
  /** Path of the member given twice. */
  path: PathSegment[];
  first: TextPosition;
  again: TextPosition;
}

interface Trie {
  children: Map<PathSegment, Trie>;
  at?: TextPosition;
}

interface Frame {
  array: boolean;
  /** Index of the current element (arrays) or the current key (objects). */
  index: number;
  key: string;
  keys: Map<string, TextPosition> | undefined;
  trie: Trie | undefined;
}

export interface ScanOptions {
  /** Paths whose line and column are wanted (a missing member gets its closest existing parent's). */
  locate?: readonly (readonly PathSegment[])[];
  /** Report at most this many keys given twice (0: do not look). */
  duplicateLimit?: number;
}

export interface ScanResult {
  positions: (TextPosition | undefined)[];
  duplicates: DuplicateKey[];
  /** How many duplicate keys there are in all (more than `duplicates` when capped). */
  duplicateCount: number;
}

const QUOTE = 34;
const BACKSLASH = 92;

function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 13 || c === 9;
}

/** NOTE: `text` must be JSON that JSON.parse accepts; the scan trusts its structure. */
export function scanJson(text: string, options: ScanOptions = {}): ScanResult {
  const root: Trie = { children: new Map() };
  const locate = options.locate ?? [];
  for (const path of locate) {
    let t = root;
    for (const seg of path) {
      let next = t.children.get(seg);
      if (!next) {
        next = { children: new Map() };
        t.children.set(seg, next);
      }
      t = next;
    }
  }
  const duplicateLimit = options.duplicateLimit ?? 0;
  const duplicates: DuplicateKey[] = [];
  let duplicateCount = 0;

  let pos = 0;
  let line = 1;
  let lineStart = 0;
  const here = (): TextPosition => ({ line, column: pos - lineStart + 1 });
  const skipSpace = () => {
    while (pos < text.length) {
      const c = text.charCodeAt(pos);
      if (!isSpace(c)) break;
      if (c === 10) {
        line++;
        lineStart = pos + 1;
      }
      pos++;
    }
  };
  /** Moves past the string starting at `pos`; returns its raw text without quotes. */
  const skipString = (): string => {
    const start = ++pos;
    let escaped = false;
    while (pos < text.length) {
      const c = text.charCodeAt(pos);
      if (c === BACKSLASH) {
        escaped = true;
        pos += 2;
      } else if (c === QUOTE) break;
      else pos++;
    }
    const raw = text.slice(start, pos);
    pos++;
    return escaped ? (JSON.parse(`"${raw}"`) as string) : raw;
  };
  const pathOf = (frames: readonly Frame[]): PathSegment[] => frames.map((f) => (f.array ? f.index : f.key));

  const frames: Frame[] = [];
  // The trie node of the value about to be read (undefined: no wanted path runs through it).
  let valueTrie: Trie | undefined = root;
  skipSpace();
  root.at = here();

  for (;;) {
    // Read one value; containers push a frame and read their first member.
    skipSpace();
    const c = text.charCodeAt(pos);
    let entered = false;
    if (c === 123 /* { */ || c === 91 /* [ */) {
      const array = c === 91;
      pos++;
      skipSpace();
      const frame: Frame = {
        array,
        index: 0,
        key: '',
        keys: !array && duplicateLimit > 0 ? new Map() : undefined,
        trie: valueTrie,
      };
      if (text.charCodeAt(pos) === (array ? 93 : 125)) pos++;
      else {
        frames.push(frame);
        entered = true;
      }
    } else if (c === QUOTE) skipString();
    else {
      while (pos < text.length) {
        const d = text.charCodeAt(pos);
        if (d === 44 || d === 93 || d === 125 || isSpace(d)) break;
        pos++;
      }
    }
    if (!entered) {
      // After a value: close finished containers until one has a next member.
      for (;;) {
        const top = frames.at(-1);
        if (!top)
          return { positions: locate.map((path) => deepestAt(root, path)), duplicates, duplicateCount };
        skipSpace();
        if (text.charCodeAt(pos) === 44 /* , */) {
          pos++;
          skipSpace();
          top.index++;
          break;
        }
        pos++; // } or ]
        frames.pop();
      }
    }
    // The next member of the innermost container.
    const top = frames.at(-1) as Frame;
    if (top.array) {
      valueTrie = top.trie?.children.get(top.index);
      if (valueTrie) valueTrie.at = here();
    } else {
      const at = here();
      const key = skipString();
      top.key = key;
      if (top.keys) {
        const first = top.keys.get(key);
        if (first) {
          duplicateCount++;
          if (duplicates.length < duplicateLimit) duplicates.push({ path: pathOf(frames), first, again: at });
        }
        top.keys.set(key, at);
      }
      valueTrie = top.trie?.children.get(key);
      if (valueTrie) valueTrie.at = at;
      skipSpace();
      pos++; // :
    }
  }
}

/** The position of a wanted path, or of its deepest ancestor present in the text. */
function deepestAt(root: Trie, path: readonly PathSegment[]): TextPosition | undefined {
  let t: Trie | undefined = root;
  let best = root.at;
  for (const seg of path) {
    t = t?.children.get(seg);
    if (t?.at) best = t.at;
  }
  return best;
}
