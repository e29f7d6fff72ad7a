import { parseUtcString, toUtcString } from '@bookafy/core';
import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { and, asc, eq, gt, gte, lt, or, sql, type SQL } from 'drizzle-orm';
import type { Context } from 'hono';

import {
  cancelBooking,
  confirmBooking,
  rescheduleBooking,
  findBooking,
  type LoadedBooking,
} from '../../data/booking-changes.js';
import { decodeCursor, encodeCursor } from '../../data/booking-cursor.js';
import { toWireBooking } from '../../data/wire-booking.js';
import { bookingEvents, bookings, staff } from '../../db/schema/index.js';
import type { AppEnv } from '../../env.js';
import { secretKeyOrStaff } from '../../middleware/secret-key.js';
import { ApiProblem, ProblemCode } from '../../problem.js';
import {
  BookingEventListSchema,
  BookingListQuerySchema,
  BookingListSchema,
} from '../../schemas/admin/bookings.js';
import { BookingSchema } from '../../schemas/bookings.js';
import { adminSecurity, problemContent } from '../../schemas/common.js';
import {
  BookingPathSchema,
  CancelRequestSchema,
  RescheduleRequestSchema,
} from '../../schemas/manage.js';
import { dispatchAfterWrite } from '../../webhooks/dispatch.js';

const tags = ['Admin: bookings'];
const bookingContent = { 'application/json': { schema: BookingSchema } };
const refusals = {
  401: problemContent('Missing or invalid secret key'),
  403: problemContent('A console session from another site (same_origin_only)'),
  404: problemContent('No such booking in this account, or of this staff member'),
};

/**
 * The account's booking `bookingId`; another account's id is simply not found, and so is
 * another staff member's booking for a staff user, who may not learn that it exists.
 */
export async function accountBooking(
  c: Context<AppEnv>,
  bookingId: string,
): Promise<LoadedBooking> {
  const { staffScope } = c.var;
  const found = await findBooking(
    c.var.db,
    and(
      eq(bookings.id, bookingId),
      eq(bookings.accountId, c.var.account.id),
      staffScope === undefined ? undefined : eq(bookings.staffId, staffScope),
    )!,
  );
  if (!found) throw new ApiProblem(404, ProblemCode.notFound, `No booking ${bookingId} here.`);
  return found;
}

const changeResponses = {
  200: { description: 'The booking after the change', content: bookingContent },
  ...refusals,
  409: problemContent('Not in a state that allows it, or the new time is taken'),
};

const confirmRoute = createRoute({
  method: 'post',
  path: '/bookings/{bookingId}/confirm',
  summary: 'Confirm a pending booking, exactly once',
  tags,
  security: adminSecurity,
  middleware: [secretKeyOrStaff] as const,
  request: { params: BookingPathSchema },
  responses: changeResponses,
});

const cancelRoute = createRoute({
  method: 'post',
  path: '/bookings/{bookingId}/cancel',
  summary: 'Cancel a booking',
  tags,
  security: adminSecurity,
  middleware: [secretKeyOrStaff] as const,
  request: {
    params: BookingPathSchema,
    body: { content: { 'application/json': { schema: CancelRequestSchema } } },
  },
  responses: changeResponses,
});

const rescheduleRoute = createRoute({
  method: 'post',
  path: '/bookings/{bookingId}/reschedule',
  summary: 'Move a booking to another start (same staff member and length)',
  tags,
  security: adminSecurity,
  middleware: [secretKeyOrStaff] as const,
  request: {
    params: BookingPathSchema,
    body: { content: { 'application/json': { schema: RescheduleRequestSchema } } },
  },
  responses: changeResponses,
});

