import { createRoute, OpenAPIHono } from '@hono/zod-openapi';

import { movableSlots } from '../../data/movable-slots.js';
import { slotRange, wireSlotList } from '../../data/slot-list.js';
import type { AppEnv } from '../../env.js';
import { secretKeyOrStaff } from '../../middleware/secret-key.js';
import { adminSecurity, problemContent } from '../../schemas/common.js';
import { BookingPathSchema, MovableSlotQuerySchema } from '../../schemas/manage.js';
import { SlotListSchema } from '../../schemas/slots.js';
import { accountBooking } from './bookings.js';

/**
 * `GET /v1/admin/bookings/{bookingId}/slots`: the starts a booking can be moved to, for its
 * service, staff member and length, with the booking itself not in the way, exactly as the
 * reschedule route checks a new start.
 */
export const bookingSlotAdminRoutes = new OpenAPIHono<AppEnv>().openapi(
  createRoute({
    method: 'get',
    path: '/bookings/{bookingId}/slots',
    summary: 'List the free starts a booking can be moved to',
    description:
      'Starts in [start, end) of the same service, staff member and length. The booking ' +
      'itself counts as free, so a start that overlaps its current time is listed when ' +
      'nothing else is in the way. Times are UTC.',
    tags: ['Admin: bookings'],
    security: adminSecurity,
    middleware: [secretKeyOrStaff] as const,
    request: { params: BookingPathSchema, query: MovableSlotQuerySchema },
    responses: {
      200: {
        description: 'The starts the booking can move to',
        content: { 'application/json': { schema: SlotListSchema } },
      },
      400: problemContent('Invalid range'),
      401: problemContent('Missing or invalid secret key'),
      403: problemContent('A console session from another site (same_origin_only)'),
      404: problemContent('No such booking in this account, or of this staff member'),
    },
  }),
  async (c) => {
    const { row } = await accountBooking(c, c.req.valid('param').bookingId);
    const range = slotRange(c.req.valid('query'));
    const slots = await movableSlots(c.var.db, row, range, Date.now());
    return c.json(wireSlotList(row.serviceId, slots), 200);
  },
);
