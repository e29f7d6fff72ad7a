import { MINUTE_MS, parseUtcString, toUtcString } from '@bookafy/core';
import { createRoute, OpenAPIHono } from '@hono/zod-openapi';

import { atomicBatch } from '../data/atomic-batch.js';
import { bookingGuards } from '../data/booking-guards.js';
import { checkSlot, claimFor, zoneOf } from '../data/check-slot.js';
import { insertWhere } from '../data/conditional-insert.js';
import { claimIsFree } from '../data/claim-is-free.js';
import { holds, type Hold } from '../db/schema/index.js';
import type { AppEnv } from '../env.js';
import { newId } from '../internal/ids.js';
import { publishableKey } from '../middleware/publishable-key.js';
import { ApiProblem, ProblemCode } from '../problem.js';
import { problemContent, publicSecurity } from '../schemas/common.js';
import { HoldRequestSchema, HoldSchema } from '../schemas/holds.js';

const route = createRoute({
  method: 'post',
  path: '/holds',
  summary: 'Hold a slot for a few minutes',
  description:
    'Reserves a slot while the visitor fills in the form (5 minutes unless asked otherwise). ' +
    'The hold blocks the slot like a booking until it expires or a booking takes it over ' +
    'by sending its `holdId`.',
  tags: ['Public'],
  security: publicSecurity,
  middleware: [publishableKey] as const,
  request: {
    body: { required: true, content: { 'application/json': { schema: HoldRequestSchema } } },
  },
  responses: {
    201: { description: 'Held', content: { 'application/json': { schema: HoldSchema } } },
    400: problemContent('Invalid body'),
    401: problemContent('Missing or invalid publishable key'),
    404: problemContent('No such service'),
    409: problemContent('The slot was taken (slot_taken)'),
    422: problemContent('Not a slot of the service (slot_unavailable)'),
  },
});

/** `POST /v1/holds`: reserves a slot for a few minutes, written without overlap. */
export const holdRoutes = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  const { account, db, d1 } = c.var;
  const request = c.req.valid('json');
  const start = parseUtcString(request.start)!;
  const now = Date.now();

  const checked = await checkSlot(db, {
    accountId: account.id,
    serviceId: request.serviceId,
    staffId: request.staffId,
    start,
    durationMinutes: request.durationMinutes,
    now,
  });
  const { service, durationMinutes, slot } = checked;

  for (const staffId of slot.staffIds) {
    const timeZone = zoneOf(checked, staffId);
    const { endsAt: end, ...claim } = claimFor(service, staffId, start, durationMinutes);
    const hold: Hold = {
      id: newId('hld'),
      accountId: account.id,
      ...claim,
      endsAt: end,
      expiresAt: now + request.minutes * MINUTE_MS,
      createdAt: now,
    };
    const guards = bookingGuards(service, timeZone, start, { now });
    const [inserted] = await atomicBatch(d1, [
      insertWhere(holds, hold, claimIsFree(db, hold, guards)),
    ]);
    if (inserted!.meta.changes > 0) {
      return c.json(
        {
          id: hold.id,
          serviceId: hold.serviceId,
          staffId,
          start: toUtcString(start),
          end: toUtcString(end),
          expiresAt: toUtcString(hold.expiresAt),
        },
        201,
      );
    }
  }
  throw new ApiProblem(409, ProblemCode.slotTaken, `${request.start} has just been taken.`);
});
