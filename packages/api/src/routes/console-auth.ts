import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { eq } from 'drizzle-orm';
import { HTTPException } from 'hono/http-exception';

import {
  ConsoleMeSchema,
  PasswordResetConfirmSchema,
  PasswordResetRequestSchema,
  SignInRequestSchema,
  SignUpRequestSchema,
} from '../auth/console-schemas.js';
import { consoleMe } from '../auth/console-me.js';
import { consoleOnly } from '../auth/console-only.js';
import {
  confirmPasswordReset,
  liveResetLinks,
  MAX_LIVE_RESET_LINKS,
  startPasswordReset,
} from '../auth/password-reset.js';
import { signedInFromCookie } from '../auth/session-account.js';
import { clearSessionCookie, sessionToken, setSessionCookie } from '../auth/session-cookie.js';
import { endSession, startSession } from '../auth/sessions.js';
import { SignInLocked, signIn } from '../auth/sign-in.js';
import { signUp } from '../auth/sign-up.js';
import { passwordResets, users } from '../db/schema/index.js';
import type { AppEnv } from '../env.js';
import { createMailer } from '../mail/create-mailer.js';
import { sendOrUndo } from '../mail/send-or-undo.js';
import { publicWriteLimit, requestNetwork } from '../middleware/rate-limit.js';
import { problemResponse } from '../problem.js';
import { problemContent } from '../schemas/common.js';

const tags = ['Console: sign-in'];
const security = [{ sessionCookie: [] }];
const meContent = { 'application/json': { schema: ConsoleMeSchema } };
const crossSite = problemContent('Sent from another site (cross_site)');

/**
 * `/v1/console`: signing up a business, signing in to the console with email and password, the
 * session cookie that admits the console to the admin API, signing out and resetting a
 * forgotten password.
 */
