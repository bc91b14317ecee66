// Three-way merge of the saved situation, for tabs that change it at the same time: from what both
// started from (`base`), this tab's value (`mine`) and the other tab's (`theirs`), field by field.
// Lists are sets (each side's additions and removals are kept), records merge per key, and other
// fields take whichever side changed them (this tab's when both did).

import { isRecord, type Stored } from './persist';

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

function mergeList(
  base: readonly unknown[],
  mine: readonly unknown[],
  theirs: readonly unknown[],
): unknown[] {
  const key = (v: unknown): string => JSON.stringify(v) ?? 'undefined';
  const inBase = new Set(base.map(key));
  const inMine = new Set(mine.map(key));
  const removedByMe = new Set([...inBase].filter((k) => !inMine.has(k)));
  const out: unknown[] = [];
  const seen = new Set<string>();
  for (const v of [...theirs, ...mine.filter((m) => !inBase.has(key(m)))]) {
    const k = key(v);
    if (seen.has(k) || removedByMe.has(k)) continue;
    seen.add(k);
    out.push(v);
  }
  return out;
}

function mergeRecord(
  base: Record<string, unknown>,
  mine: Record<string, unknown>,
  theirs: Record<string, unknown>,
): Record<string, unknown> {
  const entries: [string, unknown][] = [];
  const keys = new Set([...Object.keys(theirs), ...Object.keys(mine), ...Object.keys(base)]);
  for (const k of keys) {
    const b = Object.hasOwn(base, k) ? base[k] : undefined;
    const m = Object.hasOwn(mine, k) ? mine[k] : undefined;
    const t = Object.hasOwn(theirs, k) ? theirs[k] : undefined;
    const v = mergeValue(b, m, t);
    if (v !== undefined) entries.push([k, v]);
  }
  return Object.fromEntries(entries);
}

function mergeValue(base: unknown, mine: unknown, theirs: unknown): unknown {
  if (same(mine, base)) return theirs;
  if (same(theirs, base)) return mine;
  if (Array.isArray(mine) && Array.isArray(theirs))
    return mergeList(Array.isArray(base) ? base : [], mine, theirs);
  if (isRecord(mine) && isRecord(theirs)) return mergeRecord(isRecord(base) ? base : {}, mine, theirs);
  return mine;
}

/** The saved situation both tabs' changes lead to; years of items no longer held are dropped. */
export function mergeStored(base: Stored, mine: Stored, theirs: Stored): Stored {
  const merged = mergeValue(base, mine, theirs) as Stored;
  const held = new Set(merged.situation.holds);
  const years = Object.fromEntries(Object.entries(merged.situation.years).filter(([id]) => held.has(id)));
  return { ...merged, situation: { ...merged.situation, years } };
}
