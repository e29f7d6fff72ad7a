import { z } from '@hono/zod-openapi';

import { idSchema } from '../common.js';
import { UtcStringSchema } from '../instant.js';

/** The query of `GET /admin/bookings/export.csv`: a range of starts of at most 366 days. */
export const BookingExportQuerySchema = z.object({
  from: UtcStringSchema.openapi({
    description: 'Bookings starting at or after this instant',
    example: '2027-03-01T00:00:00Z',
  }),
  to: UtcStringSchema.openapi({
    description: 'Bookings starting before this instant; at most 366 days after `from`',
    example: '2027-04-01T00:00:00Z',
  }),
  staffId: idSchema('stf').optional(),
  status: z.enum(['pending', 'confirmed', 'cancelled']).optional(),
});