export const consoleAuthRoutes = new OpenAPIHono<AppEnv>()
  .openapi(
    createRoute({
      method: 'post',
      path: '/sign-in',
      summary: 'Sign in with email and password; sets the session cookie',
      description:
        'Answers with the user and sets `bookafy_session` (HttpOnly, Secure, SameSite=Strict, ' +
        'seven days). From the fifth failed sign-in with an email in a row on, sign-ins are ' +
        'refused with 429 and `Retry-After` for 1, 2, 4 … minutes (at most an hour). An ' +
        'unknown email gets the same 401 as a wrong password and is locked the same way. ' +
        'After 100 failed sign-ins from one client address (an IPv6 /64) within an hour, with ' +
        'any emails, sign-ins from it are refused with 429 until that hour is over.',
      tags,
      middleware: [consoleOnly] as const,
      request: { body: { content: { 'application/json': { schema: SignInRequestSchema } } } },
      responses: {
        200: { description: 'Signed in', content: meContent },
        400: problemContent('Invalid body'),
        401: problemContent('Wrong email or password (invalid_credentials)'),
        403: crossSite,
        429: problemContent('Too many failed sign-ins; see Retry-After'),
      },
    }),
    async (c) => {
      const { email, password } = c.req.valid('json');
      const now = Date.now();
      const attempt = { email, password, network: requestNetwork(c) };
      const signedIn = await signIn(c.var.db, attempt, now).catch((error: unknown) => {
        if (!(error instanceof SignInLocked)) throw error;
        const response = problemResponse(error, c.var.requestId);
        response.headers.set('Retry-After', String(error.retryAfterSeconds));
        throw new HTTPException(429, { res: response });
      });

      setSessionCookie(c, await startSession(c.var.db, signedIn.user.id, now));
      return c.json(await consoleMe(c.var.db, signedIn), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/sign-up',
      summary: 'Create a business and its owner login; sets the session cookie',
      description:
        'Creates the account on the free plan (its slug from the business name, with a short ' +
        'suffix when taken) with its first publishable and secret keys, the owner login and a ' +
        'session, all or nothing. Answers like `/me` and sets the cookie as sign-in does. ' +
        'Limited like other public writes per client address (429 `rate_limited`).',
      tags,
      middleware: [consoleOnly, publicWriteLimit] as const,
      request: { body: { content: { 'application/json': { schema: SignUpRequestSchema } } } },
      responses: {
        201: { description: 'Signed up and signed in', content: meContent },
        400: problemContent('Invalid body: a zone that is not IANA, a short password …'),
        403: crossSite,
        409: problemContent('A login already has this email (email_taken)'),
        429: problemContent('Too many sign-ups from this address; see Retry-After'),
      },
    }),
    async (c) => {
      const { sessionToken: token, ...signedIn } = await signUp(
        c.var.db,
        c.req.valid('json'),
        Date.now(),
      );
      setSessionCookie(c, token);
      c.header('Location', '/v1/console/me');
      return c.json(await consoleMe(c.var.db, signedIn), 201);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/sign-out',
      summary: 'End the session and clear its cookie',
      tags,
      middleware: [consoleOnly] as const,
      security,
      responses: {
        204: { description: 'Signed out (also when no session was open)' },
        403: crossSite,
      },
    }),
    async (c) => {
      const token = sessionToken(c);
      if (token) await endSession(c.var.db, token);
      clearSessionCookie(c);
      return c.body(null, 204);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/me',
      summary: 'Who is signed in, and their account',
      tags,
      middleware: [consoleOnly] as const,
      security,
      responses: {
        200: { description: 'The signed-in user', content: meContent },
        401: problemContent('No session, or it has expired'),
        403: crossSite,
      },
    }),
    async (c) => c.json(await consoleMe(c.var.db, await signedInFromCookie(c)), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/password-reset',
      summary: 'Email a password reset link',
      description:
        'Always 202, whether a login has this email or not, so the answer tells nobody which ' +
        'addresses have one. The link opens the console and works once, for an hour. A login ' +
        'with three live links gets no further mail until one is used or expires. When the ' +
        'mailer cannot take the message, the link is withdrawn and the answer is 503 ' +
        '`mail_unavailable`. Limited like other public writes per client address (429 ' +
        '`rate_limited`).',
      tags,
      middleware: [consoleOnly, publicWriteLimit] as const,
      request: {
        body: { content: { 'application/json': { schema: PasswordResetRequestSchema } } },
      },
      responses: {
        202: { description: 'A link is on its way if a login has this email' },
        400: problemContent('Invalid body'),
        403: crossSite,
        429: problemContent('Too many requests from this address; see Retry-After'),
        503: problemContent('The mailer failed; nothing was kept (mail_unavailable)'),
      },
    }),
    async (c) => {
      const { email } = c.req.valid('json');
      const now = Date.now();
      const [user] = await c.var.db
        .select()
        .from(users)
        .where(eq(users.email, email.toLowerCase()));
      if (user && (await liveResetLinks(c.var.db, user.id, now)) < MAX_LIVE_RESET_LINKS) {
        const consoleUrl = new URL('/console/', c.env.PUBLIC_URL).href;
        const { mail, tokenHash } = await startPasswordReset(c.var.db, user, consoleUrl, now);
        await sendOrUndo(createMailer(c.env, c.var.db), mail, now, c.var.requestId, () =>
          c.var.db.delete(passwordResets).where(eq(passwordResets.tokenHash, tokenHash)),
        );
      }
      return c.body(null, 202);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/password-reset/confirm',
      summary: "Set a new password with a reset link's token",
      description: 'Works once per link; every session of the user ends.',
      tags,
      middleware: [consoleOnly] as const,
      request: {
        body: { content: { 'application/json': { schema: PasswordResetConfirmSchema } } },
      },
      responses: {
        204: { description: 'The new password is set' },
        400: problemContent('Invalid body, or a password that is too short'),
        403: crossSite,
        404: problemContent('The link is unknown, used or expired'),
      },
    }),
    async (c) => {
      const { token, password } = c.req.valid('json');
      await confirmPasswordReset(c.var.db, token, password, Date.now());
      return c.body(null, 204);
    },
  );
