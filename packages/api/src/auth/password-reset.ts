import { HOUR_MS } from '@bookafy/core';
import { and, count, eq, gt, isNull } from 'drizzle-orm';

import { passwordResets, sessions, signInThrottles, users, type User } from '../db/schema/index.js';
import type { Database } from '../env.js';
import { sha256Hex } from '../internal/hash.js';
import { newId, randomBase32 } from '../internal/ids.js';
import type { OutgoingMail } from '../mail/mailer.js';
import { ApiProblem, ProblemCode } from '../problem.js';
import { hashPassword } from './password.js';
import { throttleKey } from './sign-in.js';

/** How long an emailed reset link works. */
export const RESET_LIFETIME_MS = HOUR_MS;

/**
 * A new reset token for `userId`, valid until `expiresAt`, and the row that stores its hash; for
 * a batch that writes it together with other rows. The token works once.
 */
export async function newResetToken(
  userId: string,
  expiresAt: number,
): Promise<{ token: string; row: typeof passwordResets.$inferInsert }> {
  const token = `pwr_${randomBase32(52)}`;
  return { token, row: { tokenHash: await sha256Hex(token), userId, expiresAt } };
}

/**
 * The most unused, unexpired links a login may hold; a request beyond it mails nothing, so
 * nobody can flood an address with reset mail.
 */
export const MAX_LIVE_RESET_LINKS = 3;

/** How many of `userId`'s reset and invitation links still work at `now`. */
export async function liveResetLinks(db: Database, userId: string, now: number): Promise<number> {
  const [row] = await db
    .select({ live: count() })
    .from(passwordResets)
    .where(
      and(
        eq(passwordResets.userId, userId),
        isNull(passwordResets.usedAt),
        gt(passwordResets.expiresAt, now),
      ),
    );
  return row?.live ?? 0;
}

/**
 * The console address that opens the form for a new password with `token`. In the fragment,
 * the token never reaches a server log or a Referer header.
 */
export function resetLink(consoleUrl: string, token: string): string {
  return `${consoleUrl}#reset=${token}`;
}

/** Plain text of a console message as HTML: escaped, one paragraph per blank-line block. */
export function textToHtml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .split('\n\n')
    .map((paragraph) => `<p>${paragraph.replaceAll('\n', '<br>')}</p>`)
    .join('\n');
}

/**
 * Writes a reset token for `user` and returns the message that carries its link, with the
 * hash that names the token's row.
 */
export async function startPasswordReset(
  db: Database,
  user: User,
  consoleUrl: string,
  now: number,
): Promise<{ mail: OutgoingMail; tokenHash: string }> {
  const { token, row } = await newResetToken(user.id, now + RESET_LIFETIME_MS);
  await db.insert(passwordResets).values(row);

  const link = resetLink(consoleUrl, token);
  const text =
    `Hello ${user.name},\n\nsomeone asked to reset the password of your Bookafy console ` +
    `login. To choose a new one, open this link within an hour:\n\n${link}\n\n` +
    'If it was not you, ignore this message: your password stays as it is.\n';
  const mail = {
    messageId: newId('msg'),
    to: { address: user.email, name: user.name },
    subject: 'Reset your Bookafy console password',
    text,
    html: textToHtml(text),
  };
  return { mail, tokenHash: row.tokenHash };
}

/**
 * Sets a new password with the token of a reset link, once: the link stops working, every
 * session of the user ends and any sign-in lock is lifted. An unknown, used or expired token is
 * a 404.
 */
export async function confirmPasswordReset(
  db: Database,
  token: string,
  password: string,
  now: number,
): Promise<void> {
  const [claimed] = await db
    .update(passwordResets)
    .set({ usedAt: now })
    .where(
      and(
        eq(passwordResets.tokenHash, await sha256Hex(token)),
        isNull(passwordResets.usedAt),
        gt(passwordResets.expiresAt, now),
      ),
    )
    .returning({ userId: passwordResets.userId });
  const [user] = claimed
    ? await db.select({ email: users.email }).from(users).where(eq(users.id, claimed.userId))
    : [];
  if (!claimed || !user) {
    throw new ApiProblem(404, ProblemCode.notFound, 'The reset link is not valid or has expired.');
  }

  await db.batch([
    db
      .update(users)
      .set({ passwordHash: await hashPassword(password) })
      .where(eq(users.id, claimed.userId)),
    db.delete(sessions).where(eq(sessions.userId, claimed.userId)),
    db.delete(signInThrottles).where(eq(signInThrottles.emailHash, await throttleKey(user.email))),
  ]);
}
