import { toUtcString } from '@bookafy/core';
import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';

import { createCalendarFeed, findLiveFeed, revokeCalendarFeed } from '../../data/calendar-feeds.js';
import { findStaffMember } from '../../data/find-staff-member.js';
import type { CalendarFeed } from '../../db/schema/index.js';
import type { AppEnv } from '../../env.js';
import { secretKey } from '../../middleware/secret-key.js';
import { ApiProblem, ProblemCode } from '../../problem.js';
import {
  CalendarFeedCreatedSchema,
  CalendarFeedSchema,
} from '../../schemas/admin/calendar-feeds.js';
import { StaffParamsSchema } from '../../schemas/admin/staff.js';
import { adminSecurity, problemContent } from '../../schemas/common.js';

const tags = ['Admin: calendar feeds'];
const path = '/staff/{staffId}/calendar-feed';
const refusals = {
  401: problemContent('Missing or invalid secret key'),
  403: problemContent('A console session of a staff user, or from another site'),
};
const noFeed = problemContent('No such staff member (not_found), or no live feed (feed_not_found)');

const feedNotFound = (staffId: string) =>
  new ApiProblem(404, ProblemCode.feedNotFound, `Staff member ${staffId} has no live feed.`);

const wireFeed = (feed: CalendarFeed) => ({ id: feed.id, createdAt: toUtcString(feed.createdAt) });

/** Where the Worker is reached: `PUBLIC_URL` when set, else the origin the request came to. */
function publicBase(c: Context<AppEnv>): string {
  const configured: string | undefined = c.env.PUBLIC_URL;
  return (configured || new URL(c.req.url).origin).replace(/\/+$/, '');
}

/**
 * `/v1/admin/staff/{staffId}/calendar-feed`: a secret iCalendar address per staff member that
 * Google, Apple or Outlook calendars subscribe to; its URL is shown once, when it is made.
 * Only owners manage feeds: a staff user signed in to the console cannot make their own.
 */
export const calendarFeedAdminRoutes = new OpenAPIHono<AppEnv>()
  .openapi(
    createRoute({
      method: 'post',
      path,
      summary: "Create a staff member's calendar feed",
      description:
        'Makes a new secret feed address and revokes the previous one, which answers 404 from ' +
        'now on. The `url` is in this answer only; D1 keeps a hash of its token.',
      tags,
      security: adminSecurity,
      middleware: [secretKey] as const,
      request: { params: StaffParamsSchema },
      responses: {
        201: {
          description: 'The new feed and its address',
          content: { 'application/json': { schema: CalendarFeedCreatedSchema } },
        },
        ...refusals,
        404: problemContent('No such staff member in this account'),
      },
    }),
    async (c) => {
      const { staffId } = c.req.valid('param');
      const member = await findStaffMember(c.var.db, c.var.account.id, staffId);
      const { feed, token } = await createCalendarFeed(c.var.db, member, Date.now());
      const url = `${publicBase(c)}/v1/feeds/${token}.ics`;
      return c.json({ ...wireFeed(feed), url }, 201);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path,
      summary: "A staff member's live calendar feed",
      description: 'When it was made; its address is not shown again.',
      tags,
      security: adminSecurity,
      middleware: [secretKey] as const,
      request: { params: StaffParamsSchema },
      responses: {
        200: {
          description: 'The live feed',
          content: { 'application/json': { schema: CalendarFeedSchema } },
        },
        ...refusals,
        404: noFeed,
      },
    }),
    async (c) => {
      const { staffId } = c.req.valid('param');
      await findStaffMember(c.var.db, c.var.account.id, staffId);
      const feed = await findLiveFeed(c.var.db, c.var.account.id, staffId);
      if (!feed) throw feedNotFound(staffId);
      return c.json(wireFeed(feed), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'delete',
      path,
      summary: "Revoke a staff member's calendar feed",
      description: 'Its address answers 404 from now on; calendars subscribed to it stop updating.',
      tags,
      security: adminSecurity,
      middleware: [secretKey] as const,
      request: { params: StaffParamsSchema },
      responses: { 204: { description: 'Revoked' }, ...refusals, 404: noFeed },
    }),
    async (c) => {
      const { staffId } = c.req.valid('param');
      await findStaffMember(c.var.db, c.var.account.id, staffId);
      const revoked = await revokeCalendarFeed(c.var.db, c.var.account.id, staffId, Date.now());
      if (!revoked) throw feedNotFound(staffId);
      return c.body(null, 204);
    },
  );
