// The view state (view-state.ts) as a zod schema: the rules in one declaration, for tests and tools.
// The app does not load it: start-up checks stored values with stored-values.ts, and a test holds
// those checks to the schemas here, message for message.

import { z } from '../data/zod';
import { OBJECTIVES } from '../domain/planner/types';
import { NODE_KINDS, PACES } from '../domain/types';
import { MAX_YEARS, VIEW_MODES } from './view-state';

export const holdSchema = z.string();
export const yearsValueSchema = z.number().check(z.minimum(0), z.maximum(MAX_YEARS));
export const regionSchema = z.string();
export const goalSchema = z.nullable(z.string());
export const objectiveSchema = z.enum(OBJECTIVES);
export const paceSchema = z.enum(PACES);

export const viewStateSchema = z.object({
  situation: z.object({
    holds: z.array(holdSchema),
    years: z.record(z.string(), yearsValueSchema),
    region: z.optional(regionSchema),
    pace: z.optional(paceSchema),
  }),
  goal: goalSchema,
  by: objectiveSchema,
  selected: z.nullable(z.string()),
  alternative: z.number().check(z.int(), z.minimum(0)),
  mode: z.enum(VIEW_MODES),
  hiddenKinds: z.array(z.enum(NODE_KINDS)),
});
