import { z } from '@hono/zod-openapi';

/** The query of a list that leaves archived rows out unless asked for them. */
export const ArchivedQuerySchema = z.object({
  includeArchived: z
    .enum(['true', 'false'])
    .optional()
    .openapi({ description: 'List archived rows too' }),
});
