import { z } from '@hono/zod-openapi';

import { SlotSchema } from './slot.js';

export { UtcStringSchema } from './instant.js';

/** An id with a type prefix, such as `svc_…`. */
export const idSchema = (prefix: string) =>
  z
    .string()
    .regex(new RegExp(`^${prefix}_[0-9a-z]{1,64}$`), `Expected an id starting with ${prefix}_.`)
    .openapi({ example: `${prefix}_4k9xq2m7c1d8e3f5g6h0` });

/** An RFC 9457 problem, the body of every error. */
export const ProblemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    code: z.string().openapi({ example: 'slot_taken' }),
    detail: z.string().optional(),
    requestId: z.string(),
    errors: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
    alternatives: z.array(SlotSchema).optional(),
  })
  .openapi('Problem');

/** The OpenAPI description of a problem+json response. */
export const problemContent = (description: string) => ({
  description,
  content: { 'application/problem+json': { schema: ProblemSchema } },
});

/** Publishable-key security of public routes, or the account slug on the API's own pages. */
export const publicSecurity: Record<string, string[]>[] = [
  { publishableKey: [] },
  { publishableKeyQuery: [] },
  { accountSlugQuery: [] },
];

/** Secret-key security of admin routes; a secret key is only ever sent in a header. */
/** Admin routes: the secret key, or a console session cookie sent from the console's page. */
export const adminSecurity: Record<string, string[]>[] = [{ secretKey: [] }, { sessionCookie: [] }];

/** A UTF-16 surrogate without its partner: text no database column can store as it is. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * Free text people type (names, labels, reasons), trimmed, refused when it holds a lone
 * surrogate: stored text comes back exactly as it was sent, never with characters replaced.
 */
export const textSchema = () =>
  z
    .string()
    .trim()
    .refine((text) => !LONE_SURROGATE.test(text), 'Remove the broken character from this text.');
