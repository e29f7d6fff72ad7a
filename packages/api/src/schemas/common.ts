import { parseUtcString } from '@bookafy/core';
import { z } from '@hono/zod-openapi';

/** An RFC 3339 instant in UTC (`Z` suffix); any other offset is refused. */
export const UtcStringSchema = z
  .string()
  .refine((text) => parseUtcString(text) !== undefined, {
    message: 'Expected a UTC instant such as 2027-03-14T13:00:00Z.',
  })
  .openapi({ format: 'date-time', example: '2027-03-14T13:00:00Z' });

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
  })
  .openapi('Problem');

/** The OpenAPI description of a problem+json response. */
export const problemContent = (description: string) => ({
  description,
  content: { 'application/problem+json': { schema: ProblemSchema } },
});

/** Publishable-key security of public routes. */
export const publicSecurity: Record<string, string[]>[] = [
  { publishableKey: [] },
  { publishableKeyQuery: [] },
];
