import { z } from '@hono/zod-openapi';

import { UtcStringSchema } from '../instant.js';

/** The query of `GET /admin/insights`. */
export const InsightsQuerySchema = z.object({
  days: z.coerce.number().int().min(1).max(366).default(90).openapi({
    description: "Local dates of the account's zone to cover, ending today",
    example: 90,
  }),
});

/** Bookings made and cancelled per local day, and the busiest hours of the week. */
export const InsightsSchema = z
  .object({
    timeZone: z.string().openapi({ example: 'Europe/Berlin' }),
    from: UtcStringSchema.openapi({ description: 'The start of the first local day' }),
    to: UtcStringSchema.openapi({ description: 'The end of today in the zone (exclusive)' }),
    days: z.array(
      z.object({
        date: z.string().openapi({ example: '2027-03-28' }),
        booked: z.number().int().openapi({ description: 'Bookings created on this date' }),
        cancelled: z.number().int().openapi({ description: 'Cancellations on this date' }),
      }),
    ),
    busiestHours: z.array(z.array(z.number().int())).openapi({
      description:
        'Non-cancelled booking starts in the range by local weekday (7 rows, Monday first) ' +
        'and local hour (24 columns)',
    }),
  })
  .openapi('Insights');
