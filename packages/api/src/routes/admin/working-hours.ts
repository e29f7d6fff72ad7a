import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { and, asc, eq } from 'drizzle-orm';

import { findStaffMember } from '../../data/find-staff-member.js';
import { workingHours } from '../../db/schema/index.js';
import type { AppEnv, Database } from '../../env.js';
import { chunks, rowsPerInsert } from '../../internal/chunks.js';
import { newId } from '../../internal/ids.js';
import { secretKey } from '../../middleware/secret-key.js';
import { StaffParamsSchema } from '../../schemas/admin/staff.js';
import { WorkingHoursSchema, WorkingHoursUpdateSchema } from '../../schemas/admin/working-hours.js';
import { adminSecurity, problemContent } from '../../schemas/common.js';

const tags = ['Admin: staff schedules'];
const weekContent = { 'application/json': { schema: WorkingHoursSchema } };
const refusals = {
  401: problemContent('Missing or invalid secret key'),
  404: problemContent('No such staff member in this account'),
};

/** A staff member's week, in the order people read it. */
function selectWeek(db: Database, accountId: string, staffId: string) {
  return db
    .select({
      weekday: workingHours.weekday,
      startMinute: workingHours.startMinute,
      endMinute: workingHours.endMinute,
    })
    .from(workingHours)
    .where(and(eq(workingHours.accountId, accountId), eq(workingHours.staffId, staffId)))
    .orderBy(asc(workingHours.weekday), asc(workingHours.startMinute));
}

/** `/v1/admin/staff/{staffId}/working-hours`: a staff member's weekly hours, as one resource. */
export const workingHoursAdminRoutes = new OpenAPIHono<AppEnv>()
  .openapi(
    createRoute({
      method: 'get',
      path: '/staff/{staffId}/working-hours',
      summary: "Get a staff member's weekly working hours",
      description: "Wall-clock intervals in the staff member's zone.",
      tags,
      security: adminSecurity,
      middleware: [secretKey] as const,
      request: { params: StaffParamsSchema },
      responses: {
        200: { description: 'The week', content: weekContent },
        400: problemContent('Invalid staff id'),
        ...refusals,
      },
    }),
    async (c) => {
      const { account, db } = c.var;
      const { staffId } = c.req.valid('param');
      await findStaffMember(db, account.id, staffId);
      return c.json({ data: await selectWeek(db, account.id, staffId) }, 200);
    },
  )
  .openapi(
    createRoute({
      method: 'put',
      path: '/staff/{staffId}/working-hours',
      summary: "Replace a staff member's weekly working hours",
      description:
        'The whole week is replaced at once; an empty list leaves no weekly hours. Intervals ' +
        'may cross midnight but may not overlap, counting Sunday night into Monday.',
      tags,
      security: adminSecurity,
      middleware: [secretKey] as const,
      request: {
        params: StaffParamsSchema,
        body: {
          required: true,
          content: { 'application/json': { schema: WorkingHoursUpdateSchema } },
        },
      },
      responses: {
        200: { description: 'The new week', content: weekContent },
        400: problemContent('Invalid or overlapping intervals'),
        ...refusals,
      },
    }),
    async (c) => {
      const { account, db } = c.var;
      const { staffId } = c.req.valid('param');
      const { intervals } = c.req.valid('json');
      await findStaffMember(db, account.id, staffId);

      const rows = intervals.map((interval) => ({
        ...interval,
        id: newId('wh'),
        accountId: account.id,
        staffId,
      }));
      await db.batch([
        db
          .delete(workingHours)
          .where(and(eq(workingHours.accountId, account.id), eq(workingHours.staffId, staffId))),
        ...chunks(rows, rowsPerInsert(6)).map((run) => db.insert(workingHours).values(run)),
      ]);
      return c.json({ data: await selectWeek(db, account.id, staffId) }, 200);
    },
  );
