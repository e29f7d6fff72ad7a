import { createRoute, OpenAPIHono } from '@hono/zod-openapi';

import type { AppEnv } from '../../env.js';
import { readBookingInsights } from '../../insights/booking-insights.js';
import { secretKey } from '../../middleware/secret-key.js';
import { InsightsQuerySchema, InsightsSchema } from '../../schemas/admin/insights.js';
import { adminSecurity, problemContent } from '../../schemas/common.js';

/**
 * `GET /v1/admin/insights`: how bookings came and went per day in the account's zone, and when
 * in the week appointments start, for the console's charts.
 */
export const insightsAdminRoutes = new OpenAPIHono<AppEnv>().openapi(
  createRoute({
    method: 'get',
    path: '/insights',
    summary: 'Bookings per day and the busiest hours',
    description:
      "Every local date of the account's zone over the last `days` days up to today, zeros " +
      'included, with the bookings created and cancelled on it; and non-cancelled booking ' +
      'starts in that range by local weekday (0 = Monday) and hour. Days are counted on the ' +
      'wall clock, so a DST change makes one of them 23 or 25 hours long.',
    tags: ['Admin: insights'],
    security: adminSecurity,
    middleware: [secretKey] as const,
    request: { query: InsightsQuerySchema },
    responses: {
      200: {
        description: 'The counts',
        content: { 'application/json': { schema: InsightsSchema } },
      },
      400: problemContent('`days` outside 1–366'),
      401: problemContent('Missing or invalid secret key'),
    },
  }),
  async (c) => {
    const { days } = c.req.valid('query');
    return c.json(await readBookingInsights(c.var.db, c.var.account, Date.now(), days), 200);
  },
);
