import type { DataList, UtcString } from '@bookafy/core/client';

import type { RequestOptions } from '../internal/request-options.js';
import type { Transport } from '../internal/transport.js';
import { ADMIN_ROUTES } from './admin-routes.js';

/** A login to the owner console: an owner of the account, or a staff user invited by one. */
export interface ConsoleUser {
  id: string;
  email: string;
  name: string;
  role: 'owner' | 'staff';
  /** The staff member a staff user is; `null` for owners. */
  staffId: string | null;
  createdAt: UtcString;
}

/** Who {@link UsersAdmin.invite} gives a console login. */
export interface ConsoleUserInvite {
  /** An active staff member of the account who has no login yet. */
  staffId: string;
  /** Where the invitation goes; no other login may have it, in any case. */
  email: string;
  /** How the console greets them; the staff member's name when left out. */
  name?: string;
}

/**
 * The account's console logins. A staff user signs in to the console and sees and changes only
 * their own staff member's bookings; only owners (a secret key) manage logins.
 */
export interface UsersAdmin {
  /** Every console login, owners first, then staff users, each by creation. */
  list(options?: RequestOptions): Promise<DataList<ConsoleUser>>;
  /**
   * Gives a staff member a login and emails them a link that sets its password once within
   * 7 days. Throws `HttpError` 409 `staff_has_user` when they have a login and `email_taken`
   * when another login has the email; 503 `mail_unavailable`, with no login made, when the
   * invitation could not be mailed. Never retried.
   */
  invite(invitation: ConsoleUserInvite, options?: RequestOptions): Promise<ConsoleUser>;
  /**
   * Deletes a staff user's login and ends their sessions; the staff member and their bookings
   * stay. An owner is refused with `HttpError` 409 `owner_required`. Never retried.
   */
  remove(userId: string, options?: RequestOptions): Promise<void>;
}

/** The console login calls of an admin client. */
export function usersAdmin(transport: Transport): UsersAdmin {
  return {
    list: (options = {}) => transport.request(ADMIN_ROUTES['users.list'], options),
    invite: (invitation, options = {}) =>
      transport.request(ADMIN_ROUTES['users.invite'], { body: invitation, ...options }),
    remove: (userId, options = {}) =>
      transport.request(ADMIN_ROUTES['users.remove'], { params: { userId }, ...options }),
  };
}
