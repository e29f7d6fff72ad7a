import { z } from '@hono/zod-openapi';

import { WorkingIntervalListSchema, WorkingIntervalSchema } from './intervals.js';

/** The body of `PUT …/working-hours`: the whole week, replacing what was there. */
export const WorkingHoursUpdateSchema = z
  .object({ intervals: WorkingIntervalListSchema })
  .openapi('WorkingHoursUpdate');

/** A staff member's week, ordered by weekday and start. */
export const WorkingHoursSchema = z
  .object({ data: z.array(WorkingIntervalSchema) })
  .openapi('WorkingHours');
