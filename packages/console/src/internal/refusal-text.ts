import { msg, str } from '@lit/localize';

import { ConsoleApiError, ServerUnreachableError } from './console-api.js';

/**
 * The console's own sentence for each problem code its calls can be answered with, read when
 * called so that it follows the console's language. The codes of the visitors' booking calls
 * (holds, idempotency keys, answers, origins, slugs, the monthly booking limit) never answer the
 * console's calls and have none.
 */
const REFUSALS: Readonly<Record<string, () => string>> = {
  unauthorized: () => msg('Your session has ended. Sign in again.', { id: 'refusal.unauthorized' }),
  not_found: () =>
    msg('This is no longer there; it may have just been deleted. Reload the page.', {
      id: 'refusal.not_found',
    }),
  slot_taken: () =>
    msg('That time has just been taken. Choose another time.', { id: 'refusal.slot_taken' }),
  slot_unavailable: () =>
    msg('That time is not offered for this service. Choose one of the listed times.', {
      id: 'refusal.slot_unavailable',
    }),
  booking_not_changeable: () =>
    msg('This booking was changed or cancelled meanwhile. Reload the page to see it as it is.', {
      id: 'refusal.booking_not_changeable',
    }),
  rate_limited: () =>
    msg('Too many attempts from here. Wait a minute, then try again.', {
      id: 'refusal.rate_limited',
    }),
  payload_too_large: () =>
    msg('This is too large to send. Shorten the longest texts, then try again.', {
      id: 'refusal.payload_too_large',
    }),
  last_secret_key: () =>
    msg("This is the account's last secret key. Create another one before revoking it.", {
      id: 'refusal.last_secret_key',
    }),
  feed_not_found: () =>
    msg('This staff member has no live calendar link any more. Reload the page.', {
      id: 'refusal.feed_not_found',
    }),
  email_taken: () => msg('A login with this email exists already.', { id: 'refusal.email_taken' }),
  owner_only: () => msg('Only an owner of the account can do this.', { id: 'refusal.owner_only' }),
  owner_required: () =>
    msg('Owners cannot be removed; only the logins of staff members can.', {
      id: 'refusal.owner_required',
    }),
  staff_scope: () => msg('You can see only your own bookings.', { id: 'refusal.staff_scope' }),
  staff_has_user: () =>
    msg('This staff member has a login already. Reload the page.', {
      id: 'refusal.staff_has_user',
    }),
  plan_limit_staff: () =>
    msg('The plan allows no more staff members. Archive one, or change the plan.', {
      id: 'refusal.plan_limit_staff',
    }),
  invalid_credentials: () =>
    msg('The email or the password is not right.', { id: 'refusal.invalid_credentials' }),
  cross_site: () =>
    msg('The console accepts sessions from its own address only. Open it there and sign in.', {
      id: 'refusal.cross_site',
    }),
  mail_unavailable: () =>
    msg('The email could not be sent just now; nothing was changed. Try again in a few minutes.', {
      id: 'refusal.mail_unavailable',
    }),
};

/** Something went wrong in the server, with the request id the owner can quote. */
function serverTrouble(requestId: string | undefined): string {
  if (requestId === undefined) {
    return msg('Something went wrong on the server. Try again in a moment.', {
      id: 'refusal.internal_error.plain',
    });
  }
  return msg(
    str`Something went wrong on the server. Try again; if it keeps happening, give your Bookafy operator this request id: ${requestId}.`,
    { id: 'refusal.internal_error' },
  );
}

/** A refusal the console has no sentence for: the API's own words, with the request id. */
function unknownRefusal(detail: string, requestId: string | undefined): string {
  if (requestId === undefined) {
    return msg(str`The server refused this: ${detail}`, { id: 'refusal.unknown.plain' });
  }
  return msg(str`The server refused this: ${detail} (request ${requestId})`, {
    id: 'refusal.unknown',
  });
}

/**
 * Why a call to the API failed, in the console's language: the console's own sentence for the
 * problem's code; for `invalid_request` the API's detail (which names what is wrong) after a
 * short sentence; for `internal_error` a sentence with the request id; for a code the console
 * does not know the API's detail with the request id. A call that never reached the server gets
 * a sentence of its own; any other error keeps its message.
 *
 * @example
 * refusalText(new ConsoleApiError(409, 'That time was just booked.', { code: 'slot_taken' }))
 * // 'That time has just been taken. Choose another time.' (in Spanish: 'Esa hora …')
 */
export function refusalText(error: unknown): string {
  if (error instanceof ServerUnreachableError) {
    return msg('Could not reach the server. Check the connection, then try again.', {
      id: 'refusal.unreachable',
    });
  }
  if (!(error instanceof ConsoleApiError)) {
    return error instanceof Error ? error.message : String(error);
  }

  const own = Object.hasOwn(REFUSALS, error.code) ? REFUSALS[error.code] : undefined;
  if (own) return own();
  if (error.code === 'invalid_request') {
    return msg(str`Not accepted: ${error.message}`, { id: 'refusal.invalid_request' });
  }
  // An answer without a problem body (code `unknown`) comes from something in front of the API.
  if (error.code === 'internal_error' || (error.code === 'unknown' && error.status >= 500)) {
    return serverTrouble(error.requestId);
  }
  return unknownRefusal(error.message, error.requestId);
}
