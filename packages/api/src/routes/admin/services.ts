import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { and, eq, sql } from 'drizzle-orm';
import type { BatchItem } from 'drizzle-orm/batch';

import { checkStaffIds } from '../../data/check-staff-ids.js';
import { readServices } from '../../data/read-services.js';
import { services, serviceStaff } from '../../db/schema/index.js';
import type { AppEnv, Database } from '../../env.js';
import { chunks, rowsPerInsert } from '../../internal/chunks.js';
import { newId } from '../../internal/ids.js';
import { secretKey, secretKeyOrStaff } from '../../middleware/secret-key.js';
import { ApiProblem, ProblemCode } from '../../problem.js';
import { ArchivedQuerySchema } from '../../schemas/admin/archived-query.js';
import {
  ServiceCreateSchema,
  ServiceListSchema,
  ServiceParamsSchema,
  ServiceSchema,
  ServiceUpdateSchema,
} from '../../schemas/admin/services.js';
import { adminSecurity, problemContent } from '../../schemas/common.js';

const tags = ['Admin: services'];
const serviceContent = { 'application/json': { schema: ServiceSchema } };
const refusals = {
  401: problemContent('Missing or invalid secret key'),
  404: problemContent('No such service in this account'),
};

const notFound = (serviceId: string) =>
  new ApiProblem(404, ProblemCode.notFound, `No service ${serviceId} in this account.`);

/** Statements that link a service to exactly `staffIds`, replacing its earlier links. */
function relinkStatements(db: Database, accountId: string, serviceId: string, staffIds: string[]) {
  return [
    db
      .delete(serviceStaff)
      .where(and(eq(serviceStaff.accountId, accountId), eq(serviceStaff.serviceId, serviceId))),
    ...chunks(staffIds, rowsPerInsert(3)).map((run) =>
      db.insert(serviceStaff).values(run.map((staffId) => ({ accountId, serviceId, staffId }))),
    ),
  ];
}

