// The career graph format as a runtime schema (zod). It is the one source of truth: the JSON Schema
// in graph-data/ is generated from it (`npm run schema`), and it must infer exactly src/domain/types.

import { type CareerGraphFile, NODE_KINDS, type Requirement } from '../domain/types';
import {
  MAX_GROWTH_PERCENT,
  MAX_MONEY,
  MAX_MONTHS,
  MAX_URL_LENGTH,
  MAX_YEARS,
  MIN_GROWTH_PERCENT,
} from './limits';
import { REGION_PATTERN } from './patterns';
import { z } from './zod';

export { REGION_PATTERN };

export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;
/**
 * http(s) only (no javascript:, data:, …), a host of letters, digits and hyphens (IDN letters too),
 * an optional port, then no spaces or control characters. A regular expression rather than
 * `URL.canParse`, whose verdict Node 20 changes after thousands of calls; no nested quantifier can
 * backtrack more than linearly.
 */
export const URL_PATTERN =
  /^https?:\/\/(?:[A-Za-z0-9\u00a1-\uffff](?:[A-Za-z0-9\u00a1-\uffff-]*[A-Za-z0-9\u00a1-\uffff])?\.)*[A-Za-z0-9\u00a1-\uffff](?:[A-Za-z0-9\u00a1-\uffff-]*[A-Za-z0-9\u00a1-\uffff])?(?::\d{1,5})?(?:[/?#][!-~\u00a1-\uffff]*)?$/;

/** True for a date that exists in the calendar (2024-02-29 yes, 2026-02-30 no). */
export function isCalendarDate(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** What a well-formed value looks like, for messages: "(expected …)". */
export const EXPECTED = {
  id: 'a kebab-case id: lower-case letters and digits joined by hyphens, like "medical-coder"',
  region: 'a region code in capitals, like "NJ" or "US-NJ"',
  date: 'an ISO date, like "2026-11-27"',
  calendarDate: 'a date that exists in the calendar, like "2026-11-27"',
  url: 'an http:// or https:// address, like "https://www.bls.gov/ooh/"',
  year: 'a year as text or a whole number, like "2024" or 2024',
  requirement:
    'a node id, { "allOf": [ … ] }, { "anyOf": [ … ] } or { "experience": "<role id>", "years": <n> }',
} as const;

const id = z.string().check(z.regex(ID_PATTERN, { error: EXPECTED.id }));
const region = z.string().check(z.regex(REGION_PATTERN, { error: EXPECTED.region }));
const money = z.number().check(z.nonnegative(), z.maximum(MAX_MONEY));
const text = z.string().check(z.minLength(1));
const sourceKey = text.check(z.meta({ description: 'A key of the top-level "sources" map.' }));
const optionalMoney = z.optional(money);
/** A figure's year: "2024", or 2024 as authors often write it, read as the text "2024". */
const year = z.pipe(
  z.union([text, z.int().check(z.minimum(1000), z.maximum(9999))], { error: EXPECTED.year }),
  z.transform((v: string | number) => String(v)),
);

export const requirementSchema: z.ZodMiniType<Requirement> = z.lazy(() =>
  z
    .union([
      id.check(z.meta({ description: 'You hold that node.' })),
      z
        .strictObject({ allOf: z.array(requirementSchema).check(z.minLength(1)) })
        .check(z.meta({ description: 'Every one of them.' })),
      z
        .strictObject({ anyOf: z.array(requirementSchema).check(z.minLength(1)) })
        .check(z.meta({ description: 'At least one of them.' })),
      z
        .strictObject({ experience: id, years: z.number().check(z.positive(), z.maximum(MAX_YEARS)) })
        .check(z.meta({ description: 'You have held that role for at least `years` years.' })),
    ])
    .check(z.meta({ id: 'Requirement', description: 'A boolean tree over node ids.' })),
);

const salarySchema = z.strictObject({
  low: optionalMoney,
  median: optionalMoney,
  mean: optionalMoney,
  high: optionalMoney,
  year,
  source: sourceKey,
});

const regionalSalarySchema = z.strictObject({
  median: optionalMoney,
  mean: optionalMoney,
  year,
  source: sourceKey,
});

const outlookSchema = z.strictObject({
  growthPercent: z.number().check(z.minimum(MIN_GROWTH_PERCENT), z.maximum(MAX_GROWTH_PERCENT)),
  period: text,
  source: sourceKey,
});

export const nodeSchema = z
  .strictObject({
    id,
    kind: z.enum(NODE_KINDS),
    label: text,
    summary: z.optional(z.string()),
    level: z
      .optional(z.number().check(z.int(), z.minimum(0), z.maximum(5)))
      .check(z.meta({ description: 'Career stage: 0 entry … 5 owner.' })),
    codes: z.optional(z.record(text, text)),
    issuer: z.optional(text),
    months: z
      .optional(z.number().check(z.nonnegative(), z.maximum(MAX_MONTHS)))
      .check(z.meta({ description: 'Time to obtain once the requirements are met.' })),
    cost: optionalMoney.check(z.meta({ description: "Money to obtain it, in the file's currency." })),
    costKnown: z.optional(z.boolean()).check(
      z.meta({
        description: 'false: it costs money but no source gives the amount (shown as "fee not known").',
      }),
    ),
    monthsKnown: z.optional(z.boolean()).check(
      z.meta({
        description: 'false: it takes time but no source gives how long (shown as "length not known").',
      }),
    ),
    requiresKnown: z.optional(z.boolean()).check(
      z.meta({
        description:
          'false: no source gives who may obtain it; "requires" holds only what is known (shown as "eligibility not known").',
      }),
    ),
    salary: z.optional(salarySchema),
    salaryByRegion: z.optional(z.record(region, regionalSalarySchema)),
    outlook: z.optional(outlookSchema),
    requires: z.optional(requirementSchema),
    prefers: z.optional(requirementSchema),
    regions: z.optional(z.array(region).check(z.minLength(1))),
    notes: z.optional(z.string()),
    sources: z.optional(z.array(sourceKey)),
  })
  .check(z.meta({ id: 'Node' }));

const sourceSchema = z.strictObject({
  title: text,
  url: z.optional(
    z.string().check(z.maxLength(MAX_URL_LENGTH), z.regex(URL_PATTERN, { error: EXPECTED.url })),
  ),
  published: text.check(z.meta({ description: 'Year or date of the figures, as the source gives it.' })),
  notes: z.optional(z.string()),
});

/**
 * The maps keyed by data (source keys, code systems, regions), with their key and value schemas:
 * zod skips a "__proto__" key in a record, so src/data/record-keys.ts checks it with these.
 */
export const RECORD_SCHEMAS = {
  sources: { key: text, value: sourceSchema },
  codes: { key: text, value: text },
  salaryByRegion: { key: region, value: regionalSalarySchema },
} as const;

const fileShape = {
  $schema: z.optional(z.string()),
  format: z.literal(1),
  id,
  title: text,
  summary: z.optional(z.string()),
  updated: z.string().check(
    z.regex(DATE_PATTERN, { error: EXPECTED.date }),
    z.refine((v: string) => !DATE_PATTERN.test(v) || isCalendarDate(v), { error: EXPECTED.calendarDate }),
  ),
  currency: z.string().check(z.regex(/^[A-Z]{3}$/, { error: 'an ISO 4217 currency code, like "USD"' })),
  sources: z.record(text, sourceSchema),
  nodes: z.array(nodeSchema).check(z.minLength(1)),
};

export const careerGraphFileSchema = z
  .strictObject(fileShape)
  .check(
    z.meta({ title: 'Career graph, format 1', description: 'A career graph for Career Path Explorer.' }),
  );

/**
 * The file without its sources' and nodes' contents: the validator checks each source and each
 * node on its own, so no one list gathers more problems than zod can hold (it spreads a list's
 * problems into its parent's as function arguments, which overflows past ~100,000).
 */
export const fileHeadSchema = z.strictObject({
  ...fileShape,
  sources: z.record(text, z.unknown()),
  nodes: z.array(z.unknown()).check(z.minLength(1)),
});

// Compile-time guard: the runtime schema and the domain types describe the same thing.
type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
const schemaMatchesTypes: Equal<z.infer<typeof careerGraphFileSchema>, CareerGraphFile> = true;
void schemaMatchesTypes;

/** The JSON Schema that data files name in "$schema", generated from the runtime schema. */
export function careerGraphJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(careerGraphFileSchema, { target: 'draft-2020-12', io: 'input' }) as Record<
    string,
    unknown
  >;
}
