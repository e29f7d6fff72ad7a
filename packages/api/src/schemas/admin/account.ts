import { isValidTimeZone } from '@bookafy/core';
import { z } from '@hono/zod-openapi';

import { normalizeOrigin } from '../../internal/origin.js';
import { SLUG_LENGTH, SLUG_PATTERN } from '../../internal/slug.js';
import { BrandingSchema } from '../branding.js';
import { UtcStringSchema } from '../common.js';
import { ContactEmailSchema } from './staff.js';

/** The most origins one account may list; a business has a few sites, not hundreds. */
const MAX_ALLOWED_ORIGINS = 50;

/** An account's name as a widget shows it. */
export const AccountNameSchema = z
  .string()
  .trim()
  .min(1, 'Enter a name.')
  .max(200)
  .openapi({ example: 'Harbour Wellness' });

/** The handle of an account's hosted booking page, `/book/<slug>`. */
export const AccountSlugSchema = z
  .string()
  .min(SLUG_LENGTH.min, `Use at least ${SLUG_LENGTH.min} characters.`)
  .max(SLUG_LENGTH.max, `Use at most ${SLUG_LENGTH.max} characters.`)
  .regex(SLUG_PATTERN, 'Use lower-case letters, digits and single hyphens between them.')
  .openapi({ example: 'harbour-wellness' });

/** The business's own IANA zone. */
export const AccountTimeZoneSchema = z
  .string()
  .refine(isValidTimeZone, { message: 'Expected an IANA time zone such as Europe/Berlin.' })
  .openapi({ example: 'Europe/Berlin' });

const OriginSchema = z
  .string()
  .max(2048)
  .transform((text, ctx) => {
    const origin = normalizeOrigin(text);
    if (origin !== undefined) return origin;
    ctx.addIssue({
      code: 'custom',
      message: 'Expected an origin such as https://shop.example or http://localhost:3000, no path.',
    });
    return z.NEVER;
  });

/**
 * The origins whose pages may call the public API, normalised to the form browsers send in
 * `Origin` (lower-case, no default port, no trailing slash) and without repeats.
 */
export const AllowedOriginsSchema = z
  .array(OriginSchema)
  .max(MAX_ALLOWED_ORIGINS)
  .transform((origins) => [...new Set(origins)])
  .openapi({ example: ['https://shop.example', 'http://localhost:3000'] });

const AccentColorSchema = z
  .string()
  .regex(/^#[0-9a-fA-F]{6}$/, 'Expected a colour such as #1a73e8.')
  .transform((color) => color.toLowerCase())
  .openapi({ example: '#1a73e8' });

const LogoUrlSchema = z
  .url({ protocol: /^https$/, error: 'Expected an https URL.' })
  .max(2048)
  .openapi({ example: 'https://shop.example/logo.svg' });

/** An account's settings as its admins see them. */
export const AccountSchema = z
  .object({
    id: z.string(),
    slug: z.string().openapi({ description: 'The hosted booking page is /book/<slug>' }),
    name: z.string(),
    timeZone: z.string(),
    plan: z.enum(['free', 'pro']).openapi({ description: 'Changed by the operator only' }),
    allowedOrigins: z.array(z.string()),
    branding: BrandingSchema,
    contactEmail: z.string().nullable().openapi({
      description: "The business's address, the organizer of the calendar files in messages",
    }),
    createdAt: UtcStringSchema,
  })
  .openapi('Account');

/**
 * The body of `PATCH /admin/account`; only the fields sent change. A branding field set to
 * `null` is removed, one left out is kept. The plan is not among the fields.
 */
export const AccountUpdateSchema = z
  .strictObject({
    name: AccountNameSchema.optional(),
    slug: AccountSlugSchema.optional(),
    timeZone: AccountTimeZoneSchema.optional(),
    allowedOrigins: AllowedOriginsSchema.optional(),
    contactEmail: ContactEmailSchema.nullable().optional(),
    branding: z
      .strictObject({
        accentColor: AccentColorSchema.nullable().optional(),
        logoUrl: LogoUrlSchema.nullable().optional(),
      })
      .optional(),
  })
  .openapi('AccountUpdate');
