import { z } from '@hono/zod-openapi';

import { BookingSchema } from '../bookings.js';
import { idSchema } from '../common.js';
import { UtcStringSchema } from '../instant.js';

export const BookingListQuerySchema = z.object({
  status: z.enum(['pending', 'confirmed', 'cancelled']).optional(),
  staffId: idSchema('stf').optional(),
  serviceId: idSchema('svc').optional(),
  /** Bookings starting at or after this instant. */
  from: UtcStringSchema.optional(),
  /** Bookings starting before this instant. */
  to: UtcStringSchema.optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
  /** The `nextCursor` of the previous page. */
  cursor: z.string().max(200).optional(),
});

export const BookingListSchema = z
  .object({
    data: z.array(BookingSchema),
    /** Pass as `cursor` for the next page; null on the last page. */
    nextCursor: z.string().nullable(),
  })
  .openapi('BookingList');

export const BookingEventSchema = z
  .object({
    id: z.string(),
    type: z.enum(['created', 'confirmed', 'rescheduled', 'cancelled']),
    actor: z.enum(['visitor', 'admin', 'system']),
    data: z.record(z.string(), z.unknown()),
    at: UtcStringSchema,
  })
  .openapi('BookingEvent');

export const BookingEventListSchema = z
  .object({ data: z.array(BookingEventSchema) })
  .openapi('BookingEventList');
