import { createRoute, OpenAPIHono } from '@hono/zod-openapi';

import { findStaffMember } from '../../data/find-staff-member.js';
import {
  checkServiceIds,
  readStaffServiceIds,
  setStaffServicesStatements,
} from '../../data/staff-services.js';
import type { AppEnv } from '../../env.js';
import { secretKey } from '../../middleware/secret-key.js';
import { ApiProblem, ProblemCode } from '../../problem.js';
import {
  StaffParamsSchema,
  StaffServicesSchema,
  StaffServicesUpdateSchema,
} from '../../schemas/admin/staff.js';
import { adminSecurity, problemContent } from '../../schemas/common.js';

/** `/v1/admin/staff/{staffId}/services`: the services one staff member offers, as one set. */
export const staffServicesAdminRoutes = new OpenAPIHono<AppEnv>().openapi(
  createRoute({
    method: 'put',
    path: '/staff/{staffId}/services',
    summary: 'Set the services a staff member offers',
    description:
      'Replaces every service the member offers with `serviceIds`, in one write: all of it or, ' +
      'when refused, none of it. Each id appears once (400 otherwise) and names a service of ' +
      'the account that is not archived (422 otherwise, naming each refused id). The member ' +
      'keeps their links to archived services, so restoring such a service brings them back ' +
      'with it. An archived member offers nothing and is refused with 422, as when a service ' +
      'is linked to them; `POST /admin/staff/{staffId}/restore` first. Sending the same set ' +
      'again changes nothing.',
    tags: ['Admin: staff'],
    security: adminSecurity,
    middleware: [secretKey] as const,
    request: {
      params: StaffParamsSchema,
      body: {
        required: true,
        content: { 'application/json': { schema: StaffServicesUpdateSchema } },
      },
    },
    responses: {
      200: {
        description: 'The services the member now offers, in their display order',
        content: { 'application/json': { schema: StaffServicesSchema } },
      },
      400: problemContent('Invalid body, or a service id given twice'),
      401: problemContent('Missing or invalid secret key'),
      404: problemContent('No such staff member in this account'),
      422: problemContent(
        'The member is archived, or a service is unknown, archived or of another account ' +
          '(code invalid_request, with `errors[]` at `staffId` or `serviceIds.<n>`); ' +
          'nothing was changed',
      ),
    },
  }),
  async (c) => {
    const { account, db } = c.var;
    const { staffId } = c.req.valid('param');
    const { serviceIds } = c.req.valid('json');
    const member = await findStaffMember(db, account.id, staffId);
    if (member.archivedAt !== null) {
      throw new ApiProblem(422, ProblemCode.invalidRequest, 'The staff member is archived.', {
        errors: [
          { path: 'staffId', message: `No active staff member ${staffId} in this account.` },
        ],
      });
    }
    await checkServiceIds(db, account.id, serviceIds);

    await db.batch(setStaffServicesStatements(db, account.id, staffId, serviceIds));
    return c.json({ serviceIds: await readStaffServiceIds(db, account.id, staffId) }, 200);
  },
);
