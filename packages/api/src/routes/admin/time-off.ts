import { parseUtcString, toUtcString } from '@bookafy/core';
import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { and, asc, eq, gt, lt, type SQL } from 'drizzle-orm';

import { findStaffMember } from '../../data/find-staff-member.js';
import { timeOff } from '../../db/schema/index.js';
import type { AppEnv } from '../../env.js';
import { newId } from '../../internal/ids.js';
import { secretKey } from '../../middleware/secret-key.js';
import { ApiProblem, ProblemCode } from '../../problem.js';
import { StaffParamsSchema } from '../../schemas/admin/staff.js';
import {
  TimeOffCreateSchema,
  TimeOffListSchema,
  TimeOffParamsSchema,
  TimeOffQuerySchema,
  TimeOffSchema,
} from '../../schemas/admin/time-off.js';
import { adminSecurity, problemContent } from '../../schemas/common.js';

const tags = ['Admin: staff schedules'];
const refusals = {
  401: problemContent('Missing or invalid secret key'),
  404: problemContent('No such staff member or time off in this account'),
};

/** A stored absence on the wire, with UTC strings for its instants. */
function timeOffView(row: typeof timeOff.$inferSelect) {
  return {
    id: row.id,
    start: toUtcString(row.startsAt),
    end: toUtcString(row.endsAt),
    reason: row.reason,
  };
}

/** `/v1/admin/staff/{staffId}/time-off`: absences, during which a staff member takes no one. */
export const timeOffAdminRoutes = new OpenAPIHono<AppEnv>()
  .openapi(
    createRoute({
      method: 'get',
      path: '/staff/{staffId}/time-off',
      summary: "List a staff member's time off",
      description: 'Absences that overlap `[start, end)`, ordered by start.',
      tags,
      security: adminSecurity,
      middleware: [secretKey] as const,
      request: { params: StaffParamsSchema, query: TimeOffQuerySchema },
      responses: {
        200: {
          description: 'The absences',
          content: { 'application/json': { schema: TimeOffListSchema } },
        },
        400: problemContent('Invalid staff id or range'),
        ...refusals,
      },
    }),
    async (c) => {
      const { account, db } = c.var;
      const { staffId } = c.req.valid('param');
      const query = c.req.valid('query');
      await findStaffMember(db, account.id, staffId);

      const conditions: SQL[] = [eq(timeOff.accountId, account.id), eq(timeOff.staffId, staffId)];
      if (query.start) conditions.push(gt(timeOff.endsAt, parseUtcString(query.start)!));
      if (query.end) conditions.push(lt(timeOff.startsAt, parseUtcString(query.end)!));
      const rows = await db
        .select()
        .from(timeOff)
        .where(and(...conditions))
        .orderBy(asc(timeOff.startsAt), asc(timeOff.id));
      return c.json({ data: rows.map(timeOffView) }, 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/staff/{staffId}/time-off',
      summary: 'Add time off',
      description: 'The staff member is offered for no slot that overlaps `[start, end)`.',
      tags,
      security: adminSecurity,
      middleware: [secretKey] as const,
      request: {
        params: StaffParamsSchema,
        body: { required: true, content: { 'application/json': { schema: TimeOffCreateSchema } } },
      },
      responses: {
        201: {
          description: 'Created',
          content: { 'application/json': { schema: TimeOffSchema } },
        },
        400: problemContent('Invalid body'),
        ...refusals,
      },
    }),
    async (c) => {
      const { account, db } = c.var;
      const { staffId } = c.req.valid('param');
      const body = c.req.valid('json');
      await findStaffMember(db, account.id, staffId);

      const [row] = await db
        .insert(timeOff)
        .values({
          id: newId('off'),
          accountId: account.id,
          staffId,
          startsAt: parseUtcString(body.start)!,
          endsAt: parseUtcString(body.end)!,
          reason: body.reason ?? '',
        })
        .returning();
      return c.json(timeOffView(row!), 201);
    },
  )
  .openapi(
    createRoute({
      method: 'delete',
      path: '/staff/{staffId}/time-off/{timeOffId}',
      summary: 'Remove time off',
      tags,
      security: adminSecurity,
      middleware: [secretKey] as const,
      request: { params: TimeOffParamsSchema },
      responses: {
        204: { description: 'Removed' },
        400: problemContent('Invalid id'),
        ...refusals,
      },
    }),
    async (c) => {
      const { staffId, timeOffId } = c.req.valid('param');
      const removed = await c.var.db
        .delete(timeOff)
        .where(
          and(
            eq(timeOff.accountId, c.var.account.id),
            eq(timeOff.staffId, staffId),
            eq(timeOff.id, timeOffId),
          ),
        )
        .returning({ id: timeOff.id });
      if (removed.length === 0) {
        throw new ApiProblem(404, ProblemCode.notFound, `No time off ${timeOffId} of ${staffId}.`);
      }
      return c.body(null, 204);
    },
  );
