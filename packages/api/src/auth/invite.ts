import { DAY_MS } from '@bookafy/core';

import type { Account, User } from '../db/schema/index.js';
import { newId } from '../internal/ids.js';
import type { OutgoingMail } from '../mail/mailer.js';
import { resetLink, textToHtml } from './password-reset.js';

/** How long the link of an invitation to the console works: long enough for a holiday. */
export const INVITE_LIFETIME_MS = 7 * DAY_MS;

/**
 * The message that invites a staff user to the console: a link to choose their password, which
 * carries a reset `token` written with the user.
 */
export function inviteMail(
  user: Pick<User, 'email' | 'name'>,
  account: Pick<Account, 'name'>,
  consoleUrl: string,
  token: string,
): OutgoingMail {
  const text =
    `Hello ${user.name},\n\n${account.name} invited you to the Bookafy console, where you ` +
    'see and manage your own bookings. To choose your password, open this link within ' +
    `7 days:\n\n${resetLink(consoleUrl, token)}\n\n` +
    `Then sign in with this email address, ${user.email}.\n`;
  return {
    messageId: newId('msg'),
    to: { address: user.email, name: user.name },
    subject: `${account.name} invited you to the Bookafy console`,
    text,
    html: textToHtml(text),
  };
}
