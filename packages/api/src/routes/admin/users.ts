import { toUtcString } from '@bookafy/core';
import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { and, asc, eq, sql } from 'drizzle-orm';

import { isEmailClash } from '../../auth/email-clash.js';
import { INVITE_LIFETIME_MS, inviteMail } from '../../auth/invite.js';
import { hashPassword } from '../../auth/password.js';
import { newResetToken } from '../../auth/password-reset.js';
import { atomicBatch } from '../../data/atomic-batch.js';
import { insertWhere } from '../../data/conditional-insert.js';
import { passwordResets, sessions, staff, users, type User } from '../../db/schema/index.js';
import type { AppEnv } from '../../env.js';
import { newId, randomBase32 } from '../../internal/ids.js';
import { createMailer } from '../../mail/create-mailer.js';
import { sendOrUndo } from '../../mail/send-or-undo.js';
import { secretKey } from '../../middleware/secret-key.js';
import { ApiProblem, ProblemCode } from '../../problem.js';
import {
  ConsoleUserInviteSchema,
  ConsoleUserListSchema,
  ConsoleUserParamsSchema,
  ConsoleUserSchema,
} from '../../schemas/admin/users.js';
import { adminSecurity, problemContent } from '../../schemas/common.js';

const tags = ['Admin: console users'];
const refusals = {
  401: problemContent('Missing or invalid secret key'),
  403: problemContent('A staff user (owner_only), or a session from another site'),
};

/** A console login on the wire: never its password hash. */
function userView(user: User) {
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    staffId: user.staffId,
    createdAt: toUtcString(user.createdAt),
  };
}

/**
 * `/v1/admin/users`: the account's console logins. Owners invite staff members, who then see
 * and manage their own bookings in the console, and remove them again.
 */
export const userAdminRoutes = new OpenAPIHono<AppEnv>()
  .openapi(
    createRoute({
      method: 'get',
      path: '/users',
      summary: 'List the console logins of the account',
      description: 'Owners first, then staff users, each by creation.',
      tags,
      security: adminSecurity,
      middleware: [secretKey] as const,
      responses: {
        200: {
          description: 'The logins',
          content: { 'application/json': { schema: ConsoleUserListSchema } },
        },
        ...refusals,
      },
    }),
    async (c) => {
      const rows = await c.var.db
        .select()
        .from(users)
        .where(eq(users.accountId, c.var.account.id))
        .orderBy(asc(users.role), asc(users.createdAt), asc(users.id));
      return c.json({ data: rows.map(userView) }, 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/users',
      summary: 'Invite a staff member to the console',
      description:
        'Creates a staff login for a staff member of the account who has none, with no ' +
        'password yet, and emails an invitation whose link (`<PUBLIC_URL>/console/#reset=…`) ' +
        'sets the password once within 7 days. The staff user sees only their own bookings.',
      tags,
      security: adminSecurity,
      middleware: [secretKey] as const,
      request: {
        body: {
          required: true,
          content: { 'application/json': { schema: ConsoleUserInviteSchema } },
        },
      },
      responses: {
        201: {
          description: 'Invited',
          content: { 'application/json': { schema: ConsoleUserSchema } },
        },
        400: problemContent('Invalid body'),
        ...refusals,
        409: problemContent(
          'Another login has this email (email_taken), or the staff member has a login ' +
            '(staff_has_user)',
        ),
        422: problemContent('No active staff member of this account (invalid_request)'),
        503: problemContent(
          'The invitation could not be sent; no login was made (mail_unavailable)',
        ),
      },
    }),
    async (c) => {
      const { account, db, d1 } = c.var;
      const { staffId, email, name } = c.req.valid('json');
      const now = Date.now();
      const [member] = await db
        .select()
        .from(staff)
        .where(and(eq(staff.accountId, account.id), eq(staff.id, staffId)));
      if (!member || member.archivedAt !== null) {
        throw new ApiProblem(422, ProblemCode.invalidRequest, 'The staff member is unknown.', {
          errors: [{ path: 'staffId', message: `No active staff member ${staffId} here.` }],
        });
      }

      const user: User = {
        id: newId('usr'),
        accountId: account.id,
        email: email.toLowerCase(),
        name: name ?? member.name,
        role: 'staff',
        staffId,
        // A hash of a password nobody knows: signing in fails as slowly as with a wrong one.
        passwordHash: await hashPassword(randomBase32(52)),
        createdAt: now,
      };
      const reset = await newResetToken(user.id, now + INVITE_LIFETIME_MS);
      const firstLogin = sql`NOT EXISTS ${db
        .select({ id: users.id })
        .from(users)
        .where(eq(users.staffId, staffId))}`;
      const sameUser = db.select({ id: users.id }).from(users).where(eq(users.id, user.id));
      const userExists = sql`EXISTS ${sameUser}`;
      const [inserted] = await atomicBatch(d1, [
        insertWhere(users, user, firstLogin),
        insertWhere(passwordResets, reset.row, userExists),
      ]).catch((error: unknown) => {
        if (!isEmailClash(error)) throw error;
        throw new ApiProblem(409, ProblemCode.emailTaken, 'Another console login has this email.');
      });
      if (inserted!.meta.changes === 0) {
        throw new ApiProblem(
          409,
          ProblemCode.staffHasUser,
          `Staff member ${staffId} has a console login already.`,
        );
      }

      const consoleUrl = new URL('/console/', c.env.PUBLIC_URL).href;
      const mail = inviteMail(user, account, consoleUrl, reset.token);
      await sendOrUndo(createMailer(c.env, db), mail, now, c.var.requestId, () =>
        db.batch([
          db.delete(passwordResets).where(eq(passwordResets.userId, user.id)),
          db.delete(users).where(eq(users.id, user.id)),
        ]),
      );
      c.header('Location', `/v1/admin/users/${user.id}`);
      return c.json(userView(user), 201);
    },
  )
  .openapi(
    createRoute({
      method: 'delete',
      path: '/users/{userId}',
      summary: 'Remove a staff user from the console',
      description:
        'Deletes the login and ends its sessions at once; the staff member and their bookings ' +
        'stay. Owners cannot be removed this way (409 `owner_required`).',
      tags,
      security: adminSecurity,
      middleware: [secretKey] as const,
      request: { params: ConsoleUserParamsSchema },
      responses: {
        204: { description: 'Removed' },
        400: problemContent('Invalid user id'),
        ...refusals,
        404: problemContent('No such login in this account'),
        409: problemContent('The login is an owner (owner_required)'),
      },
    }),
    async (c) => {
      const { account, db } = c.var;
      const { userId } = c.req.valid('param');
      const [user] = await db
        .select({ role: users.role })
        .from(users)
        .where(and(eq(users.accountId, account.id), eq(users.id, userId)));
      if (!user) throw new ApiProblem(404, ProblemCode.notFound, `No user ${userId} here.`);
      if (user.role === 'owner') {
        throw new ApiProblem(
          409,
          ProblemCode.ownerRequired,
          'Owners cannot be removed; only staff users can.',
        );
      }

      const staffUser = and(
        eq(users.id, userId),
        eq(users.accountId, account.id),
        eq(users.role, 'staff'),
      );
      await db.batch([
        db.delete(sessions).where(eq(sessions.userId, userId)),
        db.delete(passwordResets).where(eq(passwordResets.userId, userId)),
        db.delete(users).where(staffUser),
      ]);
      return c.body(null, 204);
    },
  );
