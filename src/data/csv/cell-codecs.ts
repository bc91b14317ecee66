// How each kind of value is written in one spreadsheet cell and read back: text, numbers, true/false,
// requirements, lists, code maps and regional salaries. Every encoder is exact: decode(encode(v)) = v.

import type { RegionalSalary, Requirement } from '../../domain/types';
import { parseRequirementText, printRequirement } from '../requirement-text';

/** A decoded cell: its value, nothing (an empty cell), or why it cannot be read. */
export type Decoded = { ok: true; value: unknown } | { ok: false; message: string };

export interface CellCodec {
  /** The cell text for a value that is present. */
  encode(value: unknown): string;
  /** The value of a non-empty cell (already unguarded). */
  decode(cell: string): Decoded;
}

const ok = (value: unknown): Decoded => ({ ok: true, value });
const fail = (message: string): Decoded => ({ ok: false, message });

// Spreadsheets run a cell that starts with = + - @ (or a tab or CR) as a formula, so a graph from
// someone else could run one on export. Such cells get a leading apostrophe, removed on import;
// a value that itself starts with apostrophes before such a character gets one more.
const FORMULA_START = /^'*[=+\-@\t\r]/;
const GUARDED = /^'+[=+\-@\t\r]/;
export const guardCell = (cell: string): string => (FORMULA_START.test(cell) ? `'${cell}` : cell);
export const unguardCell = (cell: string): string => (GUARDED.test(cell) ? cell.slice(1) : cell);

/** A cell that is a JSON string literal ("…") is read as JSON: `""` is an empty text, not a missing one. */
function jsonString(cell: string): string | undefined {
  if (cell.length < 2 || !cell.startsWith('"') || !cell.endsWith('"')) return undefined;
  try {
    const value: unknown = JSON.parse(cell);
    return typeof value === 'string' ? value : undefined;
  } catch {
    return undefined;
  }
}

/** Free text, kept exactly as written (spaces included). */
export const textCodec: CellCodec = {
  encode: (v) => {
    const s = String(v);
    return s === '' || jsonString(s) !== undefined ? JSON.stringify(s) : s;
  },
  decode: (cell) => ok(jsonString(cell) ?? cell),
};

/** Ids, kinds, dates, codes: surrounding spaces are dropped. */
export const wordCodec: CellCodec = {
  encode: (v) => String(v),
  decode: (cell) => ok(cell.trim()),
};

const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?$/i;
function decodeNumber(text: string): Decoded {
  const t = text.trim();
  return NUMBER.test(t)
    ? ok(Number(t))
    : fail(`"${t}" is not a number (expected digits with an optional decimal point, like 4050 or 1.5)`);
}
export const numberCodec: CellCodec = { encode: (v) => String(v), decode: decodeNumber };

export const booleanCodec: CellCodec = {
  encode: (v) => String(v),
  decode: (cell) => {
    const t = cell.trim().toLowerCase();
    return t === 'true'
      ? ok(true)
      : t === 'false'
        ? ok(false)
        : fail(`"${cell.trim()}" is not true or false`);
  },
};

export const requirementCodec: CellCodec = {
  encode: (v) => printRequirement(v as Requirement),
  decode: (cell) => {
    const r = parseRequirementText(cell);
    return r.ok ? ok(r.requirement) : fail(r.message);
  },
};

/** Reads the JSON form of a structured cell (used when the friendly form would lose something). */
function decodeJson(cell: string, what: 'list' | 'object'): Decoded {
  try {
    const value: unknown = JSON.parse(cell);
    const isList = Array.isArray(value);
    if (what === 'list' ? isList : value !== null && typeof value === 'object' && !isList) return ok(value);
  } catch {
    // reported below
  }
  return fail(`starts with "${cell.trim()[0]}" but is not a JSON ${what}`);
}

/** Deep equality of JSON values, ignoring the order of object keys. */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  const ra = a as Record<string, unknown>;
  const rb = b as Record<string, unknown>;
  return ka.length === kb.length && ka.every((k) => Object.hasOwn(rb, k) && sameJson(ra[k], rb[k]));
}

