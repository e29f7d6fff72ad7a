import { createRoute, OpenAPIHono } from '@hono/zod-openapi';

import type { AppEnv } from '../../env.js';
import { secretKey } from '../../middleware/secret-key.js';
import { readPlanUsage } from '../../plans/plan-usage.js';
import { PlanUsageSchema } from '../../schemas/admin/usage.js';
import { adminSecurity, problemContent } from '../../schemas/common.js';

/** `/v1/admin/usage`: how much of its plan's limits the account uses. */
export const usageAdminRoutes = new OpenAPIHono<AppEnv>().openapi(
  createRoute({
    method: 'get',
    path: '/usage',
    summary: "The account's plan, and how much of its limits it uses",
    description:
      'Staff members that are not archived, and bookings created in this calendar month of ' +
      "the account's time zone, cancelled ones included. `limit` is null where the plan sets " +
      'none.',
    tags: ['Admin: account'],
    security: adminSecurity,
    middleware: [secretKey] as const,
    responses: {
      200: {
        description: 'The usage',
        content: { 'application/json': { schema: PlanUsageSchema } },
      },
      401: problemContent('Missing or invalid secret key'),
      403: problemContent('A staff user (owner_only), or a session from another site'),
    },
  }),
  async (c) => c.json(await readPlanUsage(c.var.db, c.var.account, Date.now()), 200),
);
