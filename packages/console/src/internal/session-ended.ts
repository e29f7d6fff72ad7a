/** The event `call()` sends on `window` when the API no longer knows the console's session. */
export const SESSION_ENDED = 'bookafy-console-session-ended';

/**
 * Says that the session ended while someone was signed in: it expired, was ended by a password
 * reset, or the login was removed. The console then returns to sign-in on the same page.
 */
export function announceSessionEnded(): void {
  window.dispatchEvent(new Event(SESSION_ENDED));
}

/**
 * Whether a 401 answer to `path` means the session is gone. The console's own routes answer
 * 401 for other reasons: a wrong password at sign-in, or nobody signed in at `/me`.
 */
export function endsSession(status: number, path: string): boolean {
  return status === 401 && !path.startsWith('/console/');
}
