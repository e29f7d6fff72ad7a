import { toUtcString } from '@bookafy/core';
import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { and, asc, eq, isNull, sql, type SQL } from 'drizzle-orm';

import { atomicBatch } from '../../data/atomic-batch.js';
import { insertWhere } from '../../data/conditional-insert.js';
import { findStaffMember } from '../../data/find-staff-member.js';
import { restoreStaffMember } from '../../data/restore-staff-member.js';
import { serviceStaff, staff, type StaffMember } from '../../db/schema/index.js';
import type { AppEnv } from '../../env.js';
import { newId } from '../../internal/ids.js';
import { secretKey, secretKeyOrStaff } from '../../middleware/secret-key.js';
import { staffLimitReached, staffRoom } from '../../plans/plan-usage.js';
import { ApiProblem, ProblemCode } from '../../problem.js';
import { ArchivedQuerySchema } from '../../schemas/admin/archived-query.js';
import {
  StaffCreateSchema,
  StaffListSchema,
  StaffMemberSchema,
  StaffParamsSchema,
  StaffUpdateSchema,
} from '../../schemas/admin/staff.js';
import { adminSecurity, problemContent } from '../../schemas/common.js';

const tags = ['Admin: staff'];
const memberContent = { 'application/json': { schema: StaffMemberSchema } };
const refusals = {
  401: problemContent('Missing or invalid secret key'),
  404: problemContent('No such staff member in this account'),
};

/** A stored staff member on the wire. */
function staffView(member: StaffMember) {
  return {
    id: member.id,
    name: member.name,
    timeZone: member.timeZone,
    email: member.email,
    position: member.position,
    archivedAt: member.archivedAt === null ? null : toUtcString(member.archivedAt),
    createdAt: toUtcString(member.createdAt),
  };
}

