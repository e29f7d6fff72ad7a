import { z } from '@hono/zod-openapi';

import { UtcStringSchema } from '../instant.js';

/** A staff member's live calendar feed, without its secret address. */
export const CalendarFeedSchema = z
  .object({
    id: z.string().openapi({ example: 'cfd_4k9xq2m7c1d8e3f5g6h0' }),
    createdAt: UtcStringSchema,
  })
  .openapi('CalendarFeed');

/** A new calendar feed with its secret address, which no later answer repeats. */
export const CalendarFeedCreatedSchema = CalendarFeedSchema.extend({
  url: z.url().openapi({
    description: 'The address calendar programs subscribe to; shown only in this answer',
    example: 'https://bookings.example/v1/feeds/0123456789abcdefghjkmnpqrstvwxyz.ics',
  }),
}).openapi('CalendarFeedCreated');

/** The path of a public feed, `/feeds/{token}.ics`. */
export const FeedTokenParamsSchema = z.object({
  token: z
    .string()
    .regex(/^[0-9a-z]{32}$/)
    .openapi({
      description: 'The token of a feed URL',
      example: '0123456789abcdefghjkmnpqrstvwxyz',
    }),
});
