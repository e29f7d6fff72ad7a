import { z } from '@hono/zod-openapi';

/** The most keys one booking's metadata holds. */
export const MAX_METADATA_KEYS = 20;

/**
 * Free-form string pairs the embedding site attaches to a booking, such as a CRM id: at most 20
 * keys of 1 to 40 characters from `A–Z a–z 0–9 _ . -`, each value at most 500 characters.
 */
export const MetadataSchema = z
  .record(
    z.string().regex(/^[A-Za-z0-9_.-]{1,40}$/, 'Use 1 to 40 of A–Z, a–z, 0–9, _, . and -.'),
    z.string().max(500),
  )
  .refine((metadata) => Object.keys(metadata).length <= MAX_METADATA_KEYS, {
    message: `Use at most ${MAX_METADATA_KEYS} keys.`,
  })
  .openapi('Metadata', { example: { utm_source: 'newsletter', crm_id: '8812' } });

/** A visitor's answers to a service's questions, by question id; checked against the service. */
export const AnswersSchema = z
  .record(z.string(), z.union([z.string(), z.boolean()]))
  .openapi('Answers', {
    description: 'Text for most kinds of question, a boolean for checkbox',
    example: { reason: 'Lower back pain', first_visit: true },
  });
