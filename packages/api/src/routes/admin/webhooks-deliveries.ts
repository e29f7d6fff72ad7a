import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { and, desc, eq, lt, or } from 'drizzle-orm';

import { outboxEvents, webhookDeliveries } from '../../db/schema/index.js';
import type { AppEnv } from '../../env.js';
import { secretKey } from '../../middleware/secret-key.js';
import { ApiProblem, ProblemCode } from '../../problem.js';
import {
  EventParamsSchema,
  EventReplaySchema,
  WebhookDeliveryListSchema,
  WebhookDeliveryPageSchema,
  WebhookDeliveryQuerySchema,
  WebhookEndpointParamsSchema,
} from '../../schemas/admin/webhooks.js';
import { adminSecurity, problemContent } from '../../schemas/common.js';
import { withHistory } from '../../webhooks/delivery-history.js';
import { dispatchAfterWrite } from '../../webhooks/dispatch.js';
import { findEndpoint } from '../../webhooks/endpoint-store.js';
import { replayEvent } from '../../webhooks/replay-event.js';

const tags = ['Admin: webhooks'];
const unauthorized = problemContent('Missing or invalid secret key');

/** An opaque cursor for the deliveries after `last`, newest first. */
function encodeCursor(last: { createdAt: number; id: string }): string {
  return btoa(`${last.createdAt}:${last.id}`).replaceAll('=', '');
}

function decodeCursor(cursor: string): { createdAt: number; id: string } {
  let text = '';
  try {
    text = atob(cursor);
  } catch {
    // Not base64: answered below like any other malformed cursor.
  }
  const match = /^(\d+):(whd_[0-9a-z]+)$/.exec(text);
  if (!match) {
    throw new ApiProblem(400, ProblemCode.invalidRequest, 'The cursor is not valid.', {
      errors: [{ path: 'cursor', message: 'Use the nextCursor of a previous page.' }],
    });
  }
  return { createdAt: Number(match[1]), id: match[2]! };
}

/**
 * `/v1/admin/webhook-endpoints/{id}/deliveries` and `/v1/admin/events/{id}/replay`: what was
 * sent where, with every attempt, and sending an event again.
 */
export const webhookDeliveryAdminRoutes = new OpenAPIHono<AppEnv>()
  .openapi(
    createRoute({
      method: 'get',
      path: '/webhook-endpoints/{endpointId}/deliveries',
      summary: "List a webhook endpoint's deliveries, newest first, with their attempts",
      tags,
      security: adminSecurity,
      middleware: [secretKey] as const,
      request: { params: WebhookEndpointParamsSchema, query: WebhookDeliveryQuerySchema },
      responses: {
        200: {
          description: 'A page',
          content: { 'application/json': { schema: WebhookDeliveryPageSchema } },
        },
        400: problemContent('Invalid cursor or limit'),
        401: unauthorized,
        404: problemContent('No such endpoint in this account'),
      },
    }),
    async (c) => {
      const { endpointId } = c.req.valid('param');
      const { limit, cursor } = c.req.valid('query');
      const endpoint = await findEndpoint(c.var.db, c.var.account.id, endpointId);
      if (!endpoint) {
        throw new ApiProblem(404, ProblemCode.notFound, `No webhook endpoint ${endpointId} here.`);
      }

      const after = cursor ? decodeCursor(cursor) : undefined;
      const rows = await c.var.db
        .select()
        .from(webhookDeliveries)
        .where(
          and(
            eq(webhookDeliveries.endpointId, endpoint.id),
            eq(webhookDeliveries.accountId, endpoint.accountId),
            after &&
              or(
                lt(webhookDeliveries.createdAt, after.createdAt),
                and(
                  eq(webhookDeliveries.createdAt, after.createdAt),
                  lt(webhookDeliveries.id, after.id),
                ),
              ),
          ),
        )
        .orderBy(desc(webhookDeliveries.createdAt), desc(webhookDeliveries.id))
        .limit(limit + 1);

      const page = rows.slice(0, limit);
      const last = page.at(-1);
      return c.json(
        {
          data: await withHistory(c.var.db, page),
          nextCursor: rows.length > limit && last ? encodeCursor(last) : null,
        },
        200,
      );
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/events/{eventId}/replay',
      summary: 'Deliver a booking event again',
      description:
        'Queues the event, due at once, for every enabled endpoint subscribed to its type, or ' +
        'for the one `endpointId` names (whatever it subscribes to). Receivers see the same ' +
        '`webhook-id` as before, so those that drop duplicates can tell it apart.',
      tags,
      security: adminSecurity,
      middleware: [secretKey] as const,
      request: {
        params: EventParamsSchema,
        body: { content: { 'application/json': { schema: EventReplaySchema } }, required: false },
      },
      responses: {
        202: {
          description: 'The queued deliveries',
          content: { 'application/json': { schema: WebhookDeliveryListSchema } },
        },
        400: problemContent('Invalid body, or the endpoint is disabled'),
        401: unauthorized,
        404: problemContent('No such event or endpoint in this account'),
      },
    }),
    async (c) => {
      const { eventId } = c.req.valid('param');
      const { endpointId } = c.req.valid('json') ?? {};
      const { db, account } = c.var;
      const [event] = await db
        .select()
        .from(outboxEvents)
        .where(and(eq(outboxEvents.id, eventId), eq(outboxEvents.accountId, account.id)));
      if (!event) throw new ApiProblem(404, ProblemCode.notFound, `No event ${eventId} here.`);
      if (endpointId) {
        const endpoint = await findEndpoint(db, account.id, endpointId);
        if (!endpoint) {
          throw new ApiProblem(
            404,
            ProblemCode.notFound,
            `No webhook endpoint ${endpointId} here.`,
          );
        }
        if (endpoint.disabledAt !== null) {
          throw new ApiProblem(
            400,
            ProblemCode.invalidRequest,
            `Webhook endpoint ${endpointId} is disabled; enable it before replaying to it.`,
          );
        }
      }

      const now = Date.now();
      const deliveries = await replayEvent(db, event, now, endpointId);
      if (deliveries.length > 0) dispatchAfterWrite(c, now);
      return c.json({ data: await withHistory(db, deliveries) }, 202);
    },
  );
