import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { sql } from 'drizzle-orm';

import type { AppEnv } from '../env.js';

const HealthSchema = z
  .object({ status: z.literal('ok'), database: z.literal('ok') })
  .openapi('Health');

/** `GET /v1/health`: answers 200 when the Worker runs and D1 answers a query. */
export const healthRoutes = new OpenAPIHono<AppEnv>().openapi(
  createRoute({
    method: 'get',
    path: '/health',
    summary: 'Check that the API and its database answer',
    tags: ['Operations'],
    responses: {
      200: { description: 'Healthy', content: { 'application/json': { schema: HealthSchema } } },
    },
  }),
  async (c) => {
    await c.var.db.run(sql`SELECT 1`);
    return c.json({ status: 'ok' as const, database: 'ok' as const }, 200);
  },
);
