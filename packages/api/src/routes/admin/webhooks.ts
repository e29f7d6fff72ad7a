import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { and, eq } from 'drizzle-orm';

import { webhookEndpoints, type WebhookEndpoint } from '../../db/schema/index.js';
import type { AppEnv, Database } from '../../env.js';
import { newId } from '../../internal/ids.js';
import { secretKey } from '../../middleware/secret-key.js';
import { ApiProblem, ProblemCode } from '../../problem.js';
import {
  WebhookEndpointCreateSchema,
  WebhookEndpointListSchema,
  WebhookEndpointParamsSchema,
  WebhookEndpointSchema,
  WebhookEndpointUpdateSchema,
  WebhookEndpointWithSecretSchema,
} from '../../schemas/admin/webhooks.js';
import { adminSecurity, problemContent } from '../../schemas/common.js';
import { newEndpointSecret } from '../../webhooks/endpoint-secret.js';
import { deletedReason, findEndpoint, listEndpoints } from '../../webhooks/endpoint-store.js';
import { toWireEndpoint } from '../../webhooks/wire-webhooks.js';

const tags = ['Admin: webhooks'];
const endpointContent = { 'application/json': { schema: WebhookEndpointSchema } };
const withSecretContent = { 'application/json': { schema: WebhookEndpointWithSecretSchema } };
const refusals = {
  401: problemContent('Missing or invalid secret key'),
  404: problemContent('No such endpoint in this account'),
};
const params = { params: WebhookEndpointParamsSchema };

const notFound = (endpointId: string) =>
  new ApiProblem(404, ProblemCode.notFound, `No webhook endpoint ${endpointId} here.`);

/** Writes `set` to the account's endpoint and returns it as it is now. */
async function updateEndpoint(
  db: Database,
  endpoint: WebhookEndpoint,
  set: Partial<WebhookEndpoint>,
): Promise<WebhookEndpoint> {
  if (Object.values(set).every((value) => value === undefined)) return endpoint;
  const [updated] = await db
    .update(webhookEndpoints)
    .set(set)
    .where(
      and(eq(webhookEndpoints.id, endpoint.id), eq(webhookEndpoints.accountId, endpoint.accountId)),
    )
    .returning();
  return updated!;
}

/**
 * `/v1/admin/webhook-endpoints`: where an account receives its booking events, signed as
 * Standard Webhooks. A secret is shown only when it is made.
 */
