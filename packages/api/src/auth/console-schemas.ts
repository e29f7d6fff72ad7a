import { z } from '@hono/zod-openapi';

import { AccountNameSchema, AccountTimeZoneSchema } from '../schemas/admin/account.js';
import { textSchema } from '../schemas/common.js';

/** An email address; logins are stored and compared lower-cased. */
export const EmailSchema = z
  .email('Enter an email address.')
  .max(254)
  .openapi({ example: 'owner@harbour.example' });

/** A new password: long enough to resist guessing, short enough to hash quickly. */
export const NewPasswordSchema = z
  .string()
  .min(10, 'Use at least 10 characters.')
  .max(200)
  .openapi({ example: 'correct horse battery staple' });

/** `POST /v1/console/sign-in`. */
export const SignInRequestSchema = z
  .object({ email: EmailSchema, password: z.string().min(1).max(200) })
  .openapi('ConsoleSignIn');

/** `POST /v1/console/password-reset`. */
export const PasswordResetRequestSchema = z
  .object({ email: EmailSchema })
  .openapi('ConsolePasswordReset');

/** `POST /v1/console/password-reset/confirm`: the token from the emailed link. */
export const PasswordResetConfirmSchema = z
  .object({ token: z.string().min(1).max(200), password: NewPasswordSchema })
  .openapi('ConsolePasswordResetConfirm');

/** A person's name as the console and its messages greet them. */
export const PersonNameSchema = textSchema()
  .min(1, 'Enter a name.')
  .max(200)
  .openapi({ example: 'Olivia Owner' });

/** `POST /v1/console/sign-up`: a new business with its owner's login. */
export const SignUpRequestSchema = z
  .object({
    businessName: AccountNameSchema,
    timeZone: AccountTimeZoneSchema,
    name: PersonNameSchema,
    email: EmailSchema,
    password: NewPasswordSchema,
  })
  .openapi('ConsoleSignUp');

/** Who is signed in to the console, and the account they run. */
export const ConsoleMeSchema = z
  .object({
    user: z.object({
      id: z.string(),
      email: z.string(),
      name: z.string(),
      role: z.enum(['owner', 'staff']),
      staffId: z
        .string()
        .nullable()
        .openapi({ description: 'The staff member a staff user is; null for owners' }),
    }),
    account: z.object({
      id: z.string(),
      name: z.string(),
      slug: z.string().openapi({ description: 'The hosted booking page is /book/<slug>' }),
      timeZone: z.string().openapi({ example: 'Europe/Berlin' }),
      plan: z.enum(['free', 'pro']),
      publishableKey: z
        .string()
        .nullable()
        .openapi({
          description:
            'The newest live publishable key kept in full, for the embed snippet; null when ' +
            'no live key is readable',
          example: 'pk_live_4k9xq2m7c1d8e3f5g6h0j1k2m3n4p5q6',
        }),
    }),
  })
  .openapi('ConsoleMe');
