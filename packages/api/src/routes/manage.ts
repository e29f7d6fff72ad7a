import { buildCalendar, parseUtcString } from '@bookafy/core';
import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { eq } from 'drizzle-orm';
import type { Context } from 'hono';

import {
  cancelBooking,
  findBooking,
  rescheduleBooking,
  type LoadedBooking,
} from '../data/booking-changes.js';
import { movableSlots } from '../data/movable-slots.js';
import { slotRange, wireSlotList } from '../data/slot-list.js';
import { toWireBooking } from '../data/wire-booking.js';
import { accounts, bookings, services, staff } from '../db/schema/index.js';
import type { AppEnv } from '../env.js';
import { tokenOpensBooking } from '../notifications/manage-link.js';
import { ApiProblem, ProblemCode } from '../problem.js';
import { BookingSchema } from '../schemas/bookings.js';
import { problemContent } from '../schemas/common.js';
import {
  BookingPathSchema,
  CancelRequestSchema,
  ManageQuerySchema,
  MovableSlotQuerySchema,
  RescheduleRequestSchema,
} from '../schemas/manage.js';
import { SlotListSchema } from '../schemas/slots.js';
import { dispatchAfterWrite } from '../webhooks/dispatch.js';

/** The header that carries a booking's manage token. */
export const MANAGE_TOKEN_HEADER = 'Bookafy-Manage-Token';

const security = [{ manageToken: [] }];
const bookingResponse = {
  200: { description: 'The booking', content: { 'application/json': { schema: BookingSchema } } },
  404: problemContent('No booking with that id and token'),
};

/**
 * The booking whose manage token the request carries. A wrong token answers exactly like a
 * missing booking, so a token cannot be used to learn which ids exist.
 */
async function managedBooking(c: Context<AppEnv>, bookingId: string): Promise<LoadedBooking> {
  const token = c.req.header(MANAGE_TOKEN_HEADER) ?? c.req.query('token');
  const found = token ? await findBooking(c.var.db, eq(bookings.id, bookingId)) : undefined;
  // The booking's own manage token, or the expiring link token of one of its messages.
  if (!found || !(await tokenOpensBooking(found.row, token!, Date.now()))) {
    throw new ApiProblem(404, ProblemCode.notFound, `No booking ${bookingId} for this token.`);
  }
  return found;
}

/** Public calls a visitor makes with the manage token: view, cancel, reschedule and its times. */
export const manageRoutes = new OpenAPIHono<AppEnv>()
  .openapi(
    createRoute({
      method: 'get',
      path: '/bookings/{bookingId}',
      summary: 'View a booking with its manage token',
      tags: ['Manage'],
      security,
      request: { params: BookingPathSchema, query: ManageQuerySchema },
      responses: bookingResponse,
    }),
    async (c) => {
      const { row, timeZone } = await managedBooking(c, c.req.valid('param').bookingId);
      return c.json(toWireBooking(row, timeZone), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/bookings/{bookingId}/calendar.ics',
      summary: 'The booking as an iCalendar file',
      description:
        'METHOD:REQUEST while the booking stands (TENTATIVE while pending), METHOD:CANCEL ' +
        'once cancelled; the UID is stable and SEQUENCE rises with every reschedule.',
      tags: ['Manage'],
      security,
      request: { params: BookingPathSchema, query: ManageQuerySchema },
      responses: {
        200: {
          description: 'An RFC 5545 calendar',
          content: { 'text/calendar': { schema: { type: 'string' } } },
        },
        404: problemContent('No booking with that id and token'),
      },
    }),
    async (c) => {
      const { row } = await managedBooking(c, c.req.valid('param').bookingId);
      const [names] = await c.var.db
        .select({ service: services.name, staff: staff.name, business: accounts.name })
        .from(services)
        .innerJoin(staff, eq(staff.id, row.staffId))
        .innerJoin(accounts, eq(accounts.id, row.accountId))
        .where(eq(services.id, row.serviceId));
      const cancelled = row.status === 'cancelled';
      const calendar = buildCalendar({
        uid: `${row.id}@bookafy`,
        sequence: row.sequence,
        method: cancelled ? 'CANCEL' : 'REQUEST',
        status: cancelled ? 'CANCELLED' : row.status === 'pending' ? 'TENTATIVE' : 'CONFIRMED',
        start: row.startsAt,
        end: row.endsAt,
        stamp: Date.now(),
        summary: `${names?.service ?? 'Appointment'} with ${names?.staff ?? names?.business}`,
        description: `Booked with ${names?.business ?? 'Bookafy'}. Reference ${row.id}.`,
        attendee: { name: row.customerName, email: row.customerEmail },
      });
      return c.body(calendar, 200, {
        'Content-Type': 'text/calendar; charset=utf-8',
        'Content-Disposition': `attachment; filename="${row.id}.ics"`,
      });
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/bookings/{bookingId}/cancel',
      summary: 'Cancel a booking with its manage token',
      tags: ['Manage'],
      security,
      request: {
        params: BookingPathSchema,
        body: { content: { 'application/json': { schema: CancelRequestSchema } } },
      },
      responses: {
        ...bookingResponse,
        409: problemContent('Already cancelled (booking_not_changeable)'),
      },
    }),
    async (c) => {
      const booking = await managedBooking(c, c.req.valid('param').bookingId);
      const reason = c.req.valid('json').reason;
      const cancelled = await cancelBooking(c.var, booking, 'visitor', reason);
      dispatchAfterWrite(c, Date.now());
      return c.json(toWireBooking(cancelled, booking.timeZone), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/bookings/{bookingId}/slots',
      summary: 'List the free starts a booking can be moved to, with its manage token',
      description:
        'Starts in [start, end) of the same service, staff member and length, with the ' +
        'booking itself counted as free, exactly as the reschedule route checks a new start.',
      tags: ['Manage'],
      security,
      request: {
        params: BookingPathSchema,
        query: MovableSlotQuerySchema.merge(ManageQuerySchema),
      },
      responses: {
        200: {
          description: 'The starts the booking can move to',
          content: { 'application/json': { schema: SlotListSchema } },
        },
        400: problemContent('Invalid range'),
        404: problemContent('No booking with that id and token'),
      },
    }),
    async (c) => {
      const { row } = await managedBooking(c, c.req.valid('param').bookingId);
      const range = slotRange(c.req.valid('query'));
      const slots = await movableSlots(c.var.db, row, range, Date.now());
      return c.json(wireSlotList(row.serviceId, slots), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/bookings/{bookingId}/reschedule',
      summary: 'Move a booking to another start with its manage token',
      description: 'Same staff member and length; the new time is checked like a new booking.',
      tags: ['Manage'],
      security,
      request: {
        params: BookingPathSchema,
        body: { content: { 'application/json': { schema: RescheduleRequestSchema } } },
      },
      responses: {
        ...bookingResponse,
        409: problemContent('The time is taken (slot_taken) or the booking cancelled'),
      },
    }),
    async (c) => {
      const booking = await managedBooking(c, c.req.valid('param').bookingId);
      const start = parseUtcString(c.req.valid('json').start)!;
      const moved = await rescheduleBooking(c.var, booking, start, 'visitor');
      dispatchAfterWrite(c, Date.now());
      return c.json(toWireBooking(moved, booking.timeZone), 200);
    },
  );
