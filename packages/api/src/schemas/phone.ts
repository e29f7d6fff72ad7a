import { z } from '@hono/zod-openapi';

/** A phone number as people type it: an optional `+`, then digits, spaces, `().-`. */
export const PHONE_PATTERN = /^\+?[0-9][0-9 ().-]{5,24}$/;

/** A phone number, trimmed, in the shape of {@link PHONE_PATTERN}. */
export const PhoneSchema = z
  .string()
  .trim()
  .regex(PHONE_PATTERN, 'Enter a phone number, such as +49 30 1234567.')
  .openapi({ example: '+49 30 1234567' });