/** `/v1/admin/services`: the services an account offers, with every setting of the engine. */
export const serviceAdminRoutes = new OpenAPIHono<AppEnv>()
  .openapi(
    createRoute({
      method: 'get',
      path: '/services',
      summary: 'List services',
      description:
        'Ordered by position. Archived services are left out unless asked for. Staff users ' +
        'may read this list too.',
      tags,
      security: adminSecurity,
      middleware: [secretKeyOrStaff] as const,
      request: { query: ArchivedQuerySchema },
      responses: {
        200: {
          description: 'The services',
          content: { 'application/json': { schema: ServiceListSchema } },
        },
        400: problemContent('Invalid query'),
        401: refusals[401],
      },
    }),
    async (c) => {
      const { includeArchived } = c.req.valid('query');
      const data = await readServices(c.var.db, {
        accountId: c.var.account.id,
        includeArchived: includeArchived === 'true',
      });
      return c.json({ data }, 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/services',
      summary: 'Create a service',
      tags,
      security: adminSecurity,
      middleware: [secretKey] as const,
      request: {
        body: { required: true, content: { 'application/json': { schema: ServiceCreateSchema } } },
      },
      responses: {
        201: { description: 'Created', content: serviceContent },
        400: problemContent('Invalid body'),
        401: refusals[401],
        422: problemContent('A staff member is not in this account (code invalid_request)'),
      },
    }),
    async (c) => {
      const { account, db } = c.var;
      const { staffIds = [], ...settings } = c.req.valid('json');
      await checkStaffIds(db, account.id, staffIds);

      const id = newId('svc');
      await db.batch([
        db
          .insert(services)
          .values({ ...settings, id, accountId: account.id, createdAt: Date.now() }),
        ...relinkStatements(db, account.id, id, staffIds),
      ]);

      const [service] = await readServices(db, { accountId: account.id, serviceId: id });
      c.header('Location', `/v1/admin/services/${id}`);
      return c.json(service!, 201);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/services/{serviceId}',
      summary: 'Get a service, archived or not',
      tags,
      security: adminSecurity,
      middleware: [secretKey] as const,
      request: { params: ServiceParamsSchema },
      responses: {
        200: { description: 'The service', content: serviceContent },
        400: problemContent('Invalid service id'),
        ...refusals,
      },
    }),
    async (c) => {
      const { serviceId } = c.req.valid('param');
      const [service] = await readServices(c.var.db, { accountId: c.var.account.id, serviceId });
      if (!service) throw notFound(serviceId);
      return c.json(service, 200);
    },
  )
  .openapi(
    createRoute({
      method: 'patch',
      path: '/services/{serviceId}',
      summary: 'Change some settings of a service',
      description: 'Sending `staffIds` replaces the staff members who offer the service.',
      tags,
      security: adminSecurity,
      middleware: [secretKey] as const,
      request: {
        params: ServiceParamsSchema,
        body: { required: true, content: { 'application/json': { schema: ServiceUpdateSchema } } },
      },
      responses: {
        200: { description: 'The changed service', content: serviceContent },
        400: problemContent('Invalid body'),
        ...refusals,
        422: problemContent('A staff member is not in this account (code invalid_request)'),
      },
    }),
    async (c) => {
      const { account, db } = c.var;
      const { serviceId } = c.req.valid('param');
      const { staffIds, ...settings } = c.req.valid('json');
      const scope = and(eq(services.accountId, account.id), eq(services.id, serviceId));
      const [existing] = await db.select({ id: services.id }).from(services).where(scope);
      if (!existing) throw notFound(serviceId);
      if (staffIds) await checkStaffIds(db, account.id, staffIds);

      const statements: BatchItem<'sqlite'>[] = [];
      // drizzle refuses an UPDATE without columns, and a PATCH may change only the links.
      if (Object.values(settings).some((value) => value !== undefined)) {
        statements.push(db.update(services).set(settings).where(scope));
      }
      if (staffIds) statements.push(...relinkStatements(db, account.id, serviceId, staffIds));
      const [first, ...rest] = statements;
      if (first) await db.batch([first, ...rest]);

      const [service] = await readServices(db, { accountId: account.id, serviceId });
      return c.json(service!, 200);
    },
  )
  .openapi(
    createRoute({
      method: 'delete',
      path: '/services/{serviceId}',
      summary: 'Archive a service',
      description:
        'The service keeps its bookings but is no longer offered to visitors. Archiving twice ' +
        'keeps the first archival time; `POST /admin/services/{serviceId}/restore` undoes it.',
      tags,
      security: adminSecurity,
      middleware: [secretKey] as const,
      request: { params: ServiceParamsSchema },
      responses: {
        204: { description: 'Archived' },
        400: problemContent('Invalid service id'),
        ...refusals,
      },
    }),
    async (c) => {
      const { serviceId } = c.req.valid('param');
      const archived = await c.var.db
        .update(services)
        .set({ archivedAt: sql`coalesce(${services.archivedAt}, ${Date.now()})` })
        .where(and(eq(services.accountId, c.var.account.id), eq(services.id, serviceId)))
        .returning({ id: services.id });
      if (archived.length === 0) throw notFound(serviceId);
      return c.body(null, 204);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/services/{serviceId}/restore',
      summary: 'Restore an archived service',
      description:
        'Visitors can book the service again, from the staff members linked to it: archiving a ' +
        'service keeps its links, while archiving a staff member removes theirs. Restoring a ' +
        'service that is not archived changes nothing.',
      tags,
      security: adminSecurity,
      middleware: [secretKey] as const,
      request: { params: ServiceParamsSchema },
      responses: {
        200: { description: 'The service, no longer archived', content: serviceContent },
        400: problemContent('Invalid service id'),
        ...refusals,
      },
    }),
    async (c) => {
      const { account, db } = c.var;
      const { serviceId } = c.req.valid('param');
      const restored = await db
        .update(services)
        .set({ archivedAt: null })
        .where(and(eq(services.accountId, account.id), eq(services.id, serviceId)))
        .returning({ id: services.id });
      if (restored.length === 0) throw notFound(serviceId);

      const [service] = await readServices(db, { accountId: account.id, serviceId });
      return c.json(service!, 200);
    },
  );
