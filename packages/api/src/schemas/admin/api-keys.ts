import { z } from '@hono/zod-openapi';

import { idSchema, UtcStringSchema } from '../common.js';

const KindSchema = z.enum(['publishable', 'secret']).openapi({
  description: 'publishable (pk_…) for public calls from pages, secret (sk_…) for admin calls',
});

/** A key as its account's admins see it: never the key itself, only its first characters. */
export const ApiKeySchema = z
  .object({
    id: z.string(),
    kind: KindSchema,
    prefix: z.string().openapi({ example: 'pk_live_4k9x' }),
    createdAt: UtcStringSchema,
    revokedAt: UtcStringSchema.nullable(),
  })
  .openapi('ApiKey');

/** A key just made, with the whole key: the only response that ever carries it. */
export const CreatedApiKeySchema = ApiKeySchema.extend({
  key: z.string().openapi({
    description: 'The whole key. It is shown this once; only a hash of it is stored.',
    example: 'pk_live_4k9xq2m7c1d8e3f5g6h0j9k8m7n6p5q4',
  }),
}).openapi('CreatedApiKey');

/** The keys of an account, live and revoked, newest first. */
export const ApiKeyListSchema = z.object({ data: z.array(ApiKeySchema) }).openapi('ApiKeyList');

/** The body of `POST /admin/api-keys`. */
export const ApiKeyCreateSchema = z.strictObject({ kind: KindSchema }).openapi('ApiKeyCreate');

/** The path of one key. */
export const ApiKeyParamsSchema = z.object({ keyId: idSchema('key') });
