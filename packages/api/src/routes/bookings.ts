import { parseUtcString } from '@bookafy/core';
import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { and, eq, gt } from 'drizzle-orm';
import { HTTPException } from 'hono/http-exception';

import { atomicBatch } from '../data/atomic-batch.js';
import { bookingGuards } from '../data/booking-guards.js';
import { bookingIs, recordChange } from '../data/booking-statements.js';
import { checkAnswers } from '../data/check-answers.js';
import { checkSlot, claimFor, slotTaken, zoneOf } from '../data/check-slot.js';
import { insertWhere } from '../data/conditional-insert.js';
import {
  claimIdempotencyKey,
  storeIdempotentResponse,
  type IdempotencyClaim,
} from '../data/idempotency.js';
import { claimIsFree } from '../data/claim-is-free.js';
import { toWireBooking } from '../data/wire-booking.js';
import { bookings, holds, type BookingRow } from '../db/schema/index.js';
import type { AppEnv } from '../env.js';
import { sha256Hex } from '../internal/hash.js';
import { newId, randomBase32 } from '../internal/ids.js';
import { publishableKey } from '../middleware/publishable-key.js';
import {
  bookingLimitReached,
  monthlyBookingRoom,
  monthlyBookingsExhausted,
} from '../plans/plan-usage.js';
import { ApiProblem, ProblemCode } from '../problem.js';
import { BookingRequestSchema, BookingSchema } from '../schemas/bookings.js';
import { problemContent, publicSecurity } from '../schemas/common.js';
import { dispatchAfterWrite } from '../webhooks/dispatch.js';

const route = createRoute({
  method: 'post',
  path: '/bookings',
  summary: 'Book a slot',
  description:
    'Checks the start with the same engine that lists slots, then writes the booking with ' +
    'one conditional statement: two bookings of one staff member never overlap. With an ' +
    '`Idempotency-Key` header, a retry gets the first response instead of a second booking.',
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
    402: problemContent(
      "The account's plan allows no more bookings this month (plan_limit_bookings)",
    ),
    404: problemContent('No such service or staff member'),
    409: problemContent('Taken (slot_taken, with alternatives), or hold_not_found'),
    422: problemContent(
      'Not a slot of the service (slot_unavailable), answers that do not fit the questions ' +
        '(invalid_answers), or an Idempotency-Key reused',
    ),
  },
});

/** `POST /v1/bookings`: books a slot, checked by the engine and written without overlap. */
export const bookingRoutes = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  const { account, db } = c.var;
  const request = c.req.valid('json');
  const now = Date.now();
  const key = c.req.header('Idempotency-Key');
  const claim = key ? { accountId: account.id, key } : undefined;

  if (claim) {
    const body = { method: 'POST', path: '/v1/bookings', body: request, now };
    const outcome = await claimIdempotencyKey(db, claim, body);
    // The first response, byte for byte; thrown so that it bypasses the typed success path.
    if ('replay' in outcome) throw replayedResponse(outcome.replay);
  }

  try {
    const { booking, manageToken, timeZone } = await createBooking(c.var, request, now, claim);
    c.header('Location', `/v1/bookings/${booking.id}`);
    dispatchAfterWrite(c, now);
    return c.json(toWireBooking(booking, timeZone, manageToken), 201);
  } catch (error) {
    if (claim && error instanceof ApiProblem) {
      const answer = { status: error.status, body: error.toBody(c.var.requestId) };
      await storeIdempotentResponse(db, claim, answer);
    }
    throw error;
  }
});

type Request = typeof BookingRequestSchema._output;

/** Validates and writes one booking; throws the problem that answers a refusal. */
async function createBooking(
  vars: AppEnv['Variables'],
  request: Request,
  now: number,
  claim: IdempotencyClaim | undefined,
): Promise<{ booking: BookingRow; manageToken: string; timeZone: string }> {
  const { account, db } = vars;
  if (await monthlyBookingsExhausted(db, account, now)) throw bookingLimitReached();
  const start = parseUtcString(request.start)!;
  const hold = request.holdId ? await liveHold(vars, request.holdId, now) : undefined;
  if (hold && (hold.serviceId !== request.serviceId || hold.startsAt !== start)) {
    throw new ApiProblem(409, ProblemCode.holdNotFound, 'The hold is for another time or service.');
  }

  const checked = await checkSlot(db, {
    accountId: account.id,
    serviceId: request.serviceId,
    staffId: hold?.staffId ?? request.staffId,
    start,
    durationMinutes: request.durationMinutes,
    now,
    ignoreHoldId: hold?.id,
  });
  const { service, durationMinutes, rules, slot } = checked;
  const answers = checkAnswers(service.questions, request.answers);

  const manageToken = `mt_${randomBase32(40)}`;
  // The engine lists staff members in the fair order; if a concurrent booking wins the first,
  // the next one free at that time is tried before the visitor is told it is taken.
  for (const staffId of slot.staffIds) {
    const timeZone = zoneOf(checked, staffId);
    const booking: BookingRow = {
      id: newId('bkg'),
      accountId: account.id,
      status: service.requiresConfirmation ? 'pending' : 'confirmed',
      ...claimFor(service, staffId, start, durationMinutes),
      customerName: request.customer.name,
      customerEmail: request.customer.email,
      customerTimeZone: request.customer.timeZone,
      customerPhone: request.customer.phone ?? null,
      answers,
      metadata: request.metadata ?? {},
      manageTokenHash: await sha256Hex(manageToken),
      sequence: 0,
      cancellationReason: null,
      createdAt: now,
      updatedAt: now,
    };
    const guards = bookingGuards(service, timeZone, start, { now, holdId: hold?.id });
    const applied = bookingIs(db, booking.id);
    // The plan's monthly room is checked in the insert too, so concurrent bookings never
    // pass it; the check above only answers early.
    const room = and(claimIsFree(db, booking, guards), monthlyBookingRoom(db, account, now))!;
    const [inserted] = await atomicBatch(vars.d1, [
      insertWhere(bookings, booking, room),
      ...recordChange(booking, {
        type: 'created',
        actor: 'visitor',
        staffTimeZone: timeZone,
        at: now,
        applied,
      }),
      db.delete(holds).where(and(eq(holds.id, hold?.id ?? ''), applied)),
      ...(claim
        ? [
            storeIdempotentResponse(
              db,
              claim,
              { status: 201, body: toWireBooking(booking, timeZone, manageToken) },
              applied,
            ),
          ]
        : []),
    ]);
    if (inserted!.meta.changes > 0) return { booking, manageToken, timeZone };
  }
  if (await monthlyBookingsExhausted(db, account, now)) throw bookingLimitReached();
  throw slotTaken(rules, start);
}

/** The account's unexpired hold `holdId`; a missing or expired one is a 409. */
async function liveHold(vars: AppEnv['Variables'], holdId: string, now: number) {
  const [hold] = await vars.db
    .select()
    .from(holds)
    .where(
      and(eq(holds.id, holdId), eq(holds.accountId, vars.account.id), gt(holds.expiresAt, now)),
    );
  if (!hold) throw new ApiProblem(409, ProblemCode.holdNotFound, 'The hold has expired.');
  return hold;
}

/** A stored first response to send again, marked as a replay. */
function replayedResponse(replay: { status: number; body: string }): HTTPException {
  const type = replay.status < 400 ? 'application/json' : 'application/problem+json';
  const res = new Response(replay.body, {
    status: replay.status,
    headers: { 'Content-Type': type, 'Idempotent-Replayed': 'true' },
  });
  return new HTTPException(replay.status as 400, { res });
}