/** `/v1/admin/bookings`: every booking of the account, and the changes a business makes. */
export const bookingAdminRoutes = new OpenAPIHono<AppEnv>()
  .openapi(
    createRoute({
      method: 'get',
      path: '/bookings',
      summary: 'List bookings by start, with filters and a cursor',
      description:
        "A staff user's console session lists only their own bookings; a `staffId` filter " +
        'naming anyone else is refused with 403 `staff_scope`.',
      tags,
      security: adminSecurity,
      middleware: [secretKeyOrStaff] as const,
      request: { query: BookingListQuerySchema },
      responses: {
        200: {
          description: 'A page',
          content: { 'application/json': { schema: BookingListSchema } },
        },
        ...refusals,
        403: problemContent(
          "A session from another site (same_origin_only), or another staff member's bookings " +
            'asked for by a staff user (staff_scope)',
        ),
      },
    }),
    async (c) => {
      const query = c.req.valid('query');
      const { staffScope } = c.var;
      if (staffScope !== undefined && query.staffId !== undefined && query.staffId !== staffScope) {
        throw new ApiProblem(
          403,
          ProblemCode.staffScope,
          'A staff member sees only their own bookings; leave out staffId or send your own.',
        );
      }
      const staffId = staffScope ?? query.staffId;
      const conditions: (SQL | undefined)[] = [
        eq(bookings.accountId, c.var.account.id),
        query.status ? eq(bookings.status, query.status) : undefined,
        staffId ? eq(bookings.staffId, staffId) : undefined,
        query.serviceId ? eq(bookings.serviceId, query.serviceId) : undefined,
        query.from ? gte(bookings.startsAt, parseUtcString(query.from)!) : undefined,
        query.to ? lt(bookings.startsAt, parseUtcString(query.to)!) : undefined,
      ];
      if (query.cursor) {
        const after = decodeCursor(query.cursor);
        conditions.push(
          or(
            gt(bookings.startsAt, after.startsAt),
            and(eq(bookings.startsAt, after.startsAt), gt(bookings.id, after.id)),
          ),
        );
      }
      const rows = await c.var.db
        .select({ booking: bookings, timeZone: staff.timeZone })
        .from(bookings)
        .innerJoin(staff, eq(staff.id, bookings.staffId))
        .where(and(...conditions))
        .orderBy(asc(bookings.startsAt), asc(bookings.id))
        .limit(query.limit + 1);

      const page = rows.slice(0, query.limit);
      const last = page.at(-1)?.booking;
      return c.json(
        {
          data: page.map((row) => toWireBooking(row.booking, row.timeZone)),
          nextCursor: rows.length > query.limit && last ? encodeCursor(last) : null,
        },
        200,
      );
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/bookings/{bookingId}',
      summary: 'Get a booking',
      tags,
      security: adminSecurity,
      middleware: [secretKeyOrStaff] as const,
      request: { params: BookingPathSchema },
      responses: { 200: { description: 'The booking', content: bookingContent }, ...refusals },
    }),
    async (c) => {
      const { row, timeZone } = await accountBooking(c, c.req.valid('param').bookingId);
      return c.json(toWireBooking(row, timeZone), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/bookings/{bookingId}/events',
      summary: "A booking's audit trail, oldest first",
      tags,
      security: adminSecurity,
      middleware: [secretKeyOrStaff] as const,
      request: { params: BookingPathSchema },
      responses: {
        200: {
          description: 'Every change',
          content: { 'application/json': { schema: BookingEventListSchema } },
        },
        ...refusals,
      },
    }),
    async (c) => {
      const { row } = await accountBooking(c, c.req.valid('param').bookingId);
      const events = await c.var.db
        .select()
        .from(bookingEvents)
        .where(and(eq(bookingEvents.bookingId, row.id), eq(bookingEvents.accountId, row.accountId)))
        .orderBy(asc(bookingEvents.createdAt), sql`rowid`); // rowid: insertion order within a ms
      const data = events.map((event) => ({
        id: event.id,
        type: event.type,
        actor: event.actor,
        data: event.data,
        at: toUtcString(event.createdAt),
      }));
      return c.json({ data }, 200);
    },
  )
  .openapi(confirmRoute, async (c) => {
    const booking = await accountBooking(c, c.req.valid('param').bookingId);
    const confirmed = await confirmBooking(c.var, booking, 'admin');
    dispatchAfterWrite(c, Date.now());
    return c.json(toWireBooking(confirmed, booking.timeZone), 200);
  })
  .openapi(cancelRoute, async (c) => {
    const booking = await accountBooking(c, c.req.valid('param').bookingId);
    const { reason } = c.req.valid('json');
    const cancelled = await cancelBooking(c.var, booking, 'admin', reason);
    dispatchAfterWrite(c, Date.now());
    return c.json(toWireBooking(cancelled, booking.timeZone), 200);
  })
  .openapi(rescheduleRoute, async (c) => {
    const booking = await accountBooking(c, c.req.valid('param').bookingId);
    const { start } = c.req.valid('json');
    const moved = await rescheduleBooking(c.var, booking, parseUtcString(start)!, 'admin');
    dispatchAfterWrite(c, Date.now());
    return c.json(toWireBooking(moved, booking.timeZone), 200);
  });
