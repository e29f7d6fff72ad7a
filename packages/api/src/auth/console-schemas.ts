import { z } from '@hono/zod-openapi';

/** An email address; logins are stored and compared lower-cased. */
const EmailSchema = z
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

/** Who is signed in to the console, and the account they run. */
export const ConsoleMeSchema = z
  .object({
    user: z.object({
      id: z.string(),
      email: z.string(),
      name: z.string(),
      role: z.enum(['owner', 'staff']),
    }),
    account: z.object({
      id: z.string(),
      name: z.string(),
      timeZone: z.string().openapi({ example: 'Europe/Berlin' }),
    }),
  })
  .openapi('ConsoleMe');
