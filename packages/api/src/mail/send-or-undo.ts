import { ApiProblem, ProblemCode } from '../problem.js';
import type { Mailer, OutgoingMail } from './mailer.js';

/**
 * Sends `mail` that a request cannot do without (a reset link, an invitation). When the mailer
 * fails, `undo` removes what was written for the message and the request is refused with 503
 * `mail_unavailable`, so nobody is told a message is on its way that never left, and trying
 * again later starts afresh. The failure is logged under `requestId`.
 */
export async function sendOrUndo(
  mailer: Mailer,
  mail: OutgoingMail,
  now: number,
  requestId: string,
  undo: () => Promise<unknown>,
): Promise<void> {
  try {
    await mailer.send(mail, now);
  } catch (error) {
    console.error(
      JSON.stringify({ requestId, level: 'error', message: 'mail not sent', error: String(error) }),
    );
    await undo();
    throw new ApiProblem(
      503,
      ProblemCode.mailUnavailable,
      'The message could not be sent just now; nothing was changed. Try again in a few minutes.',
    );
  }
}
