import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { and, asc, eq, isNull } from 'drizzle-orm';

import { services, serviceStaff, staff } from '../db/schema/index.js';
import type { AppEnv } from '../env.js';
import { publishableKey } from '../middleware/publishable-key.js';
import { BootstrapSchema } from '../schemas/bootstrap.js';
import { problemContent, publicSecurity } from '../schemas/common.js';

/** `GET /v1/bootstrap`: everything a widget shows before its first step, in one call. */
export const bootstrapRoutes = new OpenAPIHono<AppEnv>().openapi(
  createRoute({
    method: 'get',
    path: '/bootstrap',
    summary: 'Load the account, services and staff a widget shows',
    tags: ['Public'],
    security: publicSecurity,
    middleware: [publishableKey] as const,
    responses: {
      200: {
        description: 'The account',
        content: { 'application/json': { schema: BootstrapSchema } },
      },
      401: problemContent('Missing or invalid publishable key'),
    },
  }),
  async (c) => {
    const { account, db } = c.var;
    const [serviceRows, staffRows, links] = await db.batch([
      db
        .select()
        .from(services)
        .where(and(eq(services.accountId, account.id), isNull(services.archivedAt)))
        .orderBy(asc(services.position), asc(services.id)),
      db
        .select()
        .from(staff)
        .where(and(eq(staff.accountId, account.id), isNull(staff.archivedAt)))
        .orderBy(asc(staff.position), asc(staff.id)),
      db.select().from(serviceStaff).where(eq(serviceStaff.accountId, account.id)),
    ]);

    const staffOrder = new Map(staffRows.map((member, index) => [member.id, index]));
    return c.json(
      {
        account: {
          id: account.id,
          slug: account.slug,
          name: account.name,
          timeZone: account.timeZone,
          plan: account.plan,
          branding: account.branding,
          features: { removeBranding: account.plan === 'pro' },
        },
        services: serviceRows.map((service) => ({
          id: service.id,
          name: service.name,
          description: service.description,
          durationMinutes: service.durationMinutes,
          alternativeDurationsMinutes: service.alternativeDurationsMinutes,
          capacity: service.capacity,
          horizonDays: service.horizonDays,
          staffIds: links
            .filter((link) => link.serviceId === service.id)
            .map((link) => link.staffId)
            .sort((a, b) => (staffOrder.get(a) ?? 0) - (staffOrder.get(b) ?? 0)),
          questions: service.questions,
          timeZoneDisplay: service.timeZoneDisplay,
        })),
        staff: staffRows.map((member) => ({
          id: member.id,
          name: member.name,
          timeZone: member.timeZone,
        })),
      },
      200,
    );
  },
);