export const webhookEndpointAdminRoutes = new OpenAPIHono<AppEnv>()
  .openapi(
    createRoute({
      method: 'get',
      path: '/webhook-endpoints',
      summary: 'List webhook endpoints',
      description: 'Enabled and disabled endpoints, oldest first, without their secrets.',
      tags,
      security: adminSecurity,
      middleware: [secretKey] as const,
      responses: {
        200: {
          description: 'The endpoints',
          content: { 'application/json': { schema: WebhookEndpointListSchema } },
        },
        401: refusals[401],
      },
    }),
    async (c) => {
      const rows = await listEndpoints(c.var.db, c.var.account.id);
      return c.json({ data: rows.map(toWireEndpoint) }, 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/webhook-endpoints',
      summary: 'Create a webhook endpoint',
      description:
        'Booking events of the listed types are delivered to `url` from now on. The answer ' +
        'carries the signing secret, which no later answer repeats.',
      tags,
      security: adminSecurity,
      middleware: [secretKey] as const,
      request: {
        body: { content: { 'application/json': { schema: WebhookEndpointCreateSchema } } },
      },
      responses: {
        201: { description: 'The new endpoint and its secret', content: withSecretContent },
        400: problemContent('Invalid body, such as a URL that is not https'),
        401: refusals[401],
      },
    }),
    async (c) => {
      const input = c.req.valid('json');
      const [created] = await c.var.db
        .insert(webhookEndpoints)
        .values({
          id: newId('whe'),
          accountId: c.var.account.id,
          url: input.url,
          secret: newEndpointSecret(),
          events: input.events,
          description: input.description ?? '',
          createdAt: Date.now(),
        })
        .returning();
      return c.json({ ...toWireEndpoint(created!), secret: created!.secret }, 201);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/webhook-endpoints/{endpointId}',
      summary: 'Get a webhook endpoint',
      tags,
      security: adminSecurity,
      middleware: [secretKey] as const,
      request: params,
      responses: { 200: { description: 'The endpoint', content: endpointContent }, ...refusals },
    }),
    async (c) => {
      const { endpointId } = c.req.valid('param');
      const endpoint = await findEndpoint(c.var.db, c.var.account.id, endpointId);
      if (!endpoint) throw notFound(endpointId);
      return c.json(toWireEndpoint(endpoint), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'patch',
      path: '/webhook-endpoints/{endpointId}',
      summary: 'Change a webhook endpoint',
      description:
        '`enabled: false` stops deliveries; `enabled: true` re-enables an endpoint, whatever ' +
        'disabled it. Events missed meanwhile are not sent again unless replayed.',
      tags,
      security: adminSecurity,
      middleware: [secretKey] as const,
      request: {
        ...params,
        body: { content: { 'application/json': { schema: WebhookEndpointUpdateSchema } } },
      },
      responses: {
        200: { description: 'The endpoint after the change', content: endpointContent },
        400: problemContent('Invalid body'),
        ...refusals,
      },
    }),
    async (c) => {
      const { endpointId } = c.req.valid('param');
      const { enabled, ...changes } = c.req.valid('json');
      const endpoint = await findEndpoint(c.var.db, c.var.account.id, endpointId);
      if (!endpoint) throw notFound(endpointId);

      const wasEnabled = endpoint.disabledAt === null;
      const switched =
        enabled === undefined || enabled === wasEnabled
          ? {}
          : enabled
            ? { disabledAt: null, disabledReason: null }
            : { disabledAt: Date.now(), disabledReason: 'manual' as const };
      const updated = await updateEndpoint(c.var.db, endpoint, { ...changes, ...switched });
      return c.json(toWireEndpoint(updated), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'delete',
      path: '/webhook-endpoints/{endpointId}',
      summary: 'Delete a webhook endpoint',
      description:
        'Stops deliveries at once and removes the endpoint from every list; the history of ' +
        'its deliveries is kept.',
      tags,
      security: adminSecurity,
      middleware: [secretKey] as const,
      request: params,
      responses: { 204: { description: 'Deleted' }, ...refusals },
    }),
    async (c) => {
      const { endpointId } = c.req.valid('param');
      const endpoint = await findEndpoint(c.var.db, c.var.account.id, endpointId);
      if (!endpoint) throw notFound(endpointId);
      await c.var.db
        .update(webhookEndpoints)
        .set({ disabledAt: endpoint.disabledAt ?? Date.now(), disabledReason: deletedReason })
        .where(
          and(
            eq(webhookEndpoints.id, endpoint.id),
            eq(webhookEndpoints.accountId, endpoint.accountId),
          ),
        );
      return c.body(null, 204);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/webhook-endpoints/{endpointId}/rotate-secret',
      summary: "Replace a webhook endpoint's signing secret",
      description:
        'Deliveries are signed with the new secret from now on, retries of earlier events ' +
        'included; the answer carries it, and no later answer repeats it.',
      tags,
      security: adminSecurity,
      middleware: [secretKey] as const,
      request: params,
      responses: {
        201: { description: 'The endpoint and its new secret', content: withSecretContent },
        ...refusals,
      },
    }),
    async (c) => {
      const { endpointId } = c.req.valid('param');
      const endpoint = await findEndpoint(c.var.db, c.var.account.id, endpointId);
      if (!endpoint) throw notFound(endpointId);
      const updated = await updateEndpoint(c.var.db, endpoint, { secret: newEndpointSecret() });
      return c.json({ ...toWireEndpoint(updated), secret: updated.secret }, 201);
    },
  );
