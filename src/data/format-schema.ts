// The career graph format as a runtime schema (zod). It is the one source of truth: the JSON Schema
// in graph-data/ is generated from it (`npm run schema`), and it must infer exactly src/domain/types.

import { z } from 'zod';
import { type CareerGraphFile, NODE_KINDS, type Requirement } from '../domain/types';

export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const REGION_PATTERN = /^[A-Z][A-Z0-9]{1,2}(?:-[A-Z0-9]{1,3})?$/;
const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

/** What a well-formed value looks like, for messages: "(expected …)". */
export const EXPECTED = {
  id: 'a kebab-case id: lower-case letters and digits joined by hyphens, like "medical-coder"',
  region: 'a region code in capitals, like "NJ" or "US-NJ"',
  date: 'an ISO date, like "2026-11-27"',
  requirement:
    'a node id, { "allOf": [ … ] }, { "anyOf": [ … ] } or { "experience": "<role id>", "years": <n> }',
} as const;

const id = z.string().regex(ID_PATTERN, { error: EXPECTED.id });
const region = z.string().regex(REGION_PATTERN, { error: EXPECTED.region });
const amount = z.number().nonnegative();
const sourceKey = z.string().min(1).meta({ description: 'A key of the top-level "sources" map.' });

export const requirementSchema: z.ZodType<Requirement> = z.lazy(() =>
  z
    .union([
      id.meta({ description: 'You hold that node.' }),
      z
        .strictObject({ allOf: z.array(requirementSchema).min(1) })
        .meta({ description: 'Every one of them.' }),
      z
        .strictObject({ anyOf: z.array(requirementSchema).min(1) })
        .meta({ description: 'At least one of them.' }),
      z
        .strictObject({ experience: id, years: z.number().positive() })
        .meta({ description: 'You have held that role for at least `years` years.' }),
    ])
    .meta({ id: 'Requirement', description: 'A boolean tree over node ids.' }),
);

const salarySchema = z.strictObject({
  low: amount.optional(),
  median: amount.optional(),
  mean: amount.optional(),
  high: amount.optional(),
  year: z.string().min(1),
  source: sourceKey,
});

const regionalSalarySchema = z.strictObject({
  median: amount.optional(),
  mean: amount.optional(),
  year: z.string().min(1),
  source: sourceKey,
});

const outlookSchema = z.strictObject({
  growthPercent: z.number(),
  period: z.string().min(1),
  source: sourceKey,
});

export const nodeSchema = z
  .strictObject({
    id,
    kind: z.enum(NODE_KINDS),
    label: z.string().min(1),
    summary: z.string().optional(),
    level: z
      .number()
      .int()
      .min(0)
      .max(5)
      .optional()
      .meta({ description: 'Career stage: 0 entry … 5 owner.' }),
    codes: z.record(z.string().min(1), z.string().min(1)).optional(),
    issuer: z.string().min(1).optional(),
    months: amount.optional().meta({ description: 'Time to obtain once the requirements are met.' }),
    cost: amount.optional().meta({ description: "Money to obtain it, in the file's currency." }),
    costKnown: z.boolean().optional().meta({
      description: 'false: it costs money but no source gives the amount (shown as "fee not known").',
    }),
    monthsKnown: z.boolean().optional().meta({
      description: 'false: it takes time but no source gives how long (shown as "length not known").',
    }),
    salary: salarySchema.optional(),
    salaryByRegion: z.record(region, regionalSalarySchema).optional(),
    outlook: outlookSchema.optional(),
    requires: requirementSchema.optional(),
    prefers: requirementSchema.optional(),
    regions: z.array(region).min(1).optional(),
    notes: z.string().optional(),
    sources: z.array(sourceKey).optional(),
  })
  .meta({ id: 'Node' });

const sourceSchema = z.strictObject({
  title: z.string().min(1),
  url: z.url().optional(),
  published: z.string().min(1).meta({ description: 'Year or date of the figures, as the source gives it.' }),
  notes: z.string().optional(),
});

export const careerGraphFileSchema = z
  .strictObject({
    $schema: z.string().optional(),
    format: z.literal(1),
    id,
    title: z.string().min(1),
    summary: z.string().optional(),
    updated: z.string().regex(DATE_PATTERN, { error: EXPECTED.date }),
    currency: z.string().regex(/^[A-Z]{3}$/, { error: 'an ISO 4217 currency code, like "USD"' }),
    sources: z.record(z.string().min(1), sourceSchema),
    nodes: z.array(nodeSchema),
  })
  .meta({ title: 'Career graph, format 1', description: 'A career graph for Career Path Explorer.' });

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
