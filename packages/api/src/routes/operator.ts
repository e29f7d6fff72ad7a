import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { eq } from 'drizzle-orm';

import { createAccount } from '../data/create-account.js';
import { toWireAccount } from '../data/wire-account.js';
import { toWireCreatedApiKey } from '../data/wire-api-key.js';
import { accounts } from '../db/schema/index.js';
import type { AppEnv } from '../env.js';
import { operatorSecret } from '../middleware/operator-secret.js';
import { ApiProblem, ProblemCode } from '../problem.js';
import { AccountSchema } from '../schemas/admin/account.js';
import { problemContent } from '../schemas/common.js';
import {
  OperatorAccountCreatedSchema,
  OperatorAccountCreateSchema,
  OperatorAccountParamsSchema,
  OperatorAccountUpdateSchema,
} from '../schemas/operator.js';

/**
 * `/v1/operator/accounts`: creates accounts for the people who run this deployment, and moves
 * them between plans, which stands in for billing. Described in the OpenAPI document like
 * every route, and answering 404 without the secret.
 */
export const operatorRoutes = new OpenAPIHono<AppEnv>()
  .openapi(
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
      const created = await createAccount(c.var.db, c.req.valid('json'), { now: Date.now() });
      return c.json(
        {
          account: toWireAccount(created.account),
          publishableKey: toWireCreatedApiKey(created.publishableKey),
          secretKey: toWireCreatedApiKey(created.secretKey),
        },
        201,
      );
    },
  )
  .openapi(
    createRoute({
      method: 'patch',
      path: '/accounts/{accountId}',
      security: [{ operatorSecret: [] }],
      summary: "Change an account's plan",
      description:
        'Takes effect at once. Moving to free keeps staff members and bookings beyond its ' +
        'limits; only new ones are refused.',
      tags: ['Operator'],
      middleware: [operatorSecret] as const,
      request: {
        params: OperatorAccountParamsSchema,
        body: { content: { 'application/json': { schema: OperatorAccountUpdateSchema } } },
      },
      responses: {
        200: {
          description: 'The account after the change',
          content: { 'application/json': { schema: AccountSchema } },
        },
        400: problemContent('Invalid body'),
        404: problemContent('No such account, or no operator secret'),
      },
    }),
    async (c) => {
      const { accountId } = c.req.valid('param');
      const [account] = await c.var.db
        .update(accounts)
        .set(c.req.valid('json'))
        .where(eq(accounts.id, accountId))
        .returning();
      if (!account) throw new ApiProblem(404, ProblemCode.notFound, `No account ${accountId}.`);
      return c.json(toWireAccount(account), 200);
    },
  );
