import { computeSlots } from '@bookafy/core';
import { createRoute, OpenAPIHono } from '@hono/zod-openapi';

import { chosenDuration } from '../data/chosen-duration.js';
import { loadServiceAvailability } from '../data/load-availability.js';
import { slotRange, wireSlotList } from '../data/slot-list.js';
import type { AppEnv } from '../env.js';
import { publishableKey } from '../middleware/publishable-key.js';
import { ApiProblem, ProblemCode } from '../problem.js';
import { problemContent, publicSecurity } from '../schemas/common.js';
import { SlotListSchema, SlotQuerySchema } from '../schemas/slots.js';

/** `GET /v1/slots`: the free UTC slots of a service, for one staff member or any. */
export const slotRoutes = new OpenAPIHono<AppEnv>().openapi(
  createRoute({
    method: 'get',
    path: '/slots',
    summary: 'List the free slots of a service over a UTC range',
    description:
      'Slots whose start lies in [start, end). Times are UTC; clients present them in any zone.',
    tags: ['Public'],
    security: publicSecurity,
    middleware: [publishableKey] as const,
    request: { query: SlotQuerySchema },
    responses: {
      200: {
        description: 'The slots',
        content: { 'application/json': { schema: SlotListSchema } },
      },
      400: problemContent('Invalid query'),
      401: problemContent('Missing or invalid publishable key'),
      404: problemContent('No such service'),
    },
  }),
  async (c) => {
    const query = c.req.valid('query');
    const now = Date.now();
    const range = slotRange(query);

    const availability = await loadServiceAvailability(c.var.db, {
      accountId: c.var.account.id,
      serviceId: query.serviceId,
      staffId: query.staffId,
      range,
      now,
    });
    if (!availability) {
      throw new ApiProblem(
        404,
        ProblemCode.notFound,
        `No service ${query.serviceId} in this account.`,
      );
    }

    const slots = computeSlots({
      service: availability.rules,
      durationMinutes: chosenDuration(availability.service, query.durationMinutes),
      staff: availability.schedules,
      range,
      now,
    });
    return c.json(wireSlotList(availability.service.id, slots), 200);
  },
);
