import { dayNumberToLocalDate, localDateToDayNumber } from '@bookafy/core';
import { z } from '@hono/zod-openapi';

import { idSchema } from '../common.js';
import { LocalIntervalListSchema, LocalIntervalSchema } from './intervals.js';

/** A calendar date `YYYY-MM-DD` that exists (no 2027-02-30). */
export const LocalDateSchema = z
  .string()
  .refine(
    (text) =>
      /^\d{4}-\d{2}-\d{2}$/.test(text) && dayNumberToLocalDate(localDateToDayNumber(text)) === text,
    { message: 'Expected a date such as 2027-03-14.' },
  )
  .openapi({ format: 'date', example: '2027-03-14' });

/** The body of `PUT …/date-overrides/{date}`. */
export const DateOverrideUpdateSchema = z
  .object({
    intervals: LocalIntervalListSchema.openapi({
      description: 'The hours of that date; an empty list closes it',
    }),
  })
  .openapi('DateOverrideUpdate');

/** A date whose hours replace the weekly ones, in the staff member's zone. */
export const DateOverrideSchema = z
  .object({ date: z.string(), intervals: z.array(LocalIntervalSchema) })
  .openapi('DateOverride');

/** A list of date overrides, ordered by date. */
export const DateOverrideListSchema = z
  .object({ data: z.array(DateOverrideSchema) })
  .openapi('DateOverrideList');

/** The path of one staff member's override on one date. */
export const DateOverrideParamsSchema = z.object({
  staffId: idSchema('stf'),
  date: LocalDateSchema,
});

/** An inclusive range of dates; either end may be left open. */
export const DateRangeQuerySchema = z.object({
  from: LocalDateSchema.optional(),
  to: LocalDateSchema.optional(),
});
