import { parseUtcString } from '@bookafy/core';
import { z } from '@hono/zod-openapi';

/** An RFC 3339 instant in UTC (`Z` suffix); any other offset is refused. */
export const UtcStringSchema = z
  .string()
  .refine((text) => parseUtcString(text) !== undefined, {
    message: 'Expected a UTC instant such as 2027-03-14T13:00:00Z.',
  })
  .openapi({ format: 'date-time', example: '2027-03-14T13:00:00Z' });