/** Friendly form if it reads back exactly, else JSON (which always does). A blank cell means "absent". */
function friendlyOrJson(value: unknown, friendly: string, decode: (cell: string) => Decoded): string {
  if (friendly.trim() === '') return JSON.stringify(value);
  const back = decode(friendly);
  return back.ok && sameJson(back.value, value) ? friendly : JSON.stringify(value);
}

const splitItems = (cell: string): string[] =>
  cell
    .split(';')
    .map((s) => s.trim())
    .filter((s) => s !== '');

function decodeList(cell: string): Decoded {
  return cell.trim().startsWith('[') ? decodeJson(cell, 'list') : ok(splitItems(cell));
}
/** `NJ; NY`: items separated by semicolons. */
export const listCodec: CellCodec = {
  encode: (v) => friendlyOrJson(v, (v as string[]).join('; '), decodeList),
  decode: decodeList,
};

function decodePairs(text: string, separator: string, what: string): Decoded {
  const entries: [string, string][] = [];
  for (const item of text.split(separator).map((s) => s.trim())) {
    if (item === '') continue;
    const eq = item.indexOf('=');
    if (eq <= 0) return fail(`"${item}" is not ${what}=value`);
    const key = item.slice(0, eq).trim();
    if (entries.some(([k]) => k === key)) return fail(`${what} "${key}" is given twice`);
    entries.push([key, item.slice(eq + 1).trim()]);
  }
  return ok(entries);
}

function decodeMap(cell: string): Decoded {
  if (cell.trim().startsWith('{')) return decodeJson(cell, 'object');
  const pairs = decodePairs(cell, ';', 'name');
  return pairs.ok ? ok(Object.fromEntries(pairs.value as [string, string][])) : pairs;
}
/** `soc=29-2072; onet=29-2072.00`. */
export const mapCodec: CellCodec = {
  encode: (v) =>
    friendlyOrJson(
      v,
      Object.entries(v as Record<string, string>)
        .map(([k, c]) => `${k}=${c}`)
        .join('; '),
      decodeMap,
    ),
  decode: decodeMap,
};

const REGIONAL_FIELDS = ['median', 'mean', 'year', 'source'] as const;

function decodeRegional(cell: string): Decoded {
  if (cell.trim().startsWith('{')) return decodeJson(cell, 'object');
  const entries: [string, Record<string, unknown>][] = [];
  for (const item of splitItems(cell)) {
    const colon = item.indexOf(':');
    if (colon <= 0) return fail(`"${item}" is not REGION: median=…, year=…, source=…`);
    const region = item.slice(0, colon).trim();
    if (entries.some(([r]) => r === region)) return fail(`region "${region}" is given twice`);
    const pairs = decodePairs(item.slice(colon + 1), ',', `${region}: field`);
    if (!pairs.ok) return pairs;
    const figures: Record<string, unknown> = {};
    for (const [key, text] of pairs.value as [string, string][]) {
      if (!(REGIONAL_FIELDS as readonly string[]).includes(key)) {
        return fail(`${region}: unknown field "${key}" (expected median, mean, year or source)`);
      }
      if (key === 'median' || key === 'mean') {
        const n = decodeNumber(text);
        if (!n.ok) return fail(`${region}: ${key}: ${n.message}`);
        figures[key] = n.value;
      } else figures[key] = text;
    }
    entries.push([region, figures]);
  }
  return ok(Object.fromEntries(entries));
}
/** `NJ: median=52000, year=May 2024, source=bls-nj; NY: mean=61000, year=2024, source=bls-ny`. */
export const regionalCodec: CellCodec = {
  encode: (v) =>
    friendlyOrJson(
      v,
      Object.entries(v as Record<string, RegionalSalary>)
        .map(
          ([region, s]) =>
            `${region}: ${REGIONAL_FIELDS.filter((f) => s[f] !== undefined)
              .map((f) => `${f}=${String(s[f])}`)
              .join(', ')}`,
        )
        .join('; '),
      decodeRegional,
    ),
  decode: decodeRegional,
};
