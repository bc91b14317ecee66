// Checks for the values kept in storage (what is held, years, region, goal, objective, pace), read
// once at start-up. A few lines each instead of zod, so the first load carries no schema library;
// the messages are zod's English ones (tests/unit/state/stored-values.test.ts holds them to
// view-state-schema.ts, the same rules as a zod schema).

export type Checked<T> = { ok: true; value: T } | { ok: false; why: string };
export type Check<T> = (value: unknown) => Checked<T>;

/** The type word zod's messages use: "number", "null", "array", "NaN", "Infinity"… */
function typeWord(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  if (typeof v === 'number' && !Number.isFinite(v)) return String(v);
  return typeof v;
}

const invalidType = (expected: string, v: unknown): string =>
  `Invalid input: expected ${expected}, received ${typeWord(v)}`;

export const isText: Check<string> = (v) =>
  typeof v === 'string' ? { ok: true, value: v } : { ok: false, why: invalidType('string', v) };

export const isTextOrNull: Check<string | null> = (v) => (v === null ? { ok: true, value: null } : isText(v));

/** A finite number from `min` to `max`. */
export function isNumberWithin(min: number, max: number): Check<number> {
  return (v) => {
    if (typeof v !== 'number' || !Number.isFinite(v)) return { ok: false, why: invalidType('number', v) };
    if (v < min) return { ok: false, why: `Too small: expected number to be >=${min}` };
    if (v > max) return { ok: false, why: `Too big: expected number to be <=${max}` };
    return { ok: true, value: v };
  };
}

/** One of `values`. */
export function isOneOf<T extends string>(values: readonly T[]): Check<T> {
  const words = values.map((x) => `"${x}"`).join('|');
  return (v) =>
    values.includes(v as T)
      ? { ok: true, value: v as T }
      : { ok: false, why: `Invalid option: expected one of ${words}` };
}
