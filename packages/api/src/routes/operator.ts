import { createRoute, OpenAPIHono } from '@hono/zod-openapi';

import { createAccount } from '../data/create-account.js';
import { toWireAccount } from '../data/wire-account.js';
import { toWireCreatedApiKey } from '../data/wire-api-key.js';
import type { AppEnv } from '../env.js';
import { operatorSecret } from '../middleware/operator-secret.js';
import { problemContent } from '../schemas/common.js';
import { OperatorAccountCreatedSchema, OperatorAccountCreateSchema } from '../schemas/operator.js';

/**
 * `/v1/operator/accounts`: creates accounts for the people who run this deployment. Described
 * in the OpenAPI document like every route, and answering 404 without the secret.
 */
export const operatorRoutes = new OpenAPIHono<AppEnv>().openapi(
  createRoute({
    method: 'post',
    path: '/accounts',
    security: [{ operatorSecret: [] }],
    summary: 'Create an account with its first keys',
    tags: ['Operator'],
    // The secret is checked before the body is validated, so a prober never sees a 400.
    middleware: [operatorSecret] as const,
    request: {
      body: { content: { 'application/json': { schema: OperatorAccountCreateSchema } } },
    },
    responses: {
      201: {
        description: 'The account and its first publishable and secret keys, shown this once',
        content: { 'application/json': { schema: OperatorAccountCreatedSchema } },
      },
      400: problemContent('Invalid body'),
      404: problemContent('No operator secret, or not this one'),
    },
  }),
  async (c) => {
    const created = await createAccount(c.var.db, c.req.valid('json'));
    return c.json(
      {
        account: toWireAccount(created.account),
        publishableKey: toWireCreatedApiKey(created.publishableKey),
        secretKey: toWireCreatedApiKey(created.secretKey),
      },
      201,
    );
  },
);
