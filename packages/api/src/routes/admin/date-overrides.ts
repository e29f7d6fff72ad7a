import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { and, asc, eq, gte, lte, type SQL } from 'drizzle-orm';

import { findStaffMember } from '../../data/find-staff-member.js';
import { dateOverrides } from '../../db/schema/index.js';
import type { AppEnv } from '../../env.js';
import { newId } from '../../internal/ids.js';
import { secretKey } from '../../middleware/secret-key.js';
import { ApiProblem, ProblemCode } from '../../problem.js';
import {
  DateOverrideListSchema,
  DateOverrideParamsSchema,
  DateOverrideSchema,
  DateOverrideUpdateSchema,
  DateRangeQuerySchema,
} from '../../schemas/admin/date-overrides.js';
import { StaffParamsSchema } from '../../schemas/admin/staff.js';
import { adminSecurity, problemContent } from '../../schemas/common.js';

const tags = ['Admin: staff schedules'];
const refusals = {
  401: problemContent('Missing or invalid secret key'),
  404: problemContent('No such staff member in this account, or no override on that date'),
};

/** `/v1/admin/staff/{staffId}/date-overrides`: dates whose hours replace the weekly ones. */
export const dateOverrideAdminRoutes = new OpenAPIHono<AppEnv>()
  .openapi(
    createRoute({
      method: 'get',
      path: '/staff/{staffId}/date-overrides',
      summary: "List a staff member's date overrides",
      description: "Dates are in the staff member's zone; `from` and `to` are inclusive.",
      tags,
      security: adminSecurity,
      middleware: [secretKey] as const,
      request: { params: StaffParamsSchema, query: DateRangeQuerySchema },
      responses: {
        200: {
          description: 'The overrides, by date',
          content: { 'application/json': { schema: DateOverrideListSchema } },
        },
        400: problemContent('Invalid staff id or dates'),
        ...refusals,
      },
    }),
    async (c) => {
      const { account, db } = c.var;
      const { staffId } = c.req.valid('param');
      const { from, to } = c.req.valid('query');
      if (from && to && to < from) {
        throw new ApiProblem(400, ProblemCode.invalidRequest, 'The dates are reversed.', {
          errors: [{ path: 'to', message: 'Expected a date on or after from.' }],
        });
      }
      await findStaffMember(db, account.id, staffId);

      const conditions: SQL[] = [
        eq(dateOverrides.accountId, account.id),
        eq(dateOverrides.staffId, staffId),
      ];
      if (from) conditions.push(gte(dateOverrides.date, from));
      if (to) conditions.push(lte(dateOverrides.date, to));
      const rows = await db
        .select({ date: dateOverrides.date, intervals: dateOverrides.intervals })
        .from(dateOverrides)
        .where(and(...conditions))
        .orderBy(asc(dateOverrides.date));
      return c.json({ data: rows }, 200);
    },
  )
  .openapi(
    createRoute({
      method: 'put',
      path: '/staff/{staffId}/date-overrides/{date}',
      summary: 'Set the hours of one date',
      description:
        "Replaces the weekly hours on that date in the staff member's zone, creating or " +
        'replacing the override. An empty list of intervals closes the date.',
      tags,
      security: adminSecurity,
      middleware: [secretKey] as const,
      request: {
        params: DateOverrideParamsSchema,
        body: {
          required: true,
          content: { 'application/json': { schema: DateOverrideUpdateSchema } },
        },
      },
      responses: {
        200: {
          description: 'The override',
          content: { 'application/json': { schema: DateOverrideSchema } },
        },
        400: problemContent('Invalid date or intervals'),
        ...refusals,
      },
    }),
    async (c) => {
      const { account, db } = c.var;
      const { staffId, date } = c.req.valid('param');
      const { intervals } = c.req.valid('json');
      await findStaffMember(db, account.id, staffId);

      const [saved] = await db
        .insert(dateOverrides)
        .values({ id: newId('ovr'), accountId: account.id, staffId, date, intervals })
        .onConflictDoUpdate({
          target: [dateOverrides.staffId, dateOverrides.date],
          set: { intervals },
          setWhere: eq(dateOverrides.accountId, account.id),
        })
        .returning({ date: dateOverrides.date, intervals: dateOverrides.intervals });
      return c.json(saved!, 200);
    },
  )
  .openapi(
    createRoute({
      method: 'delete',
      path: '/staff/{staffId}/date-overrides/{date}',
      summary: 'Remove the override of one date',
      description: 'The date goes back to the weekly working hours.',
      tags,
      security: adminSecurity,
      middleware: [secretKey] as const,
      request: { params: DateOverrideParamsSchema },
      responses: {
        204: { description: 'Removed' },
        400: problemContent('Invalid staff id or date'),
        ...refusals,
      },
    }),
    async (c) => {
      const { account, db } = c.var;
      const { staffId, date } = c.req.valid('param');
      await findStaffMember(db, account.id, staffId);

      const removed = await db
        .delete(dateOverrides)
        .where(
          and(
            eq(dateOverrides.accountId, account.id),
            eq(dateOverrides.staffId, staffId),
            eq(dateOverrides.date, date),
          ),
        )
        .returning({ id: dateOverrides.id });
      if (removed.length === 0) {
        throw new ApiProblem(404, ProblemCode.notFound, `No override on ${date} for ${staffId}.`);
      }
      return c.body(null, 204);
    },
  );
