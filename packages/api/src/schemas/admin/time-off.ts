import { parseUtcString } from '@bookafy/core';
import { z } from '@hono/zod-openapi';

import { idSchema, UtcStringSchema } from '../common.js';

/** The body of `POST …/time-off`: an absence over `[start, end)`. */
export const TimeOffCreateSchema = z
  .object({
    start: UtcStringSchema,
    end: UtcStringSchema,
    reason: z.string().max(500).optional().openapi({ example: 'Dentist' }),
  })
  .superRefine((body, ctx) => {
    const start = parseUtcString(body.start);
    const end = parseUtcString(body.end);
    if (start !== undefined && end !== undefined && end <= start) {
      ctx.addIssue({ code: 'custom', path: ['end'], message: 'Expected end after start.' });
    }
  })
  .openapi('TimeOffCreate');

/** One absence of a staff member. */
export const TimeOffSchema = z
  .object({ id: z.string(), start: UtcStringSchema, end: UtcStringSchema, reason: z.string() })
  .openapi('TimeOff');

/** A list of absences, ordered by start. */
export const TimeOffListSchema = z.object({ data: z.array(TimeOffSchema) }).openapi('TimeOffList');

/** Absences that overlap `[start, end)`; either end may be left open. */
export const TimeOffQuerySchema = z.object({
  start: UtcStringSchema.optional(),
  end: UtcStringSchema.optional(),
});

/** The path of one absence. */
export const TimeOffParamsSchema = z.object({
  staffId: idSchema('stf'),
  timeOffId: idSchema('off'),
});
