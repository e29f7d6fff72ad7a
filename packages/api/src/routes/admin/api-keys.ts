import { createRoute, OpenAPIHono } from '@hono/zod-openapi';

import { createApiKey, findApiKey, listApiKeys } from '../../data/api-keys.js';
import { revokeApiKey } from '../../data/revoke-api-key.js';
import { rotateApiKey } from '../../data/rotate-api-key.js';
import { toWireApiKey, toWireCreatedApiKey } from '../../data/wire-api-key.js';
import type { AppEnv } from '../../env.js';
import { secretKey } from '../../middleware/secret-key.js';
import { ApiProblem, ProblemCode } from '../../problem.js';
import {
  ApiKeyCreateSchema,
  ApiKeyListSchema,
  ApiKeyParamsSchema,
  CreatedApiKeySchema,
} from '../../schemas/admin/api-keys.js';
import { adminSecurity, problemContent } from '../../schemas/common.js';

const tags = ['Admin: API keys'];
const createdContent = { 'application/json': { schema: CreatedApiKeySchema } };
const refusals = {
  401: problemContent('Missing or invalid secret key'),
  404: problemContent('No such live key in this account'),
};

const notFound = (keyId: string) =>
  new ApiProblem(404, ProblemCode.notFound, `No live key ${keyId} in this account.`);

/** `/v1/admin/api-keys`: an account's keys; a whole key is shown only when it is made. */
export const apiKeyAdminRoutes = new OpenAPIHono<AppEnv>()
  .openapi(
    createRoute({
      method: 'get',
      path: '/api-keys',
      summary: 'List API keys',
      description: 'Live and revoked keys, newest first, each shown by its first characters.',
      tags,
      security: adminSecurity,
      middleware: [secretKey] as const,
      responses: {
        200: {
          description: 'The keys',
          content: { 'application/json': { schema: ApiKeyListSchema } },
        },
        401: refusals[401],
      },
    }),
    async (c) => {
      const rows = await listApiKeys(c.var.db, c.var.account.id);
      return c.json({ data: rows.map(toWireApiKey) }, 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/api-keys',
      summary: 'Create an API key',
      description: 'The response carries the whole key, which no later response repeats.',
      tags,
      security: adminSecurity,
      middleware: [secretKey] as const,
      request: { body: { content: { 'application/json': { schema: ApiKeyCreateSchema } } } },
      responses: {
        201: { description: 'The new key', content: createdContent },
        400: problemContent('Invalid body'),
        401: refusals[401],
      },
    }),
    async (c) => {
      const { kind } = c.req.valid('json');
      const created = await createApiKey(c.var.db, c.var.account.id, kind);
      return c.json(toWireCreatedApiKey(created), 201);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/api-keys/{keyId}/rotate',
      summary: 'Rotate an API key',
      description:
        'Creates a key of the same kind and revokes the old one at once, atomically. Pages ' +
        'that still carry an old publishable key stop working, so update them first.',
      tags,
      security: adminSecurity,
      middleware: [secretKey] as const,
      request: { params: ApiKeyParamsSchema },
      responses: {
        201: { description: 'The new key', content: createdContent },
        400: problemContent('Invalid key id'),
        ...refusals,
      },
    }),
    async (c) => {
      const { keyId } = c.req.valid('param');
      const { db, account } = c.var;
      const old = await findApiKey(db, account.id, keyId);
      const created = old && (await rotateApiKey(db, account.id, keyId, old.kind));
      if (!created) throw notFound(keyId);
      return c.json(toWireCreatedApiKey(created), 201);
    },
  )
  .openapi(
    createRoute({
      method: 'delete',
      path: '/api-keys/{keyId}',
      summary: 'Revoke an API key',
      description:
        'Revoking a revoked key changes nothing. The last live secret key cannot be revoked ' +
        '(409 `last_secret_key`): create or rotate to a new one first.',
      tags,
      security: adminSecurity,
      middleware: [secretKey] as const,
      request: { params: ApiKeyParamsSchema },
      responses: {
        204: { description: 'Revoked' },
        400: problemContent('Invalid key id'),
        401: refusals[401],
        404: problemContent('No such key in this account'),
        409: problemContent('The last live secret key of the account'),
      },
    }),
    async (c) => {
      const { keyId } = c.req.valid('param');
      const outcome = await revokeApiKey(c.var.db, c.var.account.id, keyId);
      if (outcome === 'not_found') {
        throw new ApiProblem(404, ProblemCode.notFound, `No key ${keyId} in this account.`);
      }
      if (outcome === 'last_secret_key') {
        throw new ApiProblem(
          409,
          ProblemCode.lastSecretKey,
          `Key ${keyId} is the account's last live secret key; without it nobody could manage ` +
            'the account. Create another secret key first.',
        );
      }
      return c.body(null, 204);
    },
  );
