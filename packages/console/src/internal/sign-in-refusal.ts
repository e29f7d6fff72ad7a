import { msg, str } from '@lit/localize';

import { ConsoleApiError } from './console-api.js';
import { refusalText } from './refusal-text.js';

/**
 * Why a sign-in failed, in the viewer's language: wrong credentials, or sign-ins refused for a
 * while after repeated failures, for as long as the answer's `Retry-After` says.
 *
 * @example signInRefusal(new ConsoleApiError(429, 'Locked.', { retryAfterSeconds: 119 }))
 * // 'Too many tries. Wait 2 minutes, then sign in again.'
 */
export function signInRefusal(error: unknown): string {
  if (!(error instanceof ConsoleApiError)) return refusalText(error);
  if (error.status === 401) {
    return msg('The email or the password is not right.', { id: 'signIn.wrongCredentials' });
  }
  if (error.status === 429) return lockedText(error.retryAfterSeconds);
  return refusalText(error);
}

/** How long sign-ins stay refused, in whole minutes, from the answer's `Retry-After`. */
function lockedText(retryAfterSeconds: number | undefined): string {
  if (retryAfterSeconds === undefined) {
    return msg('Too many tries. Wait a little, then sign in again.', { id: 'signIn.locked' });
  }
  if (retryAfterSeconds <= 60) {
    return msg('Too many tries. Wait a minute, then sign in again.', {
      id: 'signIn.locked.minute',
    });
  }
  const minutes = Math.ceil(retryAfterSeconds / 60);
  return msg(str`Too many tries. Wait ${minutes} minutes, then sign in again.`, {
    id: 'signIn.locked.minutes',
  });
}
