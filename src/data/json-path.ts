// JSON paths for messages ("$.nodes[12].requires.anyOf[0]"), reading them back into segments, and
// reading a value at a path (own properties only, so "__proto__" or "constructor" are plain keys).

export type PathSegment = string | number;

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

export function formatJsonPath(path: readonly PathSegment[]): string {
  let out = '$';
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else if (IDENTIFIER.test(seg)) out += `.${seg}`;
    else out += `[${JSON.stringify(seg)}]`;
  }
  return out;
}

/** The segments of a path written by formatJsonPath; undefined when it is not one. */
export function parseJsonPath(text: string): PathSegment[] | undefined {
  if (!text.startsWith('$')) return undefined;
  const segments: PathSegment[] = [];
  let i = 1;
  while (i < text.length) {
    const rest = text.slice(i);
    const ident = /^\.([A-Za-z_$][\w$]*)/.exec(rest);
    const index = /^\[(\d+)\]/.exec(rest);
    const quoted = /^\[("(?:[^"\\]|\\.)*")\]/.exec(rest);
    const m = ident ?? index ?? quoted;
    if (!m?.[1]) return undefined;
    segments.push(ident ? m[1] : index ? Number(m[1]) : (JSON.parse(m[1]) as string));
    i += m[0].length;
  }
  return segments;
}

export function valueAt(root: unknown, path: readonly PathSegment[]): unknown {
  let v: unknown = root;
  for (const seg of path) {
    if (v === null || typeof v !== 'object') return undefined;
    if (Array.isArray(v) ? typeof seg !== 'number' : !Object.hasOwn(v, seg)) return undefined;
    v = (v as Record<string | number, unknown>)[seg];
  }
  return v;
}

/** A short, safe rendering of a value for a message. */
export function describeValue(v: unknown): string {
  if (v === undefined) return 'missing';
  if (Array.isArray(v)) return v.length === 0 ? 'an empty list' : 'a list';
  if (v === null) return 'null';
  if (typeof v === 'object') return 'an object';
  if (typeof v === 'number' && !Number.isFinite(v)) return 'a number too large to represent';
  const text =
    typeof v === 'string' && v.length > 200 ? JSON.stringify(`${v.slice(0, 100)}`) : JSON.stringify(v);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}
