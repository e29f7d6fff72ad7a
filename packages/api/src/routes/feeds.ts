import { DAY_MS } from '@bookafy/core';
import { OpenAPIHono } from '@hono/zod-openapi';
import { and, asc, eq, gte, lt } from 'drizzle-orm';

import { findFeedOwner } from '../data/calendar-feeds.js';
import { buildFeedCalendar } from '../data/staff-feed-calendar.js';
import { bookings, services } from '../db/schema/index.js';
import type { AppEnv } from '../env.js';
import { ApiProblem, ProblemCode } from '../problem.js';
import { FeedTokenParamsSchema } from '../schemas/admin/calendar-feeds.js';
import { problemContent } from '../schemas/common.js';

/** How far back a feed reaches, so last weeks' appointments stay visible. */
const PAST_DAYS = 60;
/** How far ahead a feed reaches. */
const FUTURE_DAYS = 365;

/**
 * `GET /v1/feeds/{token}.ics`: a staff member's bookings as a calendar that calendar programs
 * subscribe to. The token in the address is the only credential, so the route takes no key;
 * a revoked or unknown token is 404 `feed_not_found`.
 */
export const feedRoutes = new OpenAPIHono<AppEnv>();

// Hono reads all of `:token.ics` as one parameter named `token.ics` holding the whole segment,
// so the suffix is checked here; the document describes the route as `/feeds/{token}.ics`.
feedRoutes.get('/feeds/:token.ics', async (c) => {
  const segment = c.req.param('token.ics');
  if (!segment.endsWith('.ics')) {
    throw new ApiProblem(404, ProblemCode.notFound, `No route GET ${new URL(c.req.url).pathname}.`);
  }
  const token = segment.slice(0, -'.ics'.length);
  const owner = await findFeedOwner(c.var.db, token);
  if (!owner) {
    throw new ApiProblem(404, ProblemCode.feedNotFound, 'This calendar feed does not exist.');
  }

  const { staffMember, accountName } = owner;
  const now = Date.now();
  // Every booking of the window goes out in one response: nothing pages a feed, so a very busy
  // staff member's feed is a large file.
  const rows = await c.var.db
    .select({
      id: bookings.id,
      status: bookings.status,
      sequence: bookings.sequence,
      startsAt: bookings.startsAt,
      endsAt: bookings.endsAt,
      createdAt: bookings.createdAt,
      updatedAt: bookings.updatedAt,
      customerName: bookings.customerName,
      customerEmail: bookings.customerEmail,
      customerPhone: bookings.customerPhone,
      serviceName: services.name,
    })
    .from(bookings)
    .innerJoin(services, eq(services.id, bookings.serviceId))
    .where(
      and(
        eq(bookings.accountId, staffMember.accountId),
        eq(bookings.staffId, staffMember.id),
        gte(bookings.startsAt, now - PAST_DAYS * DAY_MS),
        lt(bookings.startsAt, now + FUTURE_DAYS * DAY_MS),
      ),
    )
    .orderBy(asc(bookings.startsAt), asc(bookings.id));

  const name = `${staffMember.name} (${accountName})`;
  return c.body(buildFeedCalendar({ name, bookings: rows, now }), 200, {
    'Content-Type': 'text/calendar; charset=utf-8',
    'Cache-Control': 'private, max-age=300',
  });
});

feedRoutes.openAPIRegistry.registerPath({
  method: 'get',
  path: '/feeds/{token}.ics',
  summary: "A staff member's bookings as a calendar feed",
  description:
    'An RFC 5545 calendar (METHOD:PUBLISH, refreshed every 15 minutes) with one event per ' +
    'booking of the staff member from 60 days ago to a year ahead: UTC times, the stable UID ' +
    '`<booking id>@bookafy`, SEQUENCE, STATUS CONFIRMED, TENTATIVE (pending) or CANCELLED, ' +
    'the service and customer as SUMMARY and their email and phone as DESCRIPTION. The ' +
    'address is made by `POST /admin/staff/{staffId}/calendar-feed`; no key is needed.',
  tags: ['Calendar feeds'],
  security: [],
  request: { params: FeedTokenParamsSchema },
  responses: {
    200: {
      description: 'The calendar, cacheable privately for 5 minutes',
      content: { 'text/calendar': { schema: { type: 'string' } } },
    },
    404: problemContent('No live feed has this token (feed_not_found)'),
  },
});