/** `/v1/admin/staff`: the people who take appointments, each in their own zone. */
export const staffAdminRoutes = new OpenAPIHono<AppEnv>()
  .openapi(
    createRoute({
      method: 'get',
      path: '/staff',
      summary: 'List staff members',
      description:
        'Ordered by position. Archived staff members are left out unless asked for. Staff ' +
        'users may read this list too.',
      tags,
      security: adminSecurity,
      middleware: [secretKeyOrStaff] as const,
      request: { query: ArchivedQuerySchema },
      responses: {
        200: {
          description: 'The staff members',
          content: { 'application/json': { schema: StaffListSchema } },
        },
        400: problemContent('Invalid query'),
        401: refusals[401],
      },
    }),
    async (c) => {
      const { includeArchived } = c.req.valid('query');
      const conditions: SQL[] = [eq(staff.accountId, c.var.account.id)];
      if (includeArchived !== 'true') conditions.push(isNull(staff.archivedAt));
      const rows = await c.var.db
        .select()
        .from(staff)
        .where(and(...conditions))
        .orderBy(asc(staff.position), asc(staff.id));
      return c.json({ data: rows.map(staffView) }, 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/staff',
      summary: 'Add a staff member',
      description:
        'The new member has no working hours and offers no service until given both. The free ' +
        'plan allows two staff members that are not archived: 402 `plan_limit_staff` beyond.',
      tags,
      security: adminSecurity,
      middleware: [secretKey] as const,
      request: {
        body: { required: true, content: { 'application/json': { schema: StaffCreateSchema } } },
      },
      responses: {
        201: { description: 'Created', content: memberContent },
        400: problemContent('Invalid body'),
        401: refusals[401],
        402: problemContent("The account's plan allows no more staff members (plan_limit_staff)"),
      },
    }),
    async (c) => {
      const { account, db, d1 } = c.var;
      const { position = 0, email = null, ...fields } = c.req.valid('json');
      const member: StaffMember = {
        ...fields,
        id: newId('stf'),
        accountId: account.id,
        email,
        position,
        archivedAt: null,
        createdAt: Date.now(),
      };
      // One statement counts and inserts, so concurrent requests cannot pass the plan's limit.
      const [inserted] = await atomicBatch(d1, [
        insertWhere(staff, member, staffRoom(db, account)),
      ]);
      if (inserted!.meta.changes === 0) throw staffLimitReached(account);

      c.header('Location', `/v1/admin/staff/${member.id}`);
      return c.json(staffView(member), 201);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/staff/{staffId}',
      summary: 'Get a staff member, archived or not',
      tags,
      security: adminSecurity,
      middleware: [secretKey] as const,
      request: { params: StaffParamsSchema },
      responses: {
        200: { description: 'The staff member', content: memberContent },
        400: problemContent('Invalid staff id'),
        ...refusals,
      },
    }),
    async (c) => {
      const { staffId } = c.req.valid('param');
      return c.json(staffView(await findStaffMember(c.var.db, c.var.account.id, staffId)), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'patch',
      path: '/staff/{staffId}',
      summary: 'Change a staff member',
      description:
        'A new zone reinterprets the existing working hours and date overrides in that zone.',
      tags,
      security: adminSecurity,
      middleware: [secretKey] as const,
      request: {
        params: StaffParamsSchema,
        body: { required: true, content: { 'application/json': { schema: StaffUpdateSchema } } },
      },
      responses: {
        200: { description: 'The changed staff member', content: memberContent },
        400: problemContent('Invalid body'),
        ...refusals,
      },
    }),
    async (c) => {
      const { account, db } = c.var;
      const { staffId } = c.req.valid('param');
      const changes = c.req.valid('json');
      if (!Object.values(changes).some((value) => value !== undefined)) {
        return c.json(staffView(await findStaffMember(db, account.id, staffId)), 200);
      }

      const [member] = await db
        .update(staff)
        .set(changes)
        .where(and(eq(staff.accountId, account.id), eq(staff.id, staffId)))
        .returning();
      if (!member) {
        throw new ApiProblem(
          404,
          ProblemCode.notFound,
          `No staff member ${staffId} in this account.`,
        );
      }
      return c.json(staffView(member), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'delete',
      path: '/staff/{staffId}',
      summary: 'Archive a staff member',
      description:
        'The member keeps their bookings but stops offering every service, so visitors can no ' +
        'longer book them. Linking them to a service again is refused while archived; ' +
        '`POST /admin/staff/{staffId}/restore` brings them back.',
      tags,
      security: adminSecurity,
      middleware: [secretKey] as const,
      request: { params: StaffParamsSchema },
      responses: {
        204: { description: 'Archived' },
        400: problemContent('Invalid staff id'),
        ...refusals,
      },
    }),
    async (c) => {
      const { account, db } = c.var;
      const { staffId } = c.req.valid('param');
      const [archived] = await db.batch([
        db
          .update(staff)
          .set({ archivedAt: sql`coalesce(${staff.archivedAt}, ${Date.now()})` })
          .where(and(eq(staff.accountId, account.id), eq(staff.id, staffId)))
          .returning({ id: staff.id }),
        // The engine finds staff through these links, so removing them stops new bookings.
        db
          .delete(serviceStaff)
          .where(and(eq(serviceStaff.accountId, account.id), eq(serviceStaff.staffId, staffId))),
      ]);
      if (archived.length === 0) {
        throw new ApiProblem(
          404,
          ProblemCode.notFound,
          `No staff member ${staffId} in this account.`,
        );
      }
      return c.body(null, 204);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/staff/{staffId}/restore',
      summary: 'Restore an archived staff member',
      description:
        'The member keeps the working hours, date overrides and time off they had, but offers ' +
        'no service until given services again (`PUT /admin/staff/{staffId}/services`), ' +
        'because archiving removed those links. Restoring a member who is not archived ' +
        'changes nothing. The free plan allows two staff members that are not archived: ' +
        '402 `plan_limit_staff` beyond, and the member stays archived.',
      tags,
      security: adminSecurity,
      middleware: [secretKey] as const,
      request: { params: StaffParamsSchema },
      responses: {
        200: { description: 'The staff member, no longer archived', content: memberContent },
        400: problemContent('Invalid staff id'),
        401: refusals[401],
        402: problemContent("The account's plan allows no more staff members (plan_limit_staff)"),
        404: refusals[404],
      },
    }),
    async (c) => {
      const { account, db } = c.var;
      const { staffId } = c.req.valid('param');
      const [member] = await restoreStaffMember(db, account, staffId);
      if (member) return c.json(staffView(member), 200);

      // No row: a member the account does not have is 404; any other was refused for the plan.
      await findStaffMember(db, account.id, staffId);
      throw staffLimitReached(account);
    },
  );
