import {
  findBookableSlot,
  localPeriodRange,
  MINUTE_MS,
  parseUtcString,
  toUtcString,
} from '@bookafy/core';
import { createRoute, OpenAPIHono } from '@hono/zod-openapi';

import { chosenDuration } from '../data/chosen-duration.js';
import { insertBookingIfFree, type BookingGuards } from '../data/insert-booking-if-free.js';
import { loadServiceAvailability } from '../data/load-availability.js';
import type { BookingRow, Service } from '../db/schema/index.js';
import type { AppEnv } from '../env.js';
import { newId } from '../internal/ids.js';
import { publishableKey } from '../middleware/publishable-key.js';
import { ApiProblem, ProblemCode } from '../problem.js';
import { BookingRequestSchema, BookingSchema } from '../schemas/bookings.js';
import { problemContent, publicSecurity } from '../schemas/common.js';

/** `POST /v1/bookings`: books a slot, checked by the engine and written without overlap. */
export const bookingRoutes = new OpenAPIHono<AppEnv>().openapi(
  createRoute({
    method: 'post',
    path: '/bookings',
    summary: 'Book a slot',
    description:
      'Checks the start with the same engine that lists slots, then writes the booking with ' +
      'one conditional statement: two bookings of one staff member never overlap.',
    tags: ['Public'],
    security: publicSecurity,
    middleware: [publishableKey] as const,
    request: {
      body: { required: true, content: { 'application/json': { schema: BookingRequestSchema } } },
    },
    responses: {
      201: { description: 'Booked', content: { 'application/json': { schema: BookingSchema } } },
      400: problemContent('Invalid body'),
      401: problemContent('Missing or invalid publishable key'),
      404: problemContent('No such service or staff member'),
      409: problemContent('The slot was taken (code slot_taken)'),
      422: problemContent('The start is not a slot of the service (code slot_unavailable)'),
    },
  }),
  async (c) => {
    const { account, db } = c.var;
    const request = c.req.valid('json');
    const start = parseUtcString(request.start)!;
    const now = Date.now();

    const availability = await loadServiceAvailability(db, {
      accountId: account.id,
      serviceId: request.serviceId,
      staffId: request.staffId,
      range: { start, end: start + 1 },
    });
    if (!availability) {
      throw new ApiProblem(
        404,
        ProblemCode.notFound,
        `No service ${request.serviceId} in this account.`,
      );
    }
    if (request.staffId && availability.staff.length === 0) {
      throw new ApiProblem(
        404,
        ProblemCode.notFound,
        `No staff member ${request.staffId} offers service ${request.serviceId}.`,
      );
    }

    const { service } = availability;
    const durationMinutes = chosenDuration(service, request.durationMinutes);
    const rules = {
      service: availability.rules,
      durationMinutes,
      staff: availability.schedules,
      now,
    };
    const slot = findBookableSlot(rules, start);
    if (!slot) {
      const freeStaff = availability.schedules.map((schedule) => ({ ...schedule, busy: [] }));
      if (findBookableSlot({ ...rules, staff: freeStaff }, start)) {
        throw new ApiProblem(
          409,
          ProblemCode.slotTaken,
          `${request.start} has already been booked.`,
        );
      }
      throw new ApiProblem(
        422,
        ProblemCode.slotUnavailable,
        `${request.start} is not a bookable start of this service.`,
      );
    }

    const end = start + durationMinutes * MINUTE_MS;
    // Whoever the engine lists first gets it; if a concurrent booking wins that staff member,
    // the next one free at that time is tried before the visitor is told it is taken.
    for (const staffId of slot.staffIds) {
      const row: BookingRow = {
        id: newId('bkg'),
        accountId: account.id,
        serviceId: service.id,
        staffId,
        status: 'confirmed',
        seats: 1,
        startsAt: start,
        endsAt: end,
        blockedFrom: start - service.bufferBeforeMinutes * MINUTE_MS,
        blockedUntil: end + service.bufferAfterMinutes * MINUTE_MS,
        customerName: request.customer.name,
        customerEmail: request.customer.email,
        customerTimeZone: request.customer.timeZone,
        createdAt: now,
      };
      const staffZone = availability.staff.find((member) => member.id === staffId)!.timeZone;
      if (await insertBookingIfFree(db, row, bookingGuards(service, staffZone, start))) {
        c.header('Location', `/v1/bookings/${row.id}`);
        return c.json(toWireBooking(row, staffZone), 201);
      }
    }
    throw new ApiProblem(409, ProblemCode.slotTaken, `${request.start} has just been booked.`);
  },
);

/** The capacity and limits the conditional insert re-checks for one staff member. */
function bookingGuards(service: Service, staffTimeZone: string, start: number): BookingGuards {
  const limits: BookingGuards['limits'] = [];
  if (service.maxPerDay !== null) {
    limits.push({ max: service.maxPerDay, period: localPeriodRange(staffTimeZone, start, 'day') });
  }
  if (service.maxPerWeek !== null) {
    limits.push({
      max: service.maxPerWeek,
      period: localPeriodRange(staffTimeZone, start, 'week'),
    });
  }
  return { capacity: service.capacity, limits };
}

/** A stored booking as the wire carries it. */
function toWireBooking(row: BookingRow, staffTimeZone: string) {
  return {
    id: row.id,
    status: row.status,
    serviceId: row.serviceId,
    staffId: row.staffId,
    start: toUtcString(row.startsAt),
    end: toUtcString(row.endsAt),
    timeZone: staffTimeZone,
    customer: {
      name: row.customerName,
      email: row.customerEmail,
      timeZone: row.customerTimeZone,
    },
    createdAt: toUtcString(row.createdAt),
  };
}
