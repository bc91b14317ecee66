// Checking `npm run plan` arguments that carry numbers and codes (--years, --region), the options
// the bench scripts share, and making text from data safe to print: control characters become
// visible escapes, never terminal commands.

import { EXPECTED, ID_PATTERN, REGION_PATTERN } from '../src/data/format-schema';
import { MAX_YEARS } from '../src/data/limits';
import type { CareerGraph } from '../src/domain/career-graph';
import type { Io } from './plan';

/**
 * Options of every bench script, spread into each one's parseArgs options (a script may change a
 * default); bench-all.ts passes them on to the others.
 */
export const BENCH_OPTIONS = {
  /** A served e2e build to use instead of building one. */
  url: { type: 'string' },
  rounds: { type: 'string', default: '3' },
  /** The synthetic lattice's size and seed (scripts/bench/synthetic.ts). */
  nodes: { type: 'string', default: '5000' },
  seed: { type: 'string', default: '7' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** With --help, prints a bench script's `usage` and exits. */
export function exitOnHelp(values: { help?: boolean }, usage: string): void {
  if (!values.help) return;
  console.log(usage);
  process.exit(0);
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

/** A plain decimal: "2", "2.5", ".5"; no hex, exponents, signs, Infinity or NaN. */
const DECIMAL = /^(?:\d+(?:\.\d*)?|\.\d+)$/;
const YEARS_FORM = `role=years, with years a decimal number from 0 to ${MAX_YEARS}, like medical-coder=2.5`;

/**
 * `--years medical-coder=2,medical-biller=0.5` → years per role id. The map has no prototype, so
 * an id such as "constructor" reads back only what was given.
 */
export function parseYears(text: string | undefined): Parsed<Record<string, number>> {
  const years = Object.create(null) as Record<string, number>;
  const items = (text ?? '')
    .split(',')
    .map((x) => x.trim())
    .filter((x) => x !== '');
  for (const item of items) {
    const eq = item.indexOf('=');
    const role = eq < 0 ? item : item.slice(0, eq).trim();
    const n = eq < 0 ? '' : item.slice(eq + 1).trim();
    const shown = escapeForTerminal(item);
    if (!ID_PATTERN.test(role)) {
      return {
        ok: false,
        message: `--years: "${shown}" does not start with a role id (expected ${YEARS_FORM})`,
      };
    }
    if (!DECIMAL.test(n) || Number(n) > MAX_YEARS) {
      return {
        ok: false,
        message: `--years: "${shown}" has no valid number of years (expected ${YEARS_FORM})`,
      };
    }
    if (Object.hasOwn(years, role)) {
      return { ok: false, message: `--years: "${role}" is given twice (expected each role once)` };
    }
    years[role] = Number(n);
  }
  return { ok: true, value: years };
}

/** `--region NJ` / `US-NJ`: the format's region codes only. */
export function parseRegion(text: string | undefined): Parsed<string | undefined> {
  const region = text?.trim();
  if (region === undefined || region === '') return { ok: true, value: undefined };
  if (!REGION_PATTERN.test(region)) {
    return {
      ok: false,
      message: `--region: "${escapeForTerminal(region)}" is not a region code (expected ${EXPECTED.region})`,
    };
  }
  return { ok: true, value: region };
}

/** The first --years entry that names a node other than a role (unknown ids are the planner's to report). */
export function yearsOnNonRole(graph: CareerGraph, years: Record<string, number>): string | undefined {
  for (const id of Object.keys(years)) {
    if (!graph.hasNode(id)) continue;
    const kind = graph.getNodeAttributes(id).kind;
    if (kind !== 'role') {
      return `--years: "${id}" is ${/^[aeiou]/.test(kind) ? 'an' : 'a'} ${kind}, not a role (expected years only for roles: experience is time in a job)`;
    }
  }
  return undefined;
}

// C0 controls except tab and newline, DEL, C1 controls (U+009B is a one-character CSI), bidi
// overrides and isolates, and lone surrogates.
const UNSAFE =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
  /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Text safe for a terminal: each unsafe character as a visible \uXXXX escape (also valid in JSON). */
export function escapeForTerminal(text: string): string {
  return text.replace(UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** The same io, with every printed line escaped. */
export function terminalSafe(io: Io): Io {
  return {
    out: (line) => io.out(escapeForTerminal(line)),
    err: (line) => io.err(escapeForTerminal(line)),
    readFile: io.readFile,
  };
}
